package jixiao.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import jixiao.scoring.RuleSet;

/**
 * What a change of a region's rule set does to the evaluations it reaches: the drafts (not yet submitted, so not
 * frozen) of its region and the regions below, of the years the change is in force (its own and the later years it
 * carries over to). The evaluations live in {@code jixiao.evaluation}, which depends on this package and implements
 * this interface, so that the arrow between the two points one way.
 */
public interface DraftRescoring {

    /** The years a change reaches, both included ({@code to} {@link Integer#MAX_VALUE}: every later year). */
    record Years(int from, int to) {
        public boolean contains(int fiscalYear) {
            return fiscalYear >= from && fiscalYear <= to;
        }
    }

    /** The rule set of a region's evaluations of a year, as a change would make it. */
    @FunctionalInterface
    interface RulesOfRegion {
        RuleSet rules(long regionId, int fiscalYear);
    }

    /**
     * The drafts of those years in these regions, each scored with the rule set in force and with {@code rulesOf} (by
     * the evaluation's region and year), in the order of the list of evaluations.
     */
    List<Rescore> preview(Collection<Long> regionIds, Years years, RulesOfRegion rulesOf);

    /** Stores the drafts' scores as the rule sets now in force give them (for lists); how many were stored. */
    int rescore(Collection<Long> regionIds, Years years);

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
