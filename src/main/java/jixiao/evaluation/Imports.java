package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.organisation.BudgetUnitRow;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's report brought in as drafts, all or nothing: each project as a project evaluation, the {@code department}
 * as the unit's 部门（单位）整体自评 of the year (a second is refused), the report's own texts as the unit's 自评报告 of
 * the year (replaced while still editable).
 */
@Service
@Transactional
public class Imports {

    /** The name a whole-unit evaluation is listed under. */
    public static final String UNIT_EVALUATION_NAME = "部门（单位）整体自评";

    /** The name the texts of a unit's 自评报告 are stored under. */
    public static final String REPORT_TEXTS_NAME = "自评报告";

    private static final int NAME_LENGTH = 300;

    /** The report's texts are not scored: no total, no grade, no findings. */
    static final Scores NOT_SCORED = new Scores(null, null, 0, 0, ListFigures.NONE);

    private final EvaluationStore store;
    private final EvaluationScoring scoring;
    private final Workflow workflow;
    private final BudgetUnits units;

    public Imports(EvaluationStore store, EvaluationScoring scoring, Workflow workflow, BudgetUnits units) {
        this.store = store;
        this.scoring = scoring;
        this.workflow = workflow;
        this.units = units;
    }

    /**
     * The report as the unit's own: it is imported into the account's unit, so it carries that unit's registered name
     * (and its code and nature where the file gives none), whatever name the file gives; a workbook named for a unit
     * differently (an abbreviation, another unit's template) would otherwise print that name in the unit's report.
     */
    private SelfEvaluationReport asTheUnits(SelfEvaluationReport report, long unitId) {
        BudgetUnitRow unit = units.unit(unitId).orElseThrow(() -> new NotFound(unitId));
        BudgetUnit given = report.unit();
        BudgetUnit own = new BudgetUnit(
                unit.name(),
                given.code() != null ? given.code() : unit.code(),
                given.nature() != null ? given.nature() : unit.nature());
        if (own.equals(given)) {
            return report;
        }
        return new SelfEvaluationReport(
                report.fiscalYear(),
                report.moneyUnit(),
                own,
                report.department(),
                report.projects(),
                report.narrative());
    }

    /**
     * What an import created: the project evaluations, the whole-unit one and the report's texts (each null where the
     * report had none).
     */
    public record Imported(List<Long> projects, Long unit, Long texts) {

        /** Every evaluation the import created or changed. */
        public List<Long> created() {
            List<Long> all = new ArrayList<>(projects);
            if (unit != null) {
                all.add(unit);
            }
            if (texts != null) {
                all.add(texts);
            }
            return all;
        }
    }

    /** Imports every part of a report into the unit; all or nothing. */
    public Imported importReport(SelfEvaluationReport file, long unitId, String by) {
        SelfEvaluationReport report = asTheUnits(file, unitId);
        requireStorableNames(report);
        if (report.department() != null
                && !store.summaries(EvaluationKind.UNIT, Scope.unit(unitId), report.fiscalYear())
                        .isEmpty()) {
            throw new Invalid(
                    "$.department",
                    "$.department：本单位 " + report.fiscalYear()
                            + " 年度的部门（单位）整体自评已经存在，不能再导入一份；未导入任何内容。请在已有的整体自评上修改，或导入不含 department 的文件");
        }
        EvaluationRow storedTexts = report.narrative().isEmpty() ? null : reportTextsOf(unitId, report.fiscalYear());
        if (storedTexts != null && !storedTexts.status().isEditable()) {
            throw new Invalid(
                    "$.narrative",
                    "$.narrative：本单位 " + report.fiscalYear() + " 年度的自评报告"
                            + storedTexts.status().label() + "，其文字部分不能再由导入替换；未导入任何内容");
        }
        ReportAssessment assessment = scoring.report(unitId, report);
        LocalDateTime at = workflow.now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            ids.add(insertProject(report, i, assessment, unitId, at, by));
        }
        Imported imported =
                new Imported(ids, importUnit(report, unitId, at, by), importTexts(report, unitId, storedTexts, at, by));
        for (long id : imported.created()) {
            workflow.imported(store.find(id).orElseThrow(), by, at);
        }
        return imported;
    }

    /** What an import does with one part of the report. */
    public enum Action {
        /** A new evaluation. */
        CREATE,
        /** The unit's evaluation of the same name and year (still editable) takes the file's content. */
        REPLACE,
        /** The part cannot be imported ({@link Step#refusal()} says why): nothing is. */
        REFUSE
    }

    /** Why a part cannot be imported. */
    public enum Refusal {
        /** The evaluation it would replace is submitted or approved ({@link Step#status()}). */
        NOT_EDITABLE,
        /** A second project of the same name in the file: which one a later import replaces would be ambiguous. */
        DUPLICATE_IN_FILE
    }

    /**
     * One part of a planned import: a project (by its name), the 部门（单位）整体自评 or the report's texts.
     *
     * @param existing the evaluation it replaces or that refuses it, or null for a new one
     * @param version the version of {@code existing} the plan saw
     * @param status the state of {@code existing}, or null
     * @param refusal why it is refused, or null
     */
    public record Step(
            String name, Action action, Long existing, int version, EvaluationStatus status, Refusal refusal) {

        static Step create(String name) {
            return new Step(name, Action.CREATE, null, 0, null, null);
        }

        static Step of(String name, EvaluationSummary existing) {
            if (existing.status().isEditable()) {
                return new Step(name, Action.REPLACE, existing.id(), existing.version(), existing.status(), null);
            }
            return new Step(
                    name, Action.REFUSE, existing.id(), existing.version(), existing.status(), Refusal.NOT_EDITABLE);
        }
    }

    /**
     * What importing a report into a unit would do, with the report scored as it would be imported: each project
     * created, or replacing the unit's project of the same name in the year while that is still editable (a submitted
     * one refuses the whole import), and the same for the 部门（单位）整体自评 and the report's texts of the year.
     *
     * @param unit the 部门（单位）整体自评's step, or null where the report has none
     * @param texts the report's texts' step, or null where it has none
     * @param fileUnitName the unit's name as the file gives it where that is not the unit's (imported under the unit's
     *     own name), else null
     */
    public record Plan(
            SelfEvaluationReport report,
            List<Step> projects,
            Step unit,
            Step texts,
            ReportAssessment assessment,
            @Nullable String fileUnitName) {

        public Plan {
            projects = List.copyOf(projects);
        }

        /** True when no part is refused. */
        public boolean isPossible() {
            return steps().stream().noneMatch(step -> step.action() == Action.REFUSE);
        }

        /** Every step: the projects, then the whole unit and the texts where the report has them. */
        public List<Step> steps() {
            List<Step> all = new ArrayList<>(projects);
            if (unit != null) {
                all.add(unit);
            }
            if (texts != null) {
                all.add(texts);
            }
            return all;
        }

        /** What the plan would touch, and in which versions: a confirmation holds only while this is unchanged. */
        public String signature() {
            StringBuilder text = new StringBuilder();
            for (Step step : steps()) {
                text.append(step.action())
                        .append(':')
                        .append(step.existing())
                        .append('@')
                        .append(step.version());
                text.append(';');
            }
            return text.toString();
        }
    }

    /** The plan of importing {@code report} into the unit, without importing anything (the page's preview). */
    @Transactional(readOnly = true)
    public Plan plan(SelfEvaluationReport file, long unitId) {
        SelfEvaluationReport report = asTheUnits(file, unitId);
        requireStorableNames(report);
        int year = report.fiscalYear();
        Map<String, EvaluationSummary> byName = new LinkedHashMap<>();
        for (EvaluationSummary row : store.summaries(EvaluationKind.PROJECT, Scope.unit(unitId), year)) {
            byName.putIfAbsent(row.name(), row);
        }
        Set<String> seen = new HashSet<>();
        List<Step> projects = new ArrayList<>();
        for (ProjectSelfEvaluation project : report.projects()) {
            String name = project.name().trim();
            if (!seen.add(name)) {
                projects.add(new Step(name, Action.REFUSE, null, 0, null, Refusal.DUPLICATE_IN_FILE));
            } else {
                EvaluationSummary existing = byName.get(name);
                projects.add(existing == null ? Step.create(name) : Step.of(name, existing));
            }
        }
        Step unit = report.department() == null
                ? null
                : stepOfYear(EvaluationKind.UNIT, UNIT_EVALUATION_NAME, unitId, year);
        Step texts = report.narrative().isEmpty()
                ? null
                : stepOfYear(EvaluationKind.REPORT, REPORT_TEXTS_NAME, unitId, year);
        String fileUnitName = file.unit().name().equals(report.unit().name())
                ? null
                : file.unit().name();
        return new Plan(report, projects, unit, texts, scoring.report(unitId, report), fileUnitName);
    }

    private Step stepOfYear(EvaluationKind kind, String name, long unitId, int year) {
        List<EvaluationSummary> rows = store.summaries(kind, Scope.unit(unitId), year);
        return rows.isEmpty() ? Step.create(name) : Step.of(name, rows.get(0));
    }

    /**
     * Imports a report as planned, all or nothing: each part created or replacing the unit's evaluation of the same
     * name and year (its history records the import and every changed field). Refused, with nothing imported, where
     * the plan is not possible or the unit's evaluations changed since {@code previewed} was made.
     */
    public Imported importPlanned(SelfEvaluationReport file, long unitId, String by, String previewed) {
        Plan plan = plan(file, unitId);
        SelfEvaluationReport report = plan.report();
        if (!plan.signature().equals(previewed)) {
            throw new Invalid("plan", "plan：预览之后本单位的自评表有了变化（有人新建、修改或提交了同名的自评表），请重新预览后再确认导入；未导入任何内容");
        }
        if (!plan.isPossible()) {
            throw new Invalid("plan", "plan：有的部分不能导入（见预览），未导入任何内容");
        }
        LocalDateTime at = workflow.now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Step step = plan.projects().get(i);
            if (step.action() == Action.CREATE) {
                ids.add(insertProject(report, i, plan.assessment(), unitId, at, by));
            } else {
                ids.add(replaceProject(report, i, plan.assessment(), step, at, by));
            }
        }
        Long unit = null;
        if (plan.unit() != null && plan.unit().action() == Action.CREATE) {
            unit = importUnit(report, unitId, at, by);
        } else if (plan.unit() != null) {
            unit = replaceUnit(report, unitId, plan.unit(), at, by);
        }
        EvaluationRow storedTexts = plan.texts() == null || plan.texts().existing() == null
                ? null
                : store.find(plan.texts().existing()).orElseThrow();
        Imported imported = new Imported(ids, unit, importTexts(report, unitId, storedTexts, at, by));
        for (long id : imported.created()) {
            workflow.imported(store.find(id).orElseThrow(), by, at);
        }
        return imported;
    }

    private long insertProject(
            SelfEvaluationReport report,
            int index,
            ReportAssessment assessment,
            long unitId,
            LocalDateTime at,
            String by) {
        ProjectSelfEvaluation project = report.projects().get(index);
        SelfEvaluationReport own = new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(project));
        return store.insert(
                EvaluationKind.PROJECT,
                unitId,
                report.fiscalYear(),
                project.name(),
                scoring.write(own),
                Scores.of(assessment.projects().get(index), own),
                at,
                by);
    }

    /** The file's project in place of the unit's project of the same name: every changed field in its history. */
    private long replaceProject(
            SelfEvaluationReport report,
            int index,
            ReportAssessment assessment,
            Step step,
            LocalDateTime at,
            String by) {
        EvaluationRow row = store.find(step.existing()).orElseThrow();
        ProjectSelfEvaluation project = report.projects().get(index);
        SelfEvaluationReport own = new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(project));
        String document = scoring.write(own);
        if (!store.update(
                row.id(),
                step.version(),
                row.name(),
                document,
                Scores.of(assessment.projects().get(index), own),
                at,
                by)) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(row, at, by, "/projects/0", document);
        return row.id();
    }

    /** The file's 部门（单位）整体自评 in place of the unit's of the year (still editable). */
    private long replaceUnit(SelfEvaluationReport report, long unitId, Step step, LocalDateTime at, String by) {
        EvaluationRow row = store.find(step.existing()).orElseThrow();
        SelfEvaluationReport own = new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), report.department(), List.of());
        ReportAssessment scored = scoring.unit(
                unitId, report.fiscalYear(), own, report.department(), scoring.rulesOf(row), scoring.frameworkOf(row));
        String document = scoring.write(own);
        if (!store.update(
                row.id(),
                step.version(),
                row.name(),
                document,
                Scores.of(scored.department(), scored.unitFindings()),
                at,
                by)) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(row, at, by, "/department", document);
        return row.id();
    }

    private static void requireStorableNames(SelfEvaluationReport report) {
        for (int i = 0; i < report.projects().size(); i++) {
            requireStorableName(
                    "$.projects[" + i + "].name", report.projects().get(i).name());
        }
    }

    /** The 部门（单位）整体自评 part, scored with the framework in force together with the unit's projects. */
    private Long importUnit(SelfEvaluationReport report, long unitId, LocalDateTime at, String by) {
        if (report.department() == null) {
            return null;
        }
        SelfEvaluationReport own = new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), report.department(), List.of());
        ReportAssessment scored = scoring.unit(
                unitId,
                report.fiscalYear(),
                own,
                report.department(),
                scoring.rulesFor(unitId, report.fiscalYear()),
                scoring.activeFramework());
        try {
            return store.insert(
                    EvaluationKind.UNIT,
                    unitId,
                    report.fiscalYear(),
                    UNIT_EVALUATION_NAME,
                    scoring.write(own),
                    Scores.of(scored.department(), scored.unitFindings()),
                    at,
                    by);
        } catch (DataIntegrityViolationException e) {
            throw new Invalid("$.department", "$.department：本单位 " + report.fiscalYear() + " 年度的部门（单位）整体自评已经存在");
        }
    }

    /**
     * The report's own texts, stored as the unit's REPORT row of the year: a new one, or the texts of the one there
     * (still editable; checked before anything was imported) replaced, with every changed text in its history.
     */
    private Long importTexts(
            SelfEvaluationReport report, long unitId, EvaluationRow stored, LocalDateTime at, String by) {
        if (report.narrative().isEmpty()) {
            return null;
        }
        String document = scoring.write(new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(), report.narrative()));
        if (stored == null) {
            return store.insert(
                    EvaluationKind.REPORT,
                    unitId,
                    report.fiscalYear(),
                    REPORT_TEXTS_NAME,
                    document,
                    NOT_SCORED,
                    at,
                    by);
        }
        if (!store.update(stored.id(), stored.version(), stored.name(), document, NOT_SCORED, at, by)) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(stored, at, by, "/narrative", document);
        return stored.id();
    }

    /** The unit's REPORT row of a year, if there is one. */
    EvaluationRow reportTextsOf(long unitId, int fiscalYear) {
        List<EvaluationRow> rows = store.list(EvaluationKind.REPORT, Scope.unit(unitId), fiscalYear);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** project_evaluation.name holds 300 characters: a longer name is the user's to shorten, not a server error. */
    static void requireStorableName(String field, String name) {
        int length = name.codePointCount(0, name.length());
        if (length > NAME_LENGTH) {
            throw new Invalid(field, field + "：项目名称最多 " + NAME_LENGTH + " 个字，实际为 " + length + " 个字");
        }
    }
}
