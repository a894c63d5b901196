package jixiao.evaluation.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.Imports;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.report.xlsx.ImportProblem;
import jixiao.report.xlsx.SelfEvaluationWorkbookReader;
import jixiao.report.xlsx.WorkbookImportException;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入 in the browser: one upload takes the unit's workbook (a hand-made one of 自评表, as the command line reads it, or
 * one this system exported) or a {@code self-evaluation/1} file, told apart by content. A file that cannot be read is
 * answered with every problem, by sheet and cell (or JSON path); one that can is previewed (which projects are created
 * and which replace the unit's project of the same name and year while still editable, with their totals and
 * findings) and imported only when the clerk confirms, all or nothing ({@link Imports}).
 */
@Controller
public class ImportPages {

    /** Previews kept per session, waiting for their confirmation; older ones are dropped. */
    private static final int PREVIEWS_KEPT = 3;

    private static final String PREVIEWS = ImportPages.class.getName() + ".previews";

    private final Imports imports;
    private final PageMessages page;

    public ImportPages(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.page = new PageMessages(messages);
    }

    /** A previewed file waiting for its confirmation: the report read from it, and what the plan would touch. */
    public record Pending(String fileName, String document, String signature) implements Serializable {}

    /** A problem of the file: where (sheet and cell, or the JSON path) and what. */
    public record Problem(String sheet, String cell, String message) {}

    /** One project of the preview, with its step and its assessment. */
    public record ProjectLine(
            Imports.Step step, ProjectAssessment assessment, List<FindingLines.FindingLine> findings) {}

    @GetMapping("/evaluations/import")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        return "evaluation-import";
    }

    @PostMapping("/evaluations/import")
    String preview(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            HttpSession session,
            Model model)
            throws IOException {
        model.addAttribute("user", user.account());
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        if (!user.role().belongsToUnit()) {
            model.addAttribute("error", page.text("error.importOnlyUnits"));
            return "evaluation-import";
        }
        byte[] content = file.getBytes();
        List<Problem> problems = new ArrayList<>();
        SelfEvaluationReport report = read(content, problems);
        if (report == null) {
            model.addAttribute("problems", problems);
            model.addAttribute("error", page.text("import.unreadable", name, String.valueOf(problems.size())));
            return "evaluation-import";
        }
        Imports.Plan plan;
        try {
            plan = imports.plan(report, user.unitId());
        } catch (EvaluationException.Invalid e) {
            model.addAttribute("problems", List.of(new Problem(null, e.field(), e.getMessage())));
            model.addAttribute("error", page.text("import.unreadable", name, "1"));
            return "evaluation-import";
        }
        String token = UUID.randomUUID().toString();
        keep(session, token, new Pending(name, new InterchangeWriter().write(report), plan.signature()));
        return showPlan(model, plan, token);
    }

    @PostMapping("/evaluations/import/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String token,
            HttpSession session,
            Model model,
            RedirectAttributes flash) {
        Pending pending = pending(session).get(token);
        if (pending == null || !user.role().belongsToUnit()) {
            flash.addFlashAttribute("error", page.text("import.expired"));
            return "redirect:/evaluations/import";
        }
        SelfEvaluationReport report;
        try {
            report = new InterchangeReader().read(pending.document());
        } catch (InterchangeException e) {
            throw new IllegalStateException("a previewed document no longer reads", e);
        }
        try {
            Imports.Imported imported =
                    imports.importPlanned(report, user.unitId(), user.getUsername(), pending.signature());
            forget(session, token);
            flash.addFlashAttribute(
                    "message",
                    page.text(
                            "import.done",
                            pending.fileName(),
                            String.valueOf(imported.projects().size()),
                            String.valueOf(report.fiscalYear())));
            return "redirect:/evaluations?year=" + report.fiscalYear();
        } catch (EvaluationException.Invalid e) {
            // the unit's evaluations changed since the preview: the new plan, to be confirmed again
            Imports.Plan plan = imports.plan(report, user.unitId());
            String fresh = UUID.randomUUID().toString();
            forget(session, token);
            keep(session, fresh, new Pending(pending.fileName(), pending.document(), plan.signature()));
            model.addAttribute("user", user.account());
            model.addAttribute("fileName", pending.fileName());
            model.addAttribute("error", page.text("import.changed"));
            return showPlan(model, plan, fresh);
        }
    }

    /** The report in the file, or null with every problem in {@code problems}. */
    private SelfEvaluationReport read(byte[] content, List<Problem> problems) throws IOException {
        if (SelfEvaluationWorkbookReader.isWorkbook(content)) {
            try {
                return new SelfEvaluationWorkbookReader().read(new ByteArrayInputStream(content));
            } catch (WorkbookImportException e) {
                for (ImportProblem problem : e.problems()) {
                    problems.add(new Problem(problem.sheet(), problem.cell(), problem.message()));
                }
                return null;
            }
        }
        try {
            return new InterchangeReader().read(new ByteArrayInputStream(content));
        } catch (InterchangeException e) {
            String where = e.getMessage()
                    .substring(0, e.getMessage().length() - e.message().length() - 1);
            problems.add(new Problem(null, where, e.message()));
            return null;
        }
    }

    private String showPlan(Model model, Imports.Plan plan, String token) {
        FindingLines lines = FindingLines.explainedBy(List.of());
        List<ProjectLine> projects = new ArrayList<>();
        for (int i = 0; i < plan.projects().size(); i++) {
            ProjectAssessment assessment = plan.assessment().projects().get(i);
            projects.add(new ProjectLine(plan.projects().get(i), assessment, lines.of(assessment.findings())));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("projects", projects);
        model.addAttribute("unitFindings", lines.of(plan.assessment().unitFindings()));
        model.addAttribute("token", token);
        model.addAttribute("keyOf", (Function<Finding, String>) FindingExplanation::keyOf);
        return "evaluation-import";
    }

    /**
     * The previews waiting in the session. The session lives in the database (any node may serve the confirmation),
     * where only what is set is written: every change is set again ({@link #keep}, {@link #forget}).
     */
    private static Previews pending(HttpSession session) {
        return session.getAttribute(PREVIEWS) instanceof Previews previews ? previews : new Previews();
    }

    private static void keep(HttpSession session, String token, Pending preview) {
        Previews previews = pending(session);
        previews.put(token, preview);
        session.setAttribute(PREVIEWS, previews);
    }

    private static void forget(HttpSession session, String token) {
        Previews previews = pending(session);
        previews.remove(token);
        session.setAttribute(PREVIEWS, previews);
    }

    /** The latest previews of a session, the oldest given up beyond {@link #PREVIEWS_KEPT}. */
    private static final class Previews extends LinkedHashMap<String, Pending> {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > PREVIEWS_KEPT;
        }
    }
}
