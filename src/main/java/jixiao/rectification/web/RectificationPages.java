package jixiao.rectification.web;

import java.util.Arrays;
import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;
import jixiao.rectification.Rectification;
import jixiao.rectification.RectificationQuery;
import jixiao.rectification.Rectifications;
import jixiao.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整改事项 pages: the list (the bureau's region, a unit's own; search, filters, overdue, pages), the bureau's form to
 * open one from a finding, a deduction or a comment, and an item with its history, where the unit answers and the
 * bureau closes or reopens it.
 */
@Controller
public class RectificationPages {

    private final Rectifications rectifications;
    private final MessageSource messages;

    public RectificationPages(Rectifications rectifications, MessageSource messages) {
        this.rectifications = rectifications;
        this.messages = messages;
    }

    @GetMapping("/rectifications")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) boolean overdue,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Rectification.Status state = status(status);
        RectificationQuery query = new RectificationQuery(year, state, overdue, q);
        model.addAttribute("page", rectifications.list(user.account(), query, page));
        model.addAttribute("query", query);
        model.addAttribute("statuses", Rectification.Status.values());
        model.addAttribute("user", user.account());
        return "rectifications";
    }

    /** The bureau's form to open an item, with the source's text and the row it is about. */
    @GetMapping("/rectifications/new")
    String draft(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam long evaluation,
            @RequestParam String kind,
            @RequestParam(required = false) String rowKind,
            @RequestParam(required = false) Integer rowIndex,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String text,
            Model model) {
        EvaluationKind k = kind(kind);
        Rectifications.Draft draft = rectifications.draft(user.account(), evaluation, k, rowKind(rowKind), rowIndex);
        Rectifications.Opening opening = new Rectifications.Opening(
                rowKind(rowKind),
                rowIndex,
                source(source),
                text,
                text,
                rectifications.today().plusDays(30).toString());
        return showDraft(model, user, draft, opening, List.of());
    }

    @PostMapping("/rectifications")
    String open(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam long evaluation,
            @RequestParam String kind,
            @RequestParam(required = false) String rowKind,
            @RequestParam(required = false) Integer rowIndex,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sourceText,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) String deadline,
            Model model,
            RedirectAttributes flash) {
        EvaluationKind k = kind(kind);
        Rectifications.Opening opening =
                new Rectifications.Opening(rowKind(rowKind), rowIndex, source(source), sourceText, what, deadline);
        Rectifications.Opened opened = rectifications.open(user.account(), evaluation, k, opening);
        if (!opened.problems().isEmpty()) {
            Rectifications.Draft draft =
                    rectifications.draft(user.account(), evaluation, k, opening.rowKind(), opening.rowIndex());
            return showDraft(model, user, draft, opening, opened.problems());
        }
        flash.addFlashAttribute("message", text("rectification.opened"));
        return "redirect:/rectifications/" + opened.id();
    }

    @GetMapping("/rectifications/{id}")
    String item(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("detail", rectifications.item(user.account(), id));
        model.addAttribute("user", user.account());
        return "rectification";
    }

    @PostMapping("/rectifications/{id}/answer")
    String answer(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String measure,
            Model model,
            RedirectAttributes flash) {
        return act(user, id, model, flash, "rectification.answered", measure, () -> rectifications
                .answer(user.account(), id, version, measure)
                .problems());
    }

    @PostMapping("/rectifications/{id}/close")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes flash) {
        return act(
                user,
                id,
                model,
                flash,
                "rectification.closed",
                note,
                () -> rectifications.close(user.account(), id, version, note));
    }

    @PostMapping("/rectifications/{id}/reopen")
    String reopen(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String deadline,
            Model model,
            RedirectAttributes flash) {
        return act(
                user,
                id,
                model,
                flash,
                "rectification.reopened",
                reason,
                () -> rectifications.reopen(user.account(), id, version, reason, deadline));
    }

    /** The problems of a step, or the item's refusals (taken, changed meanwhile) on the item's page, typed text kept. */
    private String act(
            CurrentUser user,
            long id,
            Model model,
            RedirectAttributes flash,
            String done,
            String typed,
            java.util.function.Supplier<List<Problem>> step) {
        List<Problem> problems;
        try {
            problems = step.get();
        } catch (EvaluationException.NotFound | EvaluationException.NotAllowed e) {
            throw e;
        } catch (EvaluationException.VersionConflict e) {
            problems = List.of(Problem.of("version", "rectification.problem.conflict"));
        } catch (EvaluationException.WrongState e) {
            problems = List.of(Problem.of("state", "rectification.problem.state"));
        }
        if (problems.isEmpty()) {
            flash.addFlashAttribute("message", text(done));
            return "redirect:/rectifications/" + id;
        }
        model.addAttribute("error", String.join(text("error.listSeparator"), texts(problems)));
        model.addAttribute("typed", typed);
        return item(user, id, model);
    }

    private String showDraft(
            Model model,
            CurrentUser user,
            Rectifications.Draft draft,
            Rectifications.Opening opening,
            List<Problem> problems) {
        model.addAttribute("draft", draft);
        model.addAttribute("opening", opening);
        model.addAttribute("problems", texts(problems));
        model.addAttribute("invalid", problems.stream().map(Problem::field).toList());
        model.addAttribute("user", user.account());
        return "rectification-new";
    }

    private List<String> texts(List<Problem> problems) {
        return problems.stream()
                .map(p -> messages.getMessage(p.key(), p.args().toArray(), LocaleContextHolder.getLocale()))
                .toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The kind of an evaluation named in a form; any other value names no evaluation. */
    private static EvaluationKind kind(String typed) {
        if ("PROJECT".equals(typed) || "UNIT".equals(typed)) {
            return EvaluationKind.valueOf(typed);
        }
        throw new EvaluationException.NotFound("自评表（类别 " + typed + "）");
    }

    private static RowKind rowKind(String typed) {
        return RowKind.named(typed);
    }

    private static Rectification.Source source(String typed) {
        return Arrays.stream(Rectification.Source.values())
                .filter(s -> s.name().equals(typed))
                .findFirst()
                .orElse(null);
    }

    private static Rectification.Status status(String typed) {
        return Arrays.stream(Rectification.Status.values())
                .filter(s -> s.name().equals(typed))
                .findFirst()
                .orElse(null);
    }
}
