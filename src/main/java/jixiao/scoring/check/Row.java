package jixiao.scoring.check;

import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.shared.Points;

/**
 * One 绩效指标 row as the row checks read it: the table it is in, the row scored by its rule and its claimed score.
 *
 * @param claimed the claimed score converted once ({@link TableClaims}), or null where none was printed
 */
record Row(ProjectTable table, int index, IndicatorAssessment assessment, Points claimed) {

    Indicator indicator() {
        return assessment.indicator();
    }

    IndicatorScore score() {
        return assessment.score();
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
