package jixiao.scoring.rule;

import jixiao.scoring.RuleSet;
import jixiao.scoring.value.ChineseText;
import org.jspecify.annotations.Nullable;

/** The 一级指标 a row counts under, by the rule set's names for them ("产出指标" is 产出, "成本指标" is 成本 in 101号). */
public final class Level1 {
    private Level1() {}

    /** The rule set's name for a printed 一级指标, or the printed name itself where none fits ("（空）" for none). */
    public static String of(@Nullable String level1, RuleSet rules) {
        String name = ChineseText.normalize(level1);
        for (String key : rules.level1Weights().keySet()) {
            if (name.contains(key)) {
                return key;
            }
        }
        return name.isEmpty() ? "（空）" : name;
    }
}
