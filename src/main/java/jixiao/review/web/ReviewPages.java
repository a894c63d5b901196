package jixiao.review.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.account.CurrentUser;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.web.Download;
import jixiao.rectification.Rectifications;
import jixiao.report.DocumentFormat;
import jixiao.review.RecheckResults;
import jixiao.review.Rechecks;
import jixiao.review.Worksheet;
import jixiao.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The bureau's 复核 pages: the hub of its workbench, the worksheet of an evaluation (record the 复核, comment on rows),
 * the notes the editor shows everyone who sees the evaluation (the three totals, the comments, the 整改事项), and the
 * 复核 results table of a region and year. The path names the evaluation's kind as the editors' paths do.
 */
@Controller
public class ReviewPages {

    private final Rechecks rechecks;
    private final RecheckResults results;
    private final Rectifications rectifications;
    private final MessageSource messages;

    public ReviewPages(
            Rechecks rechecks, RecheckResults results, Rectifications rectifications, MessageSource messages) {
        this.rechecks = rechecks;
        this.results = results;
        this.rectifications = rectifications;
        this.messages = messages;
    }

    /** The bureau's workbench: the deduction scale, 抽评, 整改, the results table, publication. */
    @GetMapping("/review")
    String hub(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.BUREAU_REVIEWER) {
            throw new EvaluationException.NotAllowed("只有财政局审核人使用复核工作台");
        }
        model.addAttribute("user", user.account());
        model.addAttribute("year", rectifications.today().getYear() - 1);
        model.addAttribute(
                "overdue", rectifications.overdue(user.account(), null).size());
        model.addAttribute("threshold", rechecks.gapThreshold());
        return "review-hub";
    }

    @GetMapping("/review/{kind:evaluations|unit-evaluations}/{id}")
    String worksheet(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable long id, Model model) {
        Worksheet sheet = rechecks.worksheet(user.account(), id, kindOf(kind));
        return show(model, user, kind, sheet, RecheckForm.of(sheet), List.of());
    }

    @PostMapping("/review/{kind:evaluations|unit-evaluations}/{id}")
    String record(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @ModelAttribute("form") RecheckForm form,
            Model model,
            RedirectAttributes flash) {
        List<Problem> problems;
        try {
            problems = rechecks.record(user.account(), id, kindOf(kind), form.getVersion(), form.typed());
        } catch (EvaluationException.NotFound | EvaluationException.NotAllowed e) {
            throw e;
        } catch (EvaluationException e) {
            problems = List.of(refusal(e));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("error", text("review.notSaved", problems.size()));
            return show(model, user, kind, rechecks.worksheet(user.account(), id, kindOf(kind)), form, problems);
        }
        flash.addFlashAttribute("message", text("review.saved"));
        return "redirect:/review/" + kind + "/" + id;
    }

    @PostMapping("/review/{kind:evaluations|unit-evaluations}/{id}/comments")
    String comment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam String rowKind,
            @RequestParam int rowIndex,
            @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        List<Problem> problems;
        try {
            problems = rechecks.comment(user.account(), id, kindOf(kind), RowKind.named(rowKind), rowIndex, text);
        } catch (EvaluationException.NotFound | EvaluationException.NotAllowed e) {
            throw e;
        } catch (EvaluationException e) {
            problems = List.of(refusal(e));
        }
        if (problems.isEmpty()) {
            flash.addFlashAttribute("message", text("review.commented"));
        } else {
            flash.addFlashAttribute("error", String.join(text("error.listSeparator"), texts(problems)));
        }
        return "redirect:/review/" + kind + "/" + id;
    }

    /** The notes the editor loads for everyone who sees the evaluation (one fragment, included in the editors). */
    @GetMapping("/review/{kind:evaluations|unit-evaluations}/{id}/notes")
    String notes(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable long id, Model model) {
        EvaluationKind k = kindOf(kind);
        model.addAttribute("notes", rechecks.notes(user.account(), id, k));
        model.addAttribute("items", rectifications.ofEvaluation(user.account(), id, k));
        model.addAttribute("carried", rectifications.carriedInto(user.account(), id, k));
        model.addAttribute("today", rectifications.today());
        model.addAttribute("kind", kind);
        model.addAttribute("user", user.account());
        return "review-notes :: notes";
    }

    /** The 复核 results table of the bureau's region and a year, as a workbook. */
    @GetMapping("/review/results.xlsx")
    ResponseEntity<byte[]> resultsTable(@AuthenticationPrincipal CurrentUser user, @RequestParam int year)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        results.write(user.account(), year, ReviewPages::evaluationLink, out);
        return Download.of(out.toByteArray(), year + "-" + text("review.results.fileName"), DocumentFormat.XLSX);
    }

    /** The absolute address of an evaluation's page, for links in a workbook. */
    public static String evaluationLink(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/evaluations/{id}")
                .buildAndExpand(id)
                .toUriString();
    }

    private String show(
            Model model, CurrentUser user, String kind, Worksheet sheet, RecheckForm form, List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem problem : problems) {
            byField.put(problem.field(), text(problem));
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("problems", byField);
        model.addAttribute("kind", kind);
        model.addAttribute("editorPath", "/" + kind + "/" + sheet.row().id());
        model.addAttribute(
                "items",
                rectifications.ofEvaluation(
                        user.account(), sheet.row().id(), sheet.row().kind()));
        model.addAttribute("today", rectifications.today());
        model.addAttribute("user", user.account());
        return "review-worksheet";
    }

    private Problem refusal(EvaluationException e) {
        if (e instanceof EvaluationException.VersionConflict conflict) {
            return Problem.of("version", "review.problem.conflict", conflict.by());
        }
        return Problem.of("state", "review.problem.state");
    }

    private List<String> texts(List<Problem> problems) {
        return problems.stream().map(this::text).toList();
    }

    private String text(Problem problem) {
        return messages.getMessage(problem.key(), problem.args().toArray(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static EvaluationKind kindOf(String segment) {
        return "unit-evaluations".equals(segment) ? EvaluationKind.UNIT : EvaluationKind.PROJECT;
    }
}
