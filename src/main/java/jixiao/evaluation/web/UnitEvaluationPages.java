package jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.UnitEvaluationView;
import jixiao.evaluation.UnitEvaluations;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 部门（单位）整体自评 editor, laid out like the report's whole-unit part, with its workflow and history. */
@Controller
public class UnitEvaluationPages {

    private final UnitEvaluations evaluations;
    private final PageMessages page;

    public UnitEvaluationPages(UnitEvaluations evaluations, MessageSource messages) {
        this.evaluations = evaluations;
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
        Map<String, List<Finding>> byItem = new LinkedHashMap<>();
        List<Finding> general = new ArrayList<>();
        List<String> names =
                scored.unit().items().stream().map(i -> i.item().name()).toList();
        for (Finding finding : scored.unitFindings()) {
            if (finding.indicator() != null && names.contains(finding.indicator())) {
                byItem.computeIfAbsent(finding.indicator(), n -> new ArrayList<>())
                        .add(finding);
            } else {
                general.add(finding);
            }
        }
        Map<String, List<Integer>> areas = new LinkedHashMap<>();
        List<UnitItemAssessment> items = scored.unit().items();
        for (int i = 0; i < items.size(); i++) {
            areas.computeIfAbsent(items.get(i).item().area(), a -> new ArrayList<>())
                    .add(i);
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("assessment", scored.unit());
        model.addAttribute("findings", scored.unitFindings());
        model.addAttribute("itemFindings", byItem);
        model.addAttribute("generalFindings", general);
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
}
