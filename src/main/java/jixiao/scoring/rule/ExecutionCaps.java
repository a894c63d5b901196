package jixiao.scoring.rule;

import java.util.List;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/**
 * Caps on a project's total by its 预算执行率, as a table (一体化 self-evaluation manuals: 执行率 70–80 % → at most 89,
 * 60–70 % → 79, under 60 % → 69, under 50 % → 59). None in 财预〔2020〕10号; a rule set gives the table.
 */
public final class ExecutionCaps {
    private ExecutionCaps() {}

    /** A total after the cap: the total, and a note where the cap lowered it. */
    public record Capped(Points total, List<Note> notes) {}

    public static Capped apply(Points total, ExecutionScore execution, RuleSet rules) {
        Ratio rate = execution.rate();
        Points cap = rate == null ? null : rules.capAt(rate);
        if (cap == null || !total.isGreaterThan(cap)) {
            return new Capped(total, List.of());
        }
        return new Capped(
                cap,
                List.of(new Note(
                        RuleNotes.TOTAL_CAPPED,
                        "预算执行率 " + rate + "，按规则集“" + rules.name() + "”总分最高 " + cap + " 分：计算得 " + total + " 分，按 " + cap
                                + " 分计")));
    }
}
