package jixiao.recheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One stored evaluation (a project's 自评表 or the 部门（单位）整体自评) as stored and as the chosen rule set scores it.
 *
 * @param kind PROJECT or UNIT
 * @param claimed the unit's own claimed total (自评分) where the document has one
 * @param total the stored total (scored at its last save, or frozen at submission)
 * @param rechecked the total under the chosen rule set
 */
public record RecheckedEvaluation(
        long id,
        String kind,
        String name,
        String status,
        BigDecimal claimed,
        BigDecimal total,
        String grade,
        BigDecimal rechecked,
        String recheckedGrade,
        List<FindingChange> added,
        List<FindingChange> vanished) {

    public RecheckedEvaluation {
        added = List.copyOf(added);
        vanished = List.copyOf(vanished);
    }

    public boolean gradeChanged() {
        return !Objects.equals(grade, recheckedGrade);
    }

    public boolean totalChanged() {
        return total == null ? rechecked != null : rechecked == null || total.compareTo(rechecked) != 0;
    }

    /** Anything would change: the total, the grade or a finding. */
    public boolean changed() {
        return gradeChanged() || totalChanged() || !added.isEmpty() || !vanished.isEmpty();
    }

    /** The rechecked total less the stored one, or null where one is missing. */
    public BigDecimal difference() {
        return total == null || rechecked == null ? null : rechecked.subtract(total);
    }
}
