package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.Level1;
import jixiao.shared.Points;

/**
 * The weights of a table's rows summed by 一级指标: by the rule set's name for it ("产出指标" is 产出), in the order the
 * table first names it.
 */
record Level1Weights(Map<String, BigDecimal> sums, BigDecimal total) {

    static Level1Weights of(List<IndicatorAssessment> rows, RuleSet rules) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorAssessment row : rows) {
            // the weight as the table lays it out: as printed (a row marked 不适用 keeps it), else as the rule set gives
            // it
            BigDecimal weight = row.indicator().weight() != null
                    ? Points.of(row.indicator().weight()).value()
                    : row.score().weight().value();
            sums.merge(Level1.of(row.indicator().level1(), rules), weight, BigDecimal::add);
            total = total.add(weight);
        }
        return new Level1Weights(sums, total);
    }

    /**
     * How the sums differ from the rule set's 一级指标 weights, in words; a new list the caller may add to. Weights
     * have two decimals, so a sum compares with the rule's {@link Points} as the Points made from it would.
     */
    List<String> differences(RuleSet rules) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
            Points expected = rules.level1Weights().get(sum.getKey());
            if (expected == null) {
                differences.add("“" + sum.getKey() + "”不在规则集“" + rules.name() + "”的一级指标中");
            } else if (expected.value().compareTo(sum.getValue()) != 0) {
                differences.add(sum.getKey() + "指标 " + Points.of(sum.getValue()) + " 分（规定 " + expected + " 分）");
            }
        }
        for (Map.Entry<String, Points> entry : rules.level1Weights().entrySet()) {
            if (!sums.containsKey(entry.getKey())) {
                differences.add("缺少" + entry.getKey() + "指标（规定 " + entry.getValue() + " 分）");
            }
        }
        return differences;
    }
}
