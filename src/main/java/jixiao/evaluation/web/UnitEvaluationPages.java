package jixiao.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.Drafts;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.UnitEvaluationView;
import jixiao.evaluation.UnitEvaluations;
import jixiao.report.DocumentFormat;
import jixiao.report.xlsx.WorkbookImportException;
import jixiao.report.xlsx.WorkbookRows;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 部门（单位）整体自评 editor, laid out like the report's whole-unit part, with its workflow and history. */
@Controller
public class UnitEvaluationPages {

    private final UnitEvaluations evaluations;
    private final Drafts drafts;
    private final PageMessages page;

    public UnitEvaluationPages(UnitEvaluations evaluations, Drafts drafts, MessageSource messages) {
        this.evaluations = evaluations;
        this.drafts = drafts;
        this.page = new PageMessages(messages);
    }

    @GetMapping("/unit-evaluations/{id}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        UnitEvaluationView view = evaluations.view(user.account(), id);
        return show(
                model,
                user,
                view,
                UnitEvaluationForm.of(view.unit(), view.assessment(), view.row().version()),
                view.scored(),
                Map.of());
    }

    /** Live re-score: the form as typed, scored without saving; returns the form fragment. */
    @PostMapping("/unit-evaluations/{id}/score")
    String rescore(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") UnitEvaluationForm form,
            @RequestParam(required = false) String action,
            Model model) {
        UnitEvaluationView view = evaluations.view(user.account(), id);
        form.apply(action);
        Map<String, MessageSourceResolvable> errors = UnitEvaluationForm.newErrors();
        UnitSelfEvaluation edited = form.toUnit(view.unit(), view.assessment(), errors);
        show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        return "unit-editor :: sheet";
    }

    @PostMapping("/unit-evaluations/{id}")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") UnitEvaluationForm form,
            Model model,
            RedirectAttributes flash) {
        UnitEvaluationView view = evaluations.view(user.account(), id);
        Map<String, MessageSourceResolvable> errors = UnitEvaluationForm.newErrors();
        UnitSelfEvaluation edited = form.toUnit(view.unit(), view.assessment(), errors);
        if (!errors.isEmpty()) {
            model.addAttribute("error", page.notSaved(errors));
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        try {
            evaluations.update(user.account(), id, form.getVersion(), edited);
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            model.addAttribute("error", page.refusal(e, "save", view.row().status()));
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        flash.addFlashAttribute("message", page.text("flash.saved"));
        return "redirect:/unit-evaluations/" + id;
    }

    /** The automatic save of the whole-unit editor, as the project editor's ({@link AutoSave}). */
    @PostMapping(path = "/unit-evaluations/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<AutoSave> draft(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") UnitEvaluationForm form) {
        UnitEvaluationView view = evaluations.view(user.account(), id);
        Map<String, MessageSourceResolvable> errors = UnitEvaluationForm.newErrors();
        UnitSelfEvaluation edited = form.toUnit(view.unit(), view.assessment(), errors);
        if (!errors.isEmpty()) {
            return AutoSave.invalid(page.notSaved(errors));
        }
        try {
            return AutoSave.saved(
                    evaluations
                            .update(user.account(), id, form.getVersion(), edited)
                            .row(),
                    page);
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            return AutoSave.refused(e, page.refusal(e, "save", view.row().status()));
        }
    }

    /**
     * 重点工作计划 from a table: pasted from Excel or Word ({@code pasted}, a line per item, cells separated by tabs) or
     * a workbook's first sheet ({@code file}); the items are added after the stored ones and saved.
     */
    @PostMapping("/unit-evaluations/{id}/key-work")
    String keyWork(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String pasted,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        List<List<String>> rows = new ArrayList<>(KeyWorkTable.pasted(pasted));
        if (file != null && !file.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                rows.addAll(WorkbookRows.firstSheet(in));
            } catch (WorkbookImportException e) {
                flash.addFlashAttribute("error", page.text("keyWork.unreadable", e.getMessage()));
                return "redirect:/unit-evaluations/" + id + "#key-work";
            }
        }
        List<UnitSelfEvaluation.KeyWorkItem> items = KeyWorkTable.items(rows);
        if (items.isEmpty()) {
            flash.addFlashAttribute("error", page.text("keyWork.none"));
            return "redirect:/unit-evaluations/" + id + "#key-work";
        }
        try {
            evaluations.appendKeyWork(user.account(), id, items);
            flash.addFlashAttribute("message", page.text("keyWork.added", String.valueOf(items.size())));
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            flash.addFlashAttribute(
                    "error",
                    page.refusal(
                            e,
                            "save",
                            evaluations.view(user.account(), id).row().status()));
        }
        return "redirect:/unit-evaluations/" + id + "#key-work";
    }

    @GetMapping("/unit-evaluations/{id}/download")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"unit-evaluation-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(evaluations.export(user.account(), id));
    }

    private String show(
            Model model,
            CurrentUser user,
            UnitEvaluationView view,
            UnitEvaluationForm form,
            ReportAssessment scored,
            Map<String, MessageSourceResolvable> errors) {
        FindingLines lines = FindingLines.explainedBy(view.explanations());
        Map<String, List<Finding>> byItem = new LinkedHashMap<>();
        List<Finding> general = new ArrayList<>();
        List<String> names =
                scored.department().items().stream().map(i -> i.item().name()).toList();
        for (Finding finding : scored.unitFindings()) {
            if (finding.indicator() != null && names.contains(finding.indicator())) {
                byItem.computeIfAbsent(finding.indicator(), n -> new ArrayList<>())
                        .add(finding);
            } else {
                general.add(finding);
            }
        }
        Map<String, List<Integer>> areas = new LinkedHashMap<>();
        List<UnitItemAssessment> items = scored.department().items();
        for (int i = 0; i < items.size(); i++) {
            areas.computeIfAbsent(items.get(i).item().area(), a -> new ArrayList<>())
                    .add(i);
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("assessment", scored.department());
        model.addAttribute("findings", scored.unitFindings());
        Map<String, List<FindingLines.FindingLine>> itemLines = new LinkedHashMap<>();
        byItem.forEach((name, found) -> itemLines.put(name, lines.of(found)));
        model.addAttribute("itemFindings", itemLines);
        model.addAttribute("generalFindings", lines.of(general));
        model.addAttribute("findingCounts", lines.counts(scored.unitFindings()));
        Map<Integer, TierChoice> tiers = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            UnitItemAssessment item = items.get(i);
            if (item.item().measure() instanceof UnitFramework.Qualitative) {
                tiers.put(
                        i,
                        TierChoice.of(
                                item.item().weight(),
                                null,
                                view.ruleSet(),
                                at(form.getClaimedScores(), i),
                                at(form.getTiers(), i),
                                at(form.getTierScores(), i),
                                ""));
            }
        }
        model.addAttribute("tiers", tiers);
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("deletable", Deletable.of(view.row(), user.account()));
        model.addAttribute(
                "reportTexts",
                drafts.ofYear(user.account(), EvaluationKind.REPORT, view.row().fiscalYear())
                        .orElse(null));
        model.addAttribute("areas", areas);
        model.addAttribute("budgetFields", UnitEvaluationForm.BUDGET_FIELDS);
        model.addAttribute("enteredFigures", UnitEvaluationForm.enteredFigures());
        model.addAttribute("statuses", UnitSelfEvaluation.KeyWorkStatus.values());
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("user", user.account());
        model.addAttribute(
                "editable", view.row().status().isEditable() && user.role().belongsToUnit());
        model.addAttribute("keyOf", (Function<Finding, String>) FindingExplanation::keyOf);
        return "unit-editor";
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }
}
