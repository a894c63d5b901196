package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 部门（单位）整体自评 of a unit and year: read, change and re-score. Its workflow, history, explanations and
 * access rules are those of every evaluation ({@link Workflow}, {@link EvaluationAccess}); it is scored by the
 * framework in force, or the one frozen at submission, together with the unit's project evaluations of the year.
 */
@Service
@Transactional
public class UnitEvaluations {

    private static final EvaluationKind UNIT = EvaluationKind.UNIT;

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;

    public UnitEvaluations(
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Workflow workflow,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.workflow = workflow;
        this.events = events;
    }

    /** The whole-unit evaluations the user may see, optionally of one fiscal year. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(Account who, Integer fiscalYear) {
        // a finance bureau sees what its units sent to it, as in its lists (issue 14)
        return store.summaries(UNIT, access.scope(who), fiscalYear, who.role() == Role.BUREAU_REVIEWER);
    }

    @Transactional(readOnly = true)
    public UnitEvaluationView view(Account who, long id) {
        EvaluationRow row = access.visible(who, id, UNIT);
        SelfEvaluationReport report = scoring.read(row.document());
        return new UnitEvaluationView(
                row, report, assess(row, report.department()), scoring.rulesOf(row), store.explanations(id));
    }

    /** Scores edited whole-unit data as it would be saved, without saving it (the editor's live re-score). */
    @Transactional(readOnly = true)
    public ReportAssessment rescore(Account who, long id, UnitSelfEvaluation edited) {
        return assess(access.visible(who, id, UNIT), edited);
    }

    /** Saves edited whole-unit data if nobody saved since {@code version}; every changed field goes to the history. */
    public UnitEvaluationView update(Account who, long id, int version, UnitSelfEvaluation edited) {
        EvaluationRow row = access.editable(who, id, UNIT);
        if (row.version() != version) {
            throw new VersionConflict(row.updatedBy());
        }
        SelfEvaluationReport old = scoring.read(row.document());
        String document = scoring.write(
                new SelfEvaluationReport(old.fiscalYear(), old.moneyUnit(), old.unit(), edited, List.of()));
        ReportAssessment scored = assess(row, edited);
        LocalDateTime at = workflow.now();
        Scores scores = Scores.of(scored.department(), scored.unitFindings());
        if (!store.update(id, version, row.name(), document, scores, at, who.username())) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(row, at, who.username(), "/department", document);
        return view(who, id);
    }

    /**
     * Adds key work items (read from a pasted table or a workbook) after the stored ones and saves, numbering those
     * without a 序号 after the highest one; the history records each new item.
     */
    public UnitEvaluationView appendKeyWork(Account who, long id, List<UnitSelfEvaluation.KeyWorkItem> items) {
        EvaluationRow row = access.editable(who, id, UNIT);
        UnitSelfEvaluation stored = scoring.read(row.document()).department();
        List<UnitSelfEvaluation.KeyWorkItem> plan = new ArrayList<>(stored.keyWorkPlan());
        int next = plan.stream()
                        .map(UnitSelfEvaluation.KeyWorkItem::no)
                        .filter(java.util.Objects::nonNull)
                        .max(Integer::compare)
                        .orElse(plan.size())
                + 1;
        for (UnitSelfEvaluation.KeyWorkItem item : items) {
            plan.add(
                    item.no() != null
                            ? item
                            : new UnitSelfEvaluation.KeyWorkItem(
                                    next++,
                                    item.title(),
                                    item.text(),
                                    item.responsibleDepartment(),
                                    item.deadline(),
                                    item.status(),
                                    item.evidence()));
        }
        return update(
                who,
                id,
                row.version(),
                new UnitSelfEvaluation(
                        stored.profile(),
                        stored.budget(),
                        stored.projectExpenditure(),
                        plan,
                        stored.claimedItems(),
                        stored.figures()));
    }

    /**
     * The whole-unit evaluation as a self-evaluation/1 document (the department, no projects); the download is
     * published ({@link DocumentDownload}), so that the audit trail keeps the finance bureau's.
     */
    @Transactional(readOnly = true)
    public String export(Account who, long id) {
        EvaluationRow row = access.visible(who, id, UNIT);
        events.publishEvent(new DocumentDownload(
                who.username(), who.role(), row.unitId(), row.fiscalYear(), id, "部门（单位）整体自评", "json"));
        return row.document();
    }

    private ReportAssessment assess(EvaluationRow row, UnitSelfEvaluation department) {
        SelfEvaluationReport own = scoring.read(row.document());
        return scoring.unit(
                row.unitId(), row.fiscalYear(), own, department, scoring.rulesOf(row), scoring.frameworkOf(row));
    }
}
