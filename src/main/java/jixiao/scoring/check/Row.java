package jixiao.scoring.check;

import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * One 绩效指标 row as the row checks read it: the table it is in, the row scored by its rule and its claimed score.
 */
final class Row {
    private final ProjectTable table;
    private final IndicatorAssessment assessment;
    private final @Nullable Points claimed;
    private @Nullable Boolean disagrees; // computed when first asked for

    Row(ProjectTable table, IndicatorAssessment assessment, @Nullable Points claimed) {
        this.table = table;
        this.assessment = assessment;
        this.claimed = claimed;
    }

    ProjectTable table() {
        return table;
    }

    IndicatorAssessment assessment() {
        return assessment;
    }

    Indicator indicator() {
        return assessment.indicator();
    }

    IndicatorScore score() {
        return assessment.score();
    }

    /** The claimed score, or null where none was printed. */
    @Nullable
    Points claimed() {
        return claimed;
    }

    /**
     * Whether the claimed score, inside 0～分值, disagrees with the score a rule computed, beyond the rule set's
     * tolerance: asked by the four checks that tell why, computed once.
     */
    boolean disagrees() {
        Boolean known = disagrees;
        if (known == null) {
            known = RowChecks.disagrees(this);
            disagrees = known;
        }
        return known;
    }

    /** The claimed score where it {@link #disagrees()} with the rule's, else null. */
    @Nullable
    Points disagreeingClaim() {
        return disagrees() ? claimed : null;
    }

    /** Where a finding about the row goes. */
    Locate at() {
        return new Locate(table.project().name(), indicator().name());
    }

    /** Whether the row says why it deviates (偏差原因分析及改进措施). */
    boolean hasReason() {
        return !Texts.isBlank(indicator().deviationReason());
    }
}
