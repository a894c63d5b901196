package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.List;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of a unit's 自评报告 of a year (所依据的通知, 绩效自评工作开展情况, 存在的问题和建议, 改进措施和有关建议,
 * 其他需要说明的问题), stored as the unit's {@link EvaluationKind#REPORT} row: read and changed with the version check,
 * every changed text in the history; the workflow is that of every kind ({@link Workflow}).
 */
@Service
@Transactional
public class ReportTexts {

    private static final EvaluationKind REPORT = EvaluationKind.REPORT;

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Workflow workflow;

    public ReportTexts(EvaluationStore store, EvaluationAccess access, EvaluationScoring scoring, Workflow workflow) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.workflow = workflow;
    }

    /** The stored row and its texts. */
    public record View(EvaluationRow row, ReportNarrative narrative) implements ExplainedFindings {

        /** The report's texts are not scored: nothing to explain. */
        @Override
        public List<jixiao.scoring.Finding> findings() {
            return List.of();
        }

        @Override
        public List<FindingExplanation> explanations() {
            return List.of();
        }
    }

    @Transactional(readOnly = true)
    public View view(Account who, long id) {
        EvaluationRow row = access.visible(who, id, REPORT);
        return new View(row, scoring.read(row.document()).narrative());
    }

    /** The texts of the unit's report of a year that this user may see, if there are any. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(Account who, Integer fiscalYear) {
        return store.summaries(REPORT, access.scope(who), fiscalYear);
    }

    /** Saves changed texts if nobody saved since {@code version}; every changed text goes to the history. */
    public View update(Account who, long id, int version, ReportNarrative narrative) {
        EvaluationRow row = access.editable(who, id, REPORT);
        if (row.version() != version) {
            throw new VersionConflict(row.updatedBy());
        }
        SelfEvaluationReport old = scoring.read(row.document());
        String document = scoring.write(
                new SelfEvaluationReport(old.fiscalYear(), old.moneyUnit(), old.unit(), null, List.of(), narrative));
        LocalDateTime at = workflow.now();
        if (!store.update(id, version, row.name(), document, Imports.NOT_SCORED, at, who.username())) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(row, at, who.username(), "/narrative", document);
        return view(who, id);
    }
}
