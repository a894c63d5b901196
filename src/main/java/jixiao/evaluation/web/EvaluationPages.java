package jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.DocumentDownload;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationSummary;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.UnitEvaluations;
import jixiao.evaluation.UnitYearReport;
import jixiao.evaluation.UnitYearReports;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.report.DocumentFormat;
import jixiao.scoring.Finding;
import jixiao.scoring.Grade;
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
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages: the unit's list of 自评表 per year, and the editor laid out like the official table. */
@Controller
public class EvaluationPages {

    private final ProjectEvaluations evaluations;
    private final UnitEvaluations unitEvaluations;
    private final Imports imports;
    private final UnitYearReports reports;
    private final DocumentResponses documents;
    private final ApplicationEventPublisher events;
    private final PageMessages page;

    public EvaluationPages(
            ProjectEvaluations evaluations,
            UnitEvaluations unitEvaluations,
            Imports imports,
            UnitYearReports reports,
            DocumentResponses documents,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.evaluations = evaluations;
        this.unitEvaluations = unitEvaluations;
        this.imports = imports;
        this.reports = reports;
        this.documents = documents;
        this.events = events;
        this.page = new PageMessages(messages);
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        List<EvaluationSummary> all = evaluations.list(user.account(), null);
        List<EvaluationSummary> units = unitEvaluations.list(user.account(), null);
        TreeSet<Integer> years = new TreeSet<>();
        all.forEach(row -> years.add(row.fiscalYear()));
        units.forEach(row -> years.add(row.fiscalYear()));
        Integer shown = year != null ? year : (years.isEmpty() ? null : years.last());
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("year", shown);
        model.addAttribute(
                "rows",
                all.stream()
                        .filter(r -> shown == null || r.fiscalYear() == shown)
                        .toList());
        model.addAttribute(
                "unitRows",
                units.stream()
                        .filter(r -> shown == null || r.fiscalYear() == shown)
                        .toList());
        model.addAttribute("user", user.account());
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("gradeCodes", GRADE_CODES);
        return "evaluations";
    }

    @PostMapping("/evaluations/import")
    String importFile(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (!user.role().belongsToUnit()) {
            flash.addFlashAttribute("error", text("error.importOnlyUnits"));
            return "redirect:/evaluations";
        }
        try {
            var report = new InterchangeReader().read(new String(file.getBytes(), StandardCharsets.UTF_8));
            Imports.Imported imported = imports.importReport(report, user.unitId(), user.getUsername());
            String count = String.valueOf(imported.projects().size());
            flash.addFlashAttribute(
                    "message",
                    imported.unit() == null ? text("flash.imported", count) : text("flash.importedWithUnit", count));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute("error", text("error.importFailed", e.getMessage()));
        } catch (InterchangeException e) {
            flash.addFlashAttribute("error", text("error.importFailed", e.getMessage()));
        }
        return "redirect:/evaluations";
    }

    @GetMapping("/evaluations/{id}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EvaluationView view = evaluations.view(user.account(), id);
        return show(
                model,
                user,
                view,
                EvaluationForm.of(view.project(), view.row().version()),
                view.assessment(),
                Map.of());
    }

    /**
     * Live re-score: the form as typed, scored without saving. A plain change whose sheet keeps the layout the browser
     * shows ({@link SheetLayout}) is answered with the computed parts only, as htmx out-of-band swaps (and {@code
     * HX-Reswap: none}, so that the sheet and its inputs stay), leaving out the explanation rows the browser shows
     * already ({@code explained}: their {@link SheetRow#explanationKey()}s); a row action or a changed layout is
     * answered with the whole sheet.
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
        form.apply(action, IndicatorLibrary.ENTRIES);
        Map<String, MessageSourceResolvable> errors = EvaluationForm.newErrors();
        ProjectEvaluations.Rescore rescore = evaluations.rescore(
                user.account(), id, stored -> form.toProject(stored.projects().get(0), errors));
        SheetLayout shown = sheet(model, user, rescore.row(), rescore.ruleSet(), form, rescore.assessment(), errors);
        if ((action == null || action.isBlank()) && shown.isShownAs(layout)) {
            response.setHeader("HX-Reswap", "none");
            model.addAttribute("shownExplanations", explained == null ? Set.of() : Set.copyOf(explained));
            return "sheet-parts :: rescored";
        }
        return "editor :: sheet";
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
        ProjectSelfEvaluation edited = form.toProject(view.project(), errors);
        if (!errors.isEmpty()) {
            model.addAttribute("error", page.notSaved(errors));
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        try {
            evaluations.update(user.account(), id, form.getVersion(), edited);
        } catch (EvaluationException e) {
            model.addAttribute("error", page.refusal(e, "save", view.row().status()));
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        flash.addFlashAttribute("message", text("flash.saved"));
        return "redirect:/evaluations/" + id;
    }

    @GetMapping("/evaluations/{id}/download")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        String document = evaluations.export(user.account(), id);
        EvaluationRow row = evaluations.view(user.account(), id).row();
        events.publishEvent(new DocumentDownload(
                user.getUsername(), user.role(), row.unitId(), row.fiscalYear(), id, "自评表 " + row.name(), "json"));
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

    private static final Map<String, String> GRADE_CODES = gradeCodes();

    /** The grade of a list row is stored as its label (优): the page shows it by the enum's message key. */
    private static Map<String, String> gradeCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            codes.put(grade.label(), grade.name());
        }
        codes.put(jixiao.scoring.UnitAssessment.INCOMPLETE, "INCOMPLETE");
        return Map.copyOf(codes);
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
            Map<String, MessageSourceResolvable> errors) {
        model.addAttribute("view", view);
        sheet(model, user, view.row(), view.ruleSet(), form, assessment, errors);
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
            Map<String, MessageSourceResolvable> errors) {
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
                    byRow.getOrDefault(i, List.of()),
                    LocaleContextHolder.getLocale()));
        }
        boolean editable = evaluation.status().isEditable() && user.role().belongsToUnit();
        SheetLayout layout = SheetLayout.of(rows, errors.keySet(), editable);
        model.addAttribute("evaluationId", evaluation.id());
        model.addAttribute("form", form);
        model.addAttribute("assessment", assessment);
        model.addAttribute("sheetRows", rows);
        model.addAttribute("generalFindings", general);
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
