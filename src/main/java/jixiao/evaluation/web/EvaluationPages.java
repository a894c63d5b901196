package jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.DocumentDownload;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.UnitYearReport;
import jixiao.evaluation.UnitYearReports;
import jixiao.report.DocumentFormat;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a project evaluation: the editor laid out like the official table, its downloads and the import (the
 * lists of every role are {@code jixiao.overview.web.ListPages}).
 */
@Controller
public class EvaluationPages {

    private final ProjectEvaluations evaluations;
    private final UnitYearReports reports;
    private final DocumentResponses documents;
    private final ApplicationEventPublisher events;
    private final PageMessages page;

    public EvaluationPages(
            ProjectEvaluations evaluations,
            UnitYearReports reports,
            DocumentResponses documents,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.documents = documents;
        this.events = events;
        this.page = new PageMessages(messages);
    }

    @GetMapping("/evaluations/{id}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EvaluationView view = evaluations.view(user.account(), id);
        EvaluationForm form = EvaluationForm.of(view.project(), view.row().version());
        ProjectAssessment assessment = view.assessment();
        if (view.row().status().isEditable() && evaluations.claimsFollowComputed(user.account(), id)) {
            form.followComputed(assessment);
            if (form.applyFollowing(assessment)) {
                assessment = evaluations.rescore(
                        user.account(), id, form.toProject(view.project(), EvaluationForm.newErrors()));
            }
        }
        return show(model, user, view, form, assessment, view.explanations(), Map.of());
    }

    /**
     * Live re-score: the form as typed, scored without saving. A plain change whose sheet keeps the layout the browser
     * shows ({@link SheetLayout}) is answered with the computed parts only, as htmx out-of-band swaps (and {@code
     * HX-Reswap: none}, so that the sheet and its inputs stay), leaving out the explanation rows the browser shows
     * already ({@code explained}: their {@link SheetRow#explanationKey()}s); a row action, a changed layout or claims
     * that follow the computed scores are answered with the whole sheet.
     */
    @PostMapping("/evaluations/{id}/score")
    String rescore(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute EvaluationForm form,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String layout,
            @RequestParam(required = false) List<String> explained,
            Model model,
            HttpServletResponse response) {
        Map<String, MessageSourceResolvable> errors = EvaluationForm.newErrors();
        Typed typed = typed(user, id, form, action, errors);
        ProjectEvaluations.Rescore rescore = typed.rescore();
        SheetLayout shown = sheet(
                model,
                user,
                rescore.row(),
                rescore.ruleSet(),
                form,
                typed.assessment(),
                rescore.explanations(),
                errors);
        if ((action == null || action.isBlank()) && !typed.claimsFilledIn() && shown.isShownAs(layout)) {
            response.setHeader("HX-Reswap", "none");
            model.addAttribute("shownExplanations", explained == null ? Set.of() : Set.copyOf(explained));
            return "sheet-parts :: rescored";
        }
        return "editor :: sheet";
    }

    /**
     * The form as typed, with what the server fills in: an action on the rows (add, move, remove, a row of the
     * library), the claims that follow the computed scores in a new evaluation, the computed scores the clerk adopted
     * ({@code adopt:3}, {@code adoptAll}) and the drafted 自评分析 ({@code analysis}); scored as it would be saved.
     *
     * @param claimsFilledIn true where the server changed a typed field (the browser must get the whole sheet)
     */
    private record Typed(
            ProjectEvaluations.Rescore rescore,
            ProjectSelfEvaluation project,
            ProjectAssessment assessment,
            boolean claimsFilledIn) {}

    private Typed typed(
            CurrentUser user,
            long id,
            EvaluationForm form,
            String action,
            Map<String, MessageSourceResolvable> errors) {
        form.apply(action, IndicatorLibrary.ENTRIES);
        ProjectEvaluations.Rescore rescore = evaluations.rescore(
                user.account(), id, stored -> form.toProject(stored.projects().get(0), errors));
        ProjectSelfEvaluation original = rescore.stored().projects().get(0);
        ProjectAssessment assessment = rescore.assessment();
        boolean filledIn = form.applyFollowing(assessment);
        String act = action == null ? "" : action;
        if (act.equals("adoptAll")) {
            form.adopt(-1, assessment);
            filledIn = true;
        } else if (act.startsWith("adopt:")) {
            form.adopt(Integer.parseInt(act.substring("adopt:".length())), assessment);
            filledIn = true;
        }
        if (filledIn) {
            errors.clear();
            assessment = evaluations.rescore(user.account(), id, form.toProject(original, errors));
        }
        if (act.equals("analysis")) {
            form.setAnalysis(evaluations.analysisDraft(user.account(), id, assessment));
            errors.clear();
            assessment = evaluations.rescore(user.account(), id, form.toProject(original, errors));
            filledIn = true;
        }
        return new Typed(rescore, form.toProject(original, FormErrors.none()), assessment, filledIn);
    }

    @PostMapping("/evaluations/{id}")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute EvaluationForm form,
            Model model,
            RedirectAttributes flash) {
        EvaluationView view = evaluations.view(user.account(), id);
        Map<String, MessageSourceResolvable> errors = EvaluationForm.newErrors();
        Typed typed = typed(user, id, form, null, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("error", page.notSaved(errors));
            return show(model, user, view, form, typed.assessment(), view.explanations(), errors);
        }
        try {
            evaluations.update(user.account(), id, form.getVersion(), typed.project(), form.getAdopted());
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            model.addAttribute("error", page.refusal(e, "save", view.row().status()));
            return show(model, user, view, form, typed.assessment(), view.explanations(), errors);
        }
        flash.addFlashAttribute("message", text("flash.saved"));
        return "redirect:/evaluations/" + id;
    }

    /**
     * The editor's automatic save of a draft: the form as typed, saved with the version check (a second editor's
     * draft is refused, as a save is, and nothing is overwritten); the answer says the new version, or why nothing
     * was saved, in the user's language.
     */
    @PostMapping(path = "/evaluations/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<AutoSave> draft(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute EvaluationForm form) {
        Map<String, MessageSourceResolvable> errors = EvaluationForm.newErrors();
        Typed typed = typed(user, id, form, null, errors);
        if (!errors.isEmpty()) {
            return AutoSave.invalid(page.notSaved(errors));
        }
        try {
            EvaluationView saved =
                    evaluations.update(user.account(), id, form.getVersion(), typed.project(), form.getAdopted());
            return AutoSave.saved(saved.row(), page);
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            return AutoSave.refused(
                    e, page.refusal(e, "save", typed.rescore().row().status()));
        }
    }

    @GetMapping("/evaluations/{id}/download")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        String document = evaluations.export(user.account(), id);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    /** The 自评表 of one evaluation as a document (xlsx …). */
    @GetMapping("/evaluations/{id}/document.{format}")
    DeferredResult<ResponseEntity<byte[]>> document(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String format) {
        EvaluationView view = evaluations.view(user.account(), id);
        EvaluationRow row = view.row();
        return documentOf(
                user,
                reports.of(user.account(), row.unitId(), row.fiscalYear(), id),
                format,
                row.name(),
                row.unitId(),
                id,
                "自评表 " + row.name());
    }

    /** The unit's whole 自评报告 of a year as a document. */
    @GetMapping("/units/{unitId}/{year}/report.{format}")
    DeferredResult<ResponseEntity<byte[]>> unitDocument(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @PathVariable String format) {
        UnitYearReport report = reports.of(user.account(), unitId, year, null);
        return documentOf(
                user, report, format, report.report().unit().name() + "-" + year, unitId, null, year + " 年度自评报告");
    }

    /** Generated on the document pool, bounded in time and given up when the client leaves (DocumentResponses). */
    private DeferredResult<ResponseEntity<byte[]>> documentOf(
            CurrentUser user,
            UnitYearReport report,
            String format,
            String name,
            long unitId,
            Long evaluationId,
            String what) {
        DocumentFormat documentFormat = DocumentFormat.named(format)
                .orElseThrow(() -> new EvaluationException.Invalid("format", text("error.documentFormat", format)));
        events.publishEvent(new DocumentDownload(
                user.getUsername(),
                user.role(),
                unitId,
                report.report().fiscalYear(),
                evaluationId,
                what,
                documentFormat.extension()));
        return documents.download(
                documentFormat,
                name,
                out -> documentFormat.write(report.report(), report.assessment(), report.edition(), out));
    }

    private String text(String code, Object... args) {
        return page.text(code, args);
    }

    private String show(
            Model model,
            CurrentUser user,
            EvaluationView view,
            EvaluationForm form,
            ProjectAssessment assessment,
            List<FindingExplanation> explanations,
            Map<String, MessageSourceResolvable> errors) {
        model.addAttribute("view", view);
        model.addAttribute("deletable", Deletable.of(view.row(), user.account()));
        sheet(model, user, view.row(), view.ruleSet(), form, assessment, explanations, errors);
        return "editor";
    }

    /** What the sheet fragment (the part the live re-score swaps) needs; returns the sheet's layout. */
    private SheetLayout sheet(
            Model model,
            CurrentUser user,
            EvaluationRow evaluation,
            RuleSet ruleSet,
            EvaluationForm form,
            ProjectAssessment assessment,
            List<FindingExplanation> explanations,
            Map<String, MessageSourceResolvable> errors) {
        FindingLines lines = FindingLines.explainedBy(explanations);
        Map<Integer, List<Finding>> byRow = new LinkedHashMap<>();
        List<Finding> general = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            int index = rowOf(assessment, finding);
            if (index < 0) {
                general.add(finding);
            } else {
                byRow.computeIfAbsent(index, r -> new ArrayList<>()).add(finding);
            }
        }
        List<EvaluationForm.IndicatorRow> typed = form.getIndicators();
        List<IndicatorGroups.Position> groups = IndicatorGroups.of(typed);
        Map<Integer, TierChoice> tiers = tierChoices(form, assessment, ruleSet);
        List<SheetRow> rows = new ArrayList<>(typed.size());
        for (int i = 0; i < typed.size(); i++) {
            rows.add(SheetRow.of(
                    i,
                    typed.get(i),
                    groups.get(i),
                    i < assessment.indicators().size() ? assessment.indicators().get(i) : null,
                    tiers.get(i),
                    lines.of(byRow.getOrDefault(i, List.of())),
                    LocaleContextHolder.getLocale()));
        }
        boolean editable = evaluation.status().isEditable() && user.role().belongsToUnit();
        SheetLayout layout = SheetLayout.of(rows, errors.keySet(), editable);
        model.addAttribute("evaluationId", evaluation.id());
        model.addAttribute("form", form);
        model.addAttribute("assessment", assessment);
        model.addAttribute("sheetRows", rows);
        model.addAttribute("generalFindings", lines.of(general));
        model.addAttribute("findingCounts", lines.counts(assessment.findings()));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("library", IndicatorLibrary.ENTRIES);
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("user", user.account());
        model.addAttribute("editable", editable);
        model.addAttribute("keyOf", (Function<Finding, String>) FindingExplanation::keyOf);
        model.addAttribute("layout", layout.signature());
        return layout;
    }

    /** The tier select of each 定性 row, by row index. */
    private static Map<Integer, TierChoice> tierChoices(
            EvaluationForm form, ProjectAssessment assessment, RuleSet ruleSet) {
        Map<Integer, TierChoice> choices = new LinkedHashMap<>();
        List<EvaluationForm.IndicatorRow> rows = form.getIndicators();
        for (int i = 0; i < rows.size() && i < assessment.indicators().size(); i++) {
            EvaluationForm.IndicatorRow row = rows.get(i);
            TierChoice choice = TierChoice.of(
                    assessment.indicators().get(i),
                    ruleSet,
                    row.getClaimedScore(),
                    row.getTier(),
                    row.getTierScore(),
                    row.getActual());
            if (choice != null) {
                choices.put(i, choice);
            }
        }
        return choices;
    }

    private static int rowOf(ProjectAssessment assessment, Finding finding) {
        if (finding.indicator() == null) {
            return -1;
        }
        List<IndicatorAssessment> rows = assessment.indicators();
        for (int i = 0; i < rows.size(); i++) {
            if (finding.indicator().equals(rows.get(i).indicator().name())) {
                return i;
            }
        }
        return -1;
    }
}
