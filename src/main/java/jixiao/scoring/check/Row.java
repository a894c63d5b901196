package jixiao.scoring.check;

import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.shared.Points;

/**
 * One 绩效指标 row as the row checks read it: the table it is in, the row scored by its rule and its claimed score.
 */
final class Row {
    private final ProjectTable table;
    private final IndicatorAssessment assessment;
    private final Points claimed;
    private Boolean disagrees;

    Row(ProjectTable table, IndicatorAssessment assessment, Points claimed) {
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
    Points claimed() {
        return claimed;
    }

    /**
     * Whether the claimed score, inside 0～分值, disagrees with the score a rule computed, beyond the rule set's
     * tolerance: asked by the four checks that tell why, computed once.
     */
    boolean disagrees() {
        if (disagrees == null) {
            disagrees = RowChecks.disagrees(this);
        }
        return disagrees;
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
