package jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's evaluations of a year composed into one 自评报告 (what the documents are generated from): its project
 * evaluations, each scored with its own rule set where it was frozen at submission, the 部门（单位）整体自评 scored as
 * its editor shows it, and the report's own texts.
 */
@Service
@Transactional(readOnly = true)
public class UnitYearReports {

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Imports imports;

    public UnitYearReports(EvaluationStore store, EvaluationAccess access, EvaluationScoring scoring, Imports imports) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.imports = imports;
    }

    /** The unit's report of a year; with {@code onlyId}, the 自评表 of just that evaluation. */
    public UnitYearReport of(Account who, long unitId, int fiscalYear, Long onlyId) {
        List<EvaluationRow> rows = store.list(Scope.unit(unitId), fiscalYear);
        if (rows.isEmpty()) {
            throw new NotFound(unitId);
        }
        access.visible(who, rows.get(0).id(), EvaluationKind.PROJECT);
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        List<ProjectAssessment> assessments = new ArrayList<>();
        SelfEvaluationReport first = scoring.read(rows.get(0).document());
        for (EvaluationRow row : rows) {
            if (onlyId == null || row.id() == onlyId) {
                ProjectSelfEvaluation project =
                        scoring.read(row.document()).projects().get(0);
                projects.add(project);
                assessments.add(scoring.project(row, project, scoring.rulesOf(row)));
            }
        }
        if (projects.isEmpty()) {
            throw new NotFound(onlyId);
        }
        // the report's own texts belong to the whole report, not to the 自评表 of one evaluation
        EvaluationRow texts = onlyId == null ? imports.reportTextsOf(unitId, fiscalYear) : null;
        ReportNarrative narrative = texts == null
                ? ReportNarrative.NONE
                : scoring.read(texts.document()).narrative();
        List<EvaluationRow> units =
                onlyId == null ? store.list(EvaluationKind.UNIT, Scope.unit(unitId), fiscalYear) : List.of();
        if (units.isEmpty()) {
            SelfEvaluationReport report =
                    new SelfEvaluationReport(fiscalYear, first.moneyUnit(), first.unit(), null, projects, narrative);
            return new UnitYearReport(
                    report, new ReportAssessment(scoring.rulesOf(rows.get(0)), assessments, List.of()));
        }
        // the 部门（单位）整体自评 part, scored as its editor shows it
        EvaluationRow unitRow = units.get(0);
        SelfEvaluationReport own = scoring.read(unitRow.document());
        ReportAssessment whole = scoring.unit(
                unitId, fiscalYear, own, own.department(), scoring.rulesOf(unitRow), scoring.frameworkOf(unitRow));
        SelfEvaluationReport report = new SelfEvaluationReport(
                fiscalYear, first.moneyUnit(), first.unit(), own.department(), projects, narrative);
        return new UnitYearReport(
                report,
                new ReportAssessment(scoring.rulesOf(rows.get(0)), assessments, whole.unitFindings(), whole.unit()));
    }
}
