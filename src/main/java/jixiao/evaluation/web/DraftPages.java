package jixiao.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.evaluation.Drafts;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.scoring.Indicator;
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
 * 新建: a project's 自评表 (the empty official form of the rule set in force, last year's table of the same project,
 * rows from the 常用指标库), the unit's 部门（单位）整体自评 and the texts of its 自评报告 of a year; and a draft
 * deleted. The page of its own at {@code /evaluations/new}; the list links to it.
 */
@Controller
public class DraftPages {

    private final Drafts drafts;
    private final PageMessages page;
    private final Clock clock;

    public DraftPages(Drafts drafts, MessageSource messages, Clock clock) {
        this.drafts = drafts;
        this.page = new PageMessages(messages);
        this.clock = clock;
    }

    /** The year evaluated now: the year before this one (a unit evaluates last year's spending). */
    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    @GetMapping("/evaluations/new")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? lastYear() : year;
        return show(model, user, shown, "", "empty", null, List.of());
    }

    @PostMapping("/evaluations/new")
    String createProject(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String year,
            @RequestParam(required = false, defaultValue = "") String name,
            @RequestParam(required = false, defaultValue = "empty") String source,
            @RequestParam(required = false) Long carriedFrom,
            @RequestParam(required = false) List<Integer> library,
            Model model) {
        List<Integer> picks = library == null ? List.of() : library;
        Integer fiscalYear = yearOf(year);
        if (fiscalYear == null) {
            model.addAttribute("error", page.text("drafts.error.year", year));
            return show(model, user, lastYear(), name, source, carriedFrom, picks);
        }
        List<Indicator> picked = new ArrayList<>();
        for (int index : picks) {
            if (index >= 0 && index < IndicatorLibrary.ENTRIES.size()) {
                picked.add(IndicatorLibrary.ENTRIES.get(index).indicator());
            }
        }
        Long from = "previous".equals(source) ? carriedFrom : null;
        if ("previous".equals(source) && from == null) {
            model.addAttribute("error", page.text("drafts.error.noPrevious"));
            return show(model, user, fiscalYear, name, source, carriedFrom, picks);
        }
        try {
            long id = drafts.createProject(user.account(), fiscalYear, name, from, picked);
            return "redirect:/evaluations/" + id;
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            model.addAttribute("error", refusal(e));
            return show(model, user, fiscalYear, name, source, carriedFrom, picks);
        }
    }

    @PostMapping("/unit-evaluations/new")
    String createUnitEvaluation(@AuthenticationPrincipal CurrentUser user, @RequestParam String year, Model model) {
        return createOnePerYear(user, year, model, EvaluationKind.UNIT);
    }

    @PostMapping("/report-texts/new")
    String createReportTexts(@AuthenticationPrincipal CurrentUser user, @RequestParam String year, Model model) {
        return createOnePerYear(user, year, model, EvaluationKind.REPORT);
    }

    private String createOnePerYear(CurrentUser user, String year, Model model, EvaluationKind kind) {
        Integer fiscalYear = yearOf(year);
        if (fiscalYear == null) {
            model.addAttribute("error", page.text("drafts.error.year", year));
            return show(model, user, lastYear(), "", "empty", null, List.of());
        }
        try {
            long id = kind == EvaluationKind.UNIT
                    ? drafts.createUnitEvaluation(user.account(), fiscalYear)
                    : drafts.createReportTexts(user.account(), fiscalYear);
            return "redirect:" + WorkflowPages.base(kind) + "/" + id;
        } catch (EvaluationException e) {
            model.addAttribute(
                    "error",
                    e instanceof EvaluationException.Invalid invalid && "existing".equals(invalid.field())
                            ? page.text("drafts.error.exists." + kind.name(), String.valueOf(fiscalYear))
                            : refusal(e));
            return show(model, user, fiscalYear, "", "empty", null, List.of());
        }
    }

    @PostMapping("/{kind:evaluations|unit-evaluations|report-texts}/{id}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            RedirectAttributes flash) {
        EvaluationKind k = WorkflowPages.kindOf(kind);
        try {
            EvaluationRow deleted = drafts.delete(user.account(), id, k);
            flash.addFlashAttribute(
                    "message",
                    page.text(
                            "drafts.deleted",
                            k == EvaluationKind.PROJECT ? deleted.name() : page.text("drafts.kind." + k.name())));
            return "redirect:/evaluations?year=" + deleted.fiscalYear();
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            flash.addFlashAttribute("error", refusal(e));
            return "redirect:" + WorkflowPages.base(k) + "/" + id;
        }
    }

    private String refusal(EvaluationException e) {
        if (e instanceof EvaluationException.Invalid invalid && "name".equals(invalid.field())) {
            return invalid.value() == null
                    ? page.text("form.nameRequired")
                    : page.text("drafts.error.nameTaken", invalid.value());
        }
        if (e instanceof EvaluationException.Invalid invalid && "fiscalYear".equals(invalid.field())) {
            return page.text("drafts.error.year", invalid.value());
        }
        if (e instanceof EvaluationException.NotAllowed) {
            return page.text("drafts.error.notAllowed");
        }
        if (e instanceof EvaluationException.WrongState) {
            return page.text("drafts.error.notADraft");
        }
        return e.getMessage();
    }

    private static Integer yearOf(String text) {
        try {
            int year = Integer.parseInt(text.trim());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String show(
            Model model,
            CurrentUser user,
            int year,
            String name,
            String source,
            Long carriedFrom,
            List<Integer> picked) {
        model.addAttribute("user", user.account());
        model.addAttribute("year", year);
        model.addAttribute("name", name);
        model.addAttribute("source", source);
        model.addAttribute("carriedFrom", carriedFrom);
        model.addAttribute("picked", picked);
        model.addAttribute("library", IndicatorLibrary.ENTRIES);
        model.addAttribute("earlier", drafts.earlierProjects(user.account(), year));
        model.addAttribute("unitStaff", user.role().belongsToUnit());
        model.addAttribute(
                "existingUnit",
                drafts.ofYear(user.account(), EvaluationKind.UNIT, year).orElse(null));
        model.addAttribute(
                "existingTexts",
                drafts.ofYear(user.account(), EvaluationKind.REPORT, year).orElse(null));
        return "evaluation-new";
    }
}
