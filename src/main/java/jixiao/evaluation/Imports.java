package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;
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
    private static final Scores NOT_SCORED = new Scores(null, null, 0, 0, ListFigures.NONE);

    private final EvaluationStore store;
    private final EvaluationScoring scoring;
    private final Workflow workflow;

    public Imports(EvaluationStore store, EvaluationScoring scoring, Workflow workflow) {
        this.store = store;
        this.scoring = scoring;
        this.workflow = workflow;
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
    public Imported importReport(SelfEvaluationReport report, long unitId, String by) {
        for (int i = 0; i < report.projects().size(); i++) {
            requireStorableName(
                    "$.projects[" + i + "].name", report.projects().get(i).name());
        }
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
        ReportAssessment assessment = scoring.report(report);
        LocalDateTime at = workflow.now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            ProjectSelfEvaluation project = report.projects().get(i);
            SelfEvaluationReport own = new SelfEvaluationReport(
                    report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(project));
            ids.add(store.insert(
                    EvaluationKind.PROJECT,
                    unitId,
                    report.fiscalYear(),
                    project.name(),
                    scoring.write(own),
                    Scores.of(assessment.projects().get(i), own),
                    at,
                    by));
        }
        Imported imported =
                new Imported(ids, importUnit(report, unitId, at, by), importTexts(report, unitId, storedTexts, at, by));
        for (long id : imported.created()) {
            workflow.imported(store.find(id).orElseThrow(), by, at);
        }
        return imported;
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
                scoring.activeRules(),
                scoring.activeFramework());
        try {
            return store.insert(
                    EvaluationKind.UNIT,
                    unitId,
                    report.fiscalYear(),
                    UNIT_EVALUATION_NAME,
                    scoring.write(own),
                    Scores.of(scored.unit(), scored.unitFindings()),
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
