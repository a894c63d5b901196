package jixiao.rules;

import java.util.List;
import jixiao.interchange.RuleSetProblem;

/**
 * A rule set the system does not take, with every problem found: each names the field (its JSON path and Chinese
 * name) and the value, for the form to show beside the field.
 */
public final class RuleSetRefused extends RuntimeException {

    private final List<RuleSetProblem> problems;

    public RuleSetRefused(List<RuleSetProblem> problems) {
        super(problems.isEmpty() ? "规则集未保存" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }

    /** The first problem's path ($.level1Weights for weights that do not add up to 100). */
    public String field() {
        return problems.isEmpty() ? "" : problems.get(0).path();
    }
}
