package jixiao.overview;

import java.util.List;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationEvent;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationScoring;
import jixiao.evaluation.EvaluationStore;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text copied across the region (issue 14, item 8): goals, indicator tables and 自评分析 of a project that repeat those
 * of another unit or of another year. Each project's fingerprints are stored when it is imported or saved, in the same
 * transaction, and matched by query against every stored evaluation's, so that a reviewer sees the copies at once and
 * the overview counts them without reading a document. Shown to those who review (the finance bureau, 管理员), never to
 * the units: a copy names another unit's project.
 */
@Service
@Transactional
public class CopiedTexts {

    private final CopyStore store;
    private final EvaluationStore evaluations;
    private final EvaluationScoring scoring;
    private final EvaluationAccess access;

    public CopiedTexts(
            CopyStore store, EvaluationStore evaluations, EvaluationScoring scoring, EvaluationAccess access) {
        this.store = store;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.access = access;
    }

    /** An imported or saved project: its fingerprints and copies anew; a deleted draft: none left. */
    @EventListener
    void on(EvaluationEvent event) {
        if (event.kind() == EvaluationKind.PROJECT && event.action() == EvaluationEvent.Action.DELETED) {
            store.replace(event.evaluationId(), event.unitId(), event.fiscalYear(), List.of(), false);
            return;
        }
        if (event.kind() != EvaluationKind.PROJECT
                || (event.action() != EvaluationEvent.Action.IMPORTED
                        && event.action() != EvaluationEvent.Action.SAVED)) {
            return;
        }
        EvaluationRow row = evaluations.find(event.evaluationId()).orElseThrow();
        SelfEvaluationReport report = scoring.read(row.document());
        store.replace(
                row.id(),
                row.unitId(),
                row.fiscalYear(),
                report.projects().isEmpty()
                        ? List.of()
                        : TextFingerprints.of(report.projects().get(0)),
                event.action() == EvaluationEvent.Action.IMPORTED);
    }

    /**
     * The copies of a project evaluation's texts in the other evaluations the reviewer reaches (for a finance bureau,
     * those sent to it), the largest share first.
     */
    @Transactional(readOnly = true)
    public List<CopiedText> of(Account who, long id) {
        access.visible(who, id, EvaluationKind.PROJECT);
        if (who.role().belongsToUnit()) {
            throw new EvaluationException.NotAllowed("照搬文字的比对结果只提供给审核人（财政局审核、管理员）");
        }
        return store.of(id, Reach.of(who, access.scope(who)));
    }
}
