package jixiao.evaluation;

import java.util.List;
import jixiao.report.AnnexedEvidence;

/**
 * The files (佐证材料) attached to evaluations, as a unit's 自评报告 lists them in its 附件: provided by the evidence
 * feature, which depends on this one (so this one names what it needs, and the evidence feature supplies it).
 */
public interface AttachedEvidence {

    /** The files attached to these evaluations and not removed, in the order of the rows, each as the report lists it. */
    List<AnnexedEvidence> annexed(List<EvaluationRow> rows);
}
