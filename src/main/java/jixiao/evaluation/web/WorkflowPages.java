package jixiao.evaluation.web;

import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.Workflow;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow of the pages, one for every kind of evaluation: explain a finding, submit, approve for the unit,
 * approve, return with a reason, and the history. The path names the kind ({@code /evaluations/…} a project's 自评表,
 * {@code /unit-evaluations/…} the 部门（单位）整体自评, {@code /report-texts/…} the report's texts), and each action ends
 * on that kind's editor.
 */
@Controller
public class WorkflowPages {

    private final Workflow workflow;
    private final EvaluationAccess access;
    private final PageMessages page;

    public WorkflowPages(Workflow workflow, EvaluationAccess access, MessageSource messages) {
        this.workflow = workflow;
        this.access = access;
        this.page = new PageMessages(messages);
    }

    /** The path segment of each kind's editor. */
    static String base(EvaluationKind kind) {
        return switch (kind) {
            case PROJECT -> "/evaluations";
            case UNIT -> "/unit-evaluations";
            case REPORT -> "/report-texts";
        };
    }

    static EvaluationKind kindOf(String segment) {
        return switch (segment) {
            case "evaluations" -> EvaluationKind.PROJECT;
            case "unit-evaluations" -> EvaluationKind.UNIT;
            default -> EvaluationKind.REPORT;
        };
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/explain")
    String explain(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam String key,
            @RequestParam String explanation,
            RedirectAttributes flash) {
        EvaluationKind k = kindOf(kind);
        return act(user, flash, k, id, "explain", () -> workflow.explain(user.account(), id, k, key, explanation));
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/submit")
    String submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            RedirectAttributes flash) {
        EvaluationKind k = kindOf(kind);
        return act(user, flash, k, id, "submit", () -> workflow.submit(user.account(), id, k));
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/unit-approval")
    String approveForUnit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            RedirectAttributes flash) {
        EvaluationKind k = kindOf(kind);
        return act(user, flash, k, id, "unitApproval", () -> workflow.approveForUnit(user.account(), id, k));
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/approval")
    String approve(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String opinion,
            RedirectAttributes flash) {
        EvaluationKind k = kindOf(kind);
        return act(user, flash, k, id, "approval", () -> workflow.approve(user.account(), id, k, opinion));
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/return")
    String giveBack(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        EvaluationKind k = kindOf(kind);
        return act(user, flash, k, id, "return", () -> workflow.giveBack(user.account(), id, k, reason));
    }

    @GetMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/history")
    String history(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable long id, Model model) {
        EvaluationKind k = kindOf(kind);
        model.addAttribute("changes", page.history(workflow.history(user.account(), id, k)));
        model.addAttribute("row", access.visible(user.account(), id, k));
        model.addAttribute("back", base(k) + "/" + id);
        model.addAttribute("user", user.account());
        return "history";
    }

    /** Runs a workflow action; its outcome goes to the page as a message or a refusal in the user's language. */
    private String act(
            CurrentUser user,
            RedirectAttributes flash,
            EvaluationKind kind,
            long id,
            String operation,
            Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", page.done(operation));
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            EvaluationRow now = access.visible(user.account(), id, kind);
            flash.addFlashAttribute("error", page.refusal(e, operation, now.status()));
        }
        return "redirect:" + base(kind) + "/" + id;
    }
}
