package jixiao.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.Evaluations;
import jixiao.evaluation.UnitEvaluations;
import jixiao.evaluation.UnitYearReport;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.report.DocumentFormat;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.system.CurrentUser;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages: the unit's list of 自评表 per year, and the editor laid out like the official table. */
@Controller
public class EvaluationPages {

    private final Evaluations evaluations;
    private final UnitEvaluations unitEvaluations;

    public EvaluationPages(Evaluations evaluations, UnitEvaluations unitEvaluations) {
        this.evaluations = evaluations;
        this.unitEvaluations = unitEvaluations;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/evaluations";
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        List<EvaluationRow> all = evaluations.list(user.account(), null);
        List<EvaluationRow> units = unitEvaluations.list(user.account(), null);
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
        return "evaluations";
    }

    @PostMapping("/evaluations/import")
    String importFile(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (!user.role().belongsToUnit()) {
            flash.addFlashAttribute("error", "只有预算单位的账号可以导入本单位的自评表");
            return "redirect:/evaluations";
        }
        try {
            var report = new InterchangeReader().read(new String(file.getBytes(), StandardCharsets.UTF_8));
            Evaluations.Imported imported = evaluations.imported(report, user.unitId(), user.getUsername());
            flash.addFlashAttribute(
                    "message",
                    "已导入 " + imported.projects().size() + " 个项目" + (imported.unit() == null ? "" : "和部门（单位）整体自评"));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute("error", "导入失败，未导入任何内容：" + e.getMessage());
        } catch (InterchangeException e) {
            flash.addFlashAttribute("error", "导入失败，未导入任何内容：" + e.getMessage());
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

    /** Live re-score: the form as typed, scored without saving; returns the sheet fragment. */
    @PostMapping("/evaluations/{id}/score")
    String rescore(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute EvaluationForm form,
            @RequestParam(required = false) String action,
            Model model) {
        EvaluationView view = evaluations.view(user.account(), id);
        form.apply(action, IndicatorLibrary.ENTRIES);
        Map<String, String> errors = EvaluationForm.newErrors();
        ProjectSelfEvaluation edited = form.toProject(view.project(), errors);
        ProjectAssessment assessment = evaluations.rescore(user.account(), id, edited);
        show(model, user, view, form, assessment, errors);
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
        Map<String, String> errors = EvaluationForm.newErrors();
        ProjectSelfEvaluation edited = form.toProject(view.project(), errors);
        if (!errors.isEmpty()) {
            model.addAttribute("error", "有 " + errors.size() + " 处填写有误，未保存：" + String.join("；", errors.values()));
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        try {
            evaluations.update(user.account(), id, form.getVersion(), edited);
        } catch (EvaluationException e) {
            model.addAttribute("error", e.getMessage());
            return show(model, user, view, form, evaluations.rescore(user.account(), id, edited), errors);
        }
        flash.addFlashAttribute("message", "已保存");
        return "redirect:/evaluations/" + id;
    }

    @PostMapping("/evaluations/{id}/explain")
    String explain(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam String key,
            @RequestParam String explanation,
            RedirectAttributes flash) {
        return act(flash, id, "已记录说明", () -> evaluations.explain(user.account(), id, key, explanation));
    }

    @PostMapping("/evaluations/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, id, "已提交", () -> evaluations.submit(user.account(), id));
    }

    @PostMapping("/evaluations/{id}/unit-approval")
    String approveForUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, id, "单位审核通过，已报送财政局", () -> evaluations.approveForUnit(user.account(), id));
    }

    @PostMapping("/evaluations/{id}/approval")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, id, "审核通过", () -> evaluations.approve(user.account(), id));
    }

    @PostMapping("/evaluations/{id}/return")
    String giveBack(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(flash, id, "已退回", () -> evaluations.giveBack(user.account(), id, reason));
    }

    @GetMapping("/evaluations/{id}/history")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", evaluations.view(user.account(), id));
        model.addAttribute("changes", evaluations.history(user.account(), id));
        return "history";
    }

    @GetMapping("/evaluations/{id}/download")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(evaluations.export(user.account(), id));
    }

    /** The 自评表 of one evaluation as a document (xlsx …). */
    @GetMapping("/evaluations/{id}/document.{format}")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String format)
            throws IOException {
        EvaluationView view = evaluations.view(user.account(), id);
        return documentOf(
                evaluations.unitYearReport(
                        user.account(), view.row().unitId(), view.row().fiscalYear(), id),
                format,
                view.row().name());
    }

    /** The unit's whole 自评报告 of a year as a document. */
    @GetMapping("/units/{unitId}/{year}/report.{format}")
    ResponseEntity<byte[]> unitDocument(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @PathVariable String format)
            throws IOException {
        UnitYearReport report = evaluations.unitYearReport(user.account(), unitId, year, null);
        return documentOf(report, format, report.report().unit().name() + "-" + year);
    }

    private static ResponseEntity<byte[]> documentOf(UnitYearReport report, String format, String name)
            throws IOException {
        DocumentFormat documentFormat = DocumentFormat.named(format)
                .orElseThrow(() -> new EvaluationException.Invalid("format", "不支持的文档格式“" + format + "”"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documentFormat.write(report.report(), report.assessment(), out);
        String filename = URLEncoder.encode(name + "." + documentFormat.extension(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + filename)
                .contentType(MediaType.parseMediaType(documentFormat.contentType()))
                .body(out.toByteArray());
    }

    private String act(RedirectAttributes flash, long id, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (EvaluationException.SubmissionRefused e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/evaluations/" + id;
    }

    private String show(
            Model model,
            CurrentUser user,
            EvaluationView view,
            EvaluationForm form,
            ProjectAssessment assessment,
            Map<String, String> errors) {
        Map<Integer, List<Finding>> byRow = new LinkedHashMap<>();
        List<Finding> general = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            int row = rowOf(assessment, finding);
            if (row < 0) {
                general.add(finding);
            } else {
                byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(finding);
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("assessment", assessment);
        model.addAttribute("rowFindings", byRow);
        model.addAttribute("generalFindings", general);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("library", IndicatorLibrary.ENTRIES);
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("user", user.account());
        model.addAttribute(
                "editable", view.row().status().isEditable() && user.role().belongsToUnit());
        model.addAttribute("keyOf", (java.util.function.Function<Finding, String>) Evaluations::key);
        return "editor";
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
