package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.RuleSet;
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
            BigDecimal weight = row.score().weight().value();
            sums.merge(stem(row.indicator().level1(), rules), weight, BigDecimal::add);
            total = total.add(weight);
        }
        return new Level1Weights(sums, total);
    }

    /** The rule set's name for a 一级指标 ("产出指标" → "产出"), or the name itself where none fits. */
    static String stem(String level1, RuleSet rules) {
        String name = ChineseText.normalize(level1);
        for (String key : rules.level1Weights().keySet()) {
            if (name.contains(key)) {
                return key;
            }
        }
        return name.isEmpty() ? "（空）" : name;
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
