package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import jixiao.shared.ScoreSum;

/**
 * The weights of a table's rows summed by 一级指标 (its rule-set stem, in the order the table first names it). A
 * table has three or four 一级指标 and about ten rows: two small arrays instead of a map, and a row whose 一级指标
 * reads like the row before it reuses that row's stem.
 */
final class Level1Weights {
    private final String[] stems;
    private final BigDecimal[] sums;
    private final int count;
    private final BigDecimal total;

    private Level1Weights(String[] stems, BigDecimal[] sums, int count, BigDecimal total) {
        this.stems = stems;
        this.sums = sums;
        this.count = count;
        this.total = total;
    }

    static Level1Weights of(List<IndicatorAssessment> rows, RuleSet rules) {
        String[] stems = new String[rows.size()];
        ScoreSum[] rowSums = new ScoreSum[rows.size()];
        int count = 0;
        String previousName = null;
        String stem = null;
        String[] keys = null; // taken out of the rule set's map once a table, not for each 一级指标
        for (IndicatorAssessment row : rows) {
            String name = row.indicator().level1();
            if (stem == null || !sameText(name, previousName)) {
                if (keys == null) {
                    keys = rules.level1Weights().keySet().toArray(new String[0]);
                }
                stem = stem(name, keys);
                previousName = name;
            }
            int at = indexOf(stems, count, stem);
            if (at < 0) {
                stems[count] = stem;
                at = count++;
                rowSums[at] = new ScoreSum();
            }
            rowSums[at].add(row.indicator().weight(), row.score().weight());
        }
        BigDecimal[] sums = new BigDecimal[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < count; k++) {
            sums[k] = rowSums[k].value();
            total = total.add(sums[k]); // the total from the few sums, not row by row
        }
        return new Level1Weights(stems, sums, count, total);
    }

    /**
     * The rule set's key for a 一级指标 name ("产出指标" → "产出"), or the name itself when none fits; the keys are the
     * rule set's, taken out of its map once a table, in the order the map gives them.
     */
    static String stem(String level1, String[] keys) {
        String name = ChineseText.normalize(level1);
        for (String key : keys) {
            if (name.contains(key)) {
                return key;
            }
        }
        return name.isEmpty() ? "（空）" : name;
    }

    private static boolean sameText(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int indexOf(String[] stems, int count, String stem) {
        for (int i = 0; i < count; i++) {
            if (stems[i].equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /** The sum of every row's weight (预算执行率 not included). */
    BigDecimal total() {
        return total;
    }

    /**
     * How the sums differ from the rule set's 一级指标 weights, in words; a new list the caller may add to. Weights
     * have two decimals, so a sum compares with the rule's {@link Points} as the Points made from it would.
     */
    List<String> differences(RuleSet rules) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Points expected = rules.level1Weights().get(stems[i]);
            if (expected == null) {
                differences.add("“" + stems[i] + "”不在规则集“" + rules.name() + "”的一级指标中");
            } else if (expected.value().compareTo(sums[i]) != 0) {
                differences.add(stems[i] + "指标 " + Points.of(sums[i]) + " 分（规定 " + expected + " 分）");
            }
        }
        for (Map.Entry<String, Points> entry : rules.level1Weights().entrySet()) {
            if (indexOf(stems, count, entry.getKey()) < 0) {
                differences.add("缺少" + entry.getKey() + "指标（规定 " + entry.getValue() + " 分）");
            }
        }
        return differences;
    }
}
