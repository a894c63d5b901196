package jixiao.collection.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.collection.CollectionRound;
import jixiao.collection.CollectionRounds;
import jixiao.collection.RoundInput;
import jixiao.evaluation.EvaluationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance bureau's collection round of a year (its notice: 通知文号, title, deadline, the units in scope), set on
 * a page; a refused entry comes back with what was typed and the field named.
 */
@Controller
class CollectionPages {

    private static final String PATH = "/collection";

    private final CollectionRounds rounds;
    private final MessageSource messages;

    CollectionPages(CollectionRounds rounds, MessageSource messages) {
        this.rounds = rounds;
        this.messages = messages;
    }

    /** What the form shows: the round as stored, or as typed when it was refused. */
    record RoundForm(
            int year, String noticeNumber, String title, String deadline, boolean allUnits, Set<Long> unitIds) {

        static RoundForm of(int year, Optional<CollectionRound> round) {
            return round.map(r -> new RoundForm(
                            year,
                            r.noticeNumber(),
                            r.title(),
                            r.deadline().toString(),
                            r.allUnits(),
                            new HashSet<>(r.unitIds())))
                    .orElseGet(() -> new RoundForm(year, "", "", "", true, Set.of()));
        }
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        Account who = user.account();
        int shown = year != null ? year : rounds.today().getYear() - 1;
        return show(model, who, RoundForm.of(shown, rounds.round(who, shown)), null);
    }

    @PostMapping(PATH)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam int year,
            @RequestParam(required = false) String noticeNumber,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String deadline,
            @RequestParam(defaultValue = "false") boolean allUnits,
            @RequestParam(name = "units", required = false) List<Long> unitIds,
            Model model,
            RedirectAttributes flash) {
        Account who = user.account();
        RoundForm typed = new RoundForm(
                year, noticeNumber, title, deadline, allUnits, unitIds == null ? Set.of() : new HashSet<>(unitIds));
        LocalDate date;
        try {
            date = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            return show(model, who, typed, text("collection.error.deadline", deadline));
        }
        try {
            rounds.save(who, new RoundInput(year, noticeNumber, title, date, allUnits, unitIds));
        } catch (EvaluationException.Invalid e) {
            return show(model, who, typed, text("collection.error." + e.field(), e.value() == null ? "" : e.value()));
        }
        flash.addFlashAttribute("message", text("collection.saved", String.valueOf(year)));
        return "redirect:" + PATH + "?year=" + year;
    }

    private String show(Model model, Account who, RoundForm form, String error) {
        model.addAttribute("user", who);
        model.addAttribute("form", form);
        model.addAttribute("rounds", rounds.rounds(who));
        model.addAttribute("units", rounds.units(who));
        model.addAttribute("error", error);
        return "collection";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
