package jixiao.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;
import jixiao.scoring.RuleSet;

/**
 * What a change of a region's rule set does to the evaluations it reaches: the drafts (not yet submitted, so not
 * frozen) of its region and the regions below. The evaluations live in {@code jixiao.evaluation}, which depends on
 * this package and implements this interface, so that the arrow between the two points one way.
 */
public interface DraftRescoring {

    /**
     * The drafts of the year in these regions, each scored with the rule set in force and with {@code rulesOfRegion}
     * (by the evaluation's region), in the order of the list of evaluations.
     */
    List<Rescore> preview(Collection<Long> regionIds, int fiscalYear, LongFunction<RuleSet> rulesOfRegion);

    /** Stores the drafts' scores as the rule sets now in force give them (for lists); how many were stored. */
    int rescore(Collection<Long> regionIds, int fiscalYear);

    /**
     * One draft before and after.
     *
     * @param kind {@code PROJECT} or {@code UNIT}
     * @param gradeBefore the grade's Chinese label (优, 良, 中, 差) or 未完成评分
     */
    record Rescore(
            long evaluationId,
            String kind,
            String unitName,
            String name,
            BigDecimal totalBefore,
            String gradeBefore,
            BigDecimal totalAfter,
            String gradeAfter) {

        public boolean changed() {
            return totalBefore.compareTo(totalAfter) != 0 || !gradeBefore.equals(gradeAfter);
        }

        public BigDecimal difference() {
            return totalAfter.subtract(totalBefore);
        }
    }
}
