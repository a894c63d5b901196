package jixiao.audit;

import jixiao.evaluation.DocumentDownload;
import jixiao.evaluation.EvaluationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The acts on evaluations (imports, saves, explanations, workflow moves) kept in the audit trail, and the documents
 * the finance bureau and the administrators download.
 */
@Component
class EvaluationActs {

    private final AuditTrail trail;

    EvaluationActs(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction of the act: a rolled-back act leaves no entry. */
    @EventListener
    void on(EvaluationEvent event) {
        trail.record(AuditRecord.done(
                event.by(),
                "evaluation." + event.action().name().toLowerCase(java.util.Locale.ROOT),
                event.kind().name() + " " + event.evaluationId() + " " + event.name(),
                event.detail()));
    }

    /** Downloads by those outside the unit: a unit's staff reading their own documents is no security event. */
    @EventListener
    void on(DocumentDownload download) {
        if (download.role().belongsToUnit()) {
            return;
        }
        trail.record(AuditRecord.done(
                download.by(),
                AuditActions.DOCUMENT_DOWNLOADED,
                "单位 " + download.unitId() + " " + download.fiscalYear() + " 年度"
                        + (download.evaluationId() == null ? "" : " 自评表 " + download.evaluationId()),
                download.document() + "（" + download.format() + "）"));
    }
}
