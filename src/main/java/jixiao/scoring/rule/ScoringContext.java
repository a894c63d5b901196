package jixiao.scoring.rule;

import java.util.Objects;
import jixiao.scoring.RuleSet;
import jixiao.shared.MoneyUnit;

/** What every rule may read: the fiscal year, the report's money unit and the rule set. Nothing else. */
public record ScoringContext(int fiscalYear, MoneyUnit moneyUnit, RuleSet rules) {
    public ScoringContext {
        Objects.requireNonNull(moneyUnit, "moneyUnit");
        Objects.requireNonNull(rules, "rules");
    }
}
