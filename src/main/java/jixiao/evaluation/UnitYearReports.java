package jixiao.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.report.AnnexedEvidence;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's evaluations of a year composed into one 自评报告 (what the documents are generated from): its project
 * evaluations, each scored with its own rule set where it was frozen at submission, the 部门（单位）整体自评 scored as
 * its editor shows it, the report's own texts, the unit's explanations of findings and the date.
 */
@Service
@Transactional(readOnly = true)
public class UnitYearReports {

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Imports imports;
    private final Clock clock;
    private final ObjectProvider<AttachedEvidence> evidence;

    public UnitYearReports(
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Imports imports,
            Clock clock,
            ObjectProvider<AttachedEvidence> evidence) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.imports = imports;
        this.clock = clock;
        this.evidence = evidence;
    }

    /** The unit's report of a year; with {@code onlyId}, the 自评表 of just that evaluation. */
    public UnitYearReport of(Account who, long unitId, int fiscalYear, Long onlyId) {
        // what this user may see of the unit's year (a finance bureau: what was sent to it)
        Predicate<EvaluationRow> readable = access.reader(who);
        List<EvaluationRow> rows = store.list(Scope.unit(unitId), fiscalYear).stream()
                .filter(readable)
                .toList();
        if (rows.isEmpty()) {
            throw new NotFound(unitId);
        }
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        List<ProjectAssessment> assessments = new ArrayList<>();
        Map<Finding, String> explanations = new HashMap<>();
        SelfEvaluationReport first = scoring.read(rows.get(0).document());
        for (EvaluationRow row : rows) {
            if (onlyId == null || row.id() == onlyId) {
                ProjectSelfEvaluation project =
                        scoring.read(row.document()).projects().get(0);
                projects.add(project);
                ProjectAssessment assessment = scoring.project(row, project, scoring.rulesOf(row));
                assessments.add(assessment);
                explained(assessment.findings(), store.explanations(row.id()), explanations);
            }
        }
        if (projects.isEmpty()) {
            throw new NotFound(onlyId);
        }
        LocalDate today = LocalDate.now(clock);
        // the report's own texts belong to the whole report, not to the 自评表 of one evaluation
        EvaluationRow texts = onlyId == null ? imports.reportTextsOf(unitId, fiscalYear) : null;
        ReportNarrative narrative = texts == null
                ? ReportNarrative.NONE
                : scoring.read(texts.document()).narrative();
        List<EvaluationRow> units = onlyId == null
                ? store.list(EvaluationKind.UNIT, Scope.unit(unitId), fiscalYear).stream()
                        .filter(readable)
                        .toList()
                : List.of();
        List<EvaluationRow> annexed = new ArrayList<>();
        rows.stream().filter(row -> onlyId == null || row.id() == onlyId).forEach(annexed::add);
        annexed.addAll(units);
        List<AnnexedEvidence> files = onlyId == null
                ? evidence.stream().findFirst().map(e -> e.annexed(annexed)).orElse(List.of())
                : List.of();
        if (units.isEmpty()) {
            SelfEvaluationReport report =
                    new SelfEvaluationReport(fiscalYear, first.moneyUnit(), first.unit(), null, projects, narrative);
            return new UnitYearReport(
                    report,
                    new ReportAssessment(scoring.rulesOf(rows.get(0)), assessments, List.of()),
                    explanations,
                    today,
                    files);
        }
        // the 部门（单位）整体自评 part, scored as its editor shows it
        EvaluationRow unitRow = units.get(0);
        SelfEvaluationReport own = scoring.read(unitRow.document());
        ReportAssessment whole = scoring.unit(
                unitId, fiscalYear, own, own.department(), scoring.rulesOf(unitRow), scoring.frameworkOf(unitRow));
        explained(whole.unitFindings(), store.explanations(unitRow.id()), explanations);
        SelfEvaluationReport report = new SelfEvaluationReport(
                fiscalYear, first.moneyUnit(), first.unit(), own.department(), projects, narrative);
        return new UnitYearReport(
                report,
                new ReportAssessment(
                        scoring.rulesOf(rows.get(0)), assessments, whole.unitFindings(), whole.department()),
                explanations,
                today,
                files);
    }

    /**
     * The report a review opinion (审核意见书) is written from: the unit's year, or one evaluation, for those who review
     * it (单位审核 of the unit, 财政局审核 of the region, 管理员); a 填报人 sees the findings in the editor instead.
     */
    public UnitYearReport reviewed(Account who, long unitId, int fiscalYear, Long onlyId) {
        UnitYearReport report = of(who, unitId, fiscalYear, onlyId);
        if (who.role() == Role.FILLER) {
            throw new NotAllowed("审核意见书只提供给审核人（单位审核、财政局审核、管理员）");
        }
        return report;
    }

    /** Each finding the unit explained, with its explanation, into {@code out}. */
    private static void explained(
            List<Finding> findings, List<FindingExplanation> explanations, Map<Finding, String> out) {
        Map<String, String> byKey = new HashMap<>();
        for (FindingExplanation explanation : explanations) {
            byKey.put(explanation.findingKey(), explanation.explanation());
        }
        for (Finding finding : findings) {
            String explanation = byKey.get(FindingExplanation.keyOf(finding));
            if (explanation != null) {
                out.put(finding, explanation);
            }
        }
    }
}
