package jixiao.publication.web;

import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.publication.Publications;
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

/** The bureau's publication page: its units' years (approved or not), publish, unpublish, the history. */
@Controller
public class PublicationPages {

    private final Publications publications;
    private final MessageSource messages;

    public PublicationPages(Publications publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping("/publication")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("reports", publications.unitReports(user.account(), year));
        model.addAttribute("history", publications.history(user.account()));
        model.addAttribute("year", year);
        model.addAttribute("user", user.account());
        return "publication";
    }

    @PostMapping("/publication")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam long unit,
            @RequestParam int year,
            RedirectAttributes flash) {
        try {
            long id = publications.publish(user.account(), unit, year);
            flash.addFlashAttribute("message", text("publication.published", String.valueOf(id)));
        } catch (EvaluationException.WrongState e) {
            flash.addFlashAttribute("error", text("publication.problem.notApproved"));
        }
        return "redirect:/publication";
    }

    @PostMapping("/publication/{id}/unpublish")
    String unpublish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        List<Problem> problems;
        try {
            problems = publications.unpublish(user.account(), id, reason);
        } catch (EvaluationException.WrongState e) {
            problems = List.of(Problem.of("state", "publication.problem.notCurrent"));
        }
        if (problems.isEmpty()) {
            flash.addFlashAttribute("message", text("publication.unpublished"));
        } else {
            flash.addFlashAttribute(
                    "error",
                    messages.getMessage(
                            problems.get(0).key(), problems.get(0).args().toArray(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/publication";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
