package jixiao.scoring.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.Indicator;
import jixiao.scoring.RuleSet;
import jixiao.scoring.value.Comparator;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.ParsedValue;
import jixiao.scoring.value.ParsedValue.Blank;
import jixiao.scoring.value.ParsedValue.Composite;
import jixiao.scoring.value.ParsedValue.NotApplicable;
import jixiao.scoring.value.ParsedValue.Qualitative;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.scoring.value.ParsedValue.Timing;
import jixiao.scoring.value.ParsedValue.Unreadable;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * Scores one indicator by the rule its 年度指标值 calls for (domain.md §2). Pure: the same indicator, values and
 * context always give the same score.
 */
public final class IndicatorScorer {

    private final ScoringContext context;

    public IndicatorScorer(ScoringContext context) {
        this.context = context;
    }

    /** A row scored on the weight it prints. */
    public IndicatorScore score(Indicator indicator, ParsedValue target, ParsedValue actual) {
        Points printed = indicator.weight() == null ? null : Points.of(indicator.weight());
        return score(indicator, printed, false, target, actual);
    }

    /**
     * A row scored on the weight the rule set gives it ({@link IndicatorWeights}: null where it has none), or left
     * out as 不适用 ({@code excluded}).
     */
    public IndicatorScore score(
            Indicator indicator, @Nullable Points weight, boolean excluded, ParsedValue target, ParsedValue actual) {
        Indicator.NotApplicable mark = indicator.notApplicable();
        if (excluded && mark != null) { // IndicatorWeights leaves out only a row marked 不适用, with a reason
            Points printed = indicator.weight() == null ? null : Points.of(indicator.weight());
            return new IndicatorScore(
                    IndicatorKind.NOT_APPLICABLE,
                    target,
                    actual,
                    Points.ZERO,
                    Points.ZERO,
                    Attainment.UNKNOWN,
                    new Explanation.Excluded(mark.reason() == null ? "" : mark.reason(), printed),
                    true,
                    null,
                    null,
                    List.of());
        }
        Row row = new Row(indicator, target, actual, weight == null ? Points.ZERO : weight, claimedOf(indicator));
        if (mark != null) {
            row.note(
                    context.rules().notApplicable() == RuleSet.NotApplicable.NOT_ADMITTED
                            ? new Note(
                                    RuleNotes.NOT_APPLICABLE_NOT_ADMITTED,
                                    "本行标为不适用，规则集“" + context.rules().name() + "”不允许不适用指标，按所填数值计分")
                            : new Note(RuleNotes.NOT_APPLICABLE_UNEXPLAINED, "本行标为不适用，却没有说明理由，按所填数值计分"));
        }
        if (weight == null) {
            row.note(new Note(RuleNotes.WEIGHT_MISSING, "没有填写分值"));
        }
        if (target instanceof Quantity q) {
            return quantity(row, q);
        }
        if (target instanceof Composite c) {
            return composite(row, c);
        }
        if (target instanceof Timing t) {
            return timing(row, t);
        }
        if (target instanceof Qualitative q) {
            return qualitative(row, q);
        }
        if (target instanceof NotApplicable n) {
            return kept(row, IndicatorKind.NOT_APPLICABLE, "年度指标值为“" + n.text() + "”（不适用）");
        }
        if (target instanceof Unreadable u) {
            row.note(new Note(RuleNotes.TARGET_UNREADABLE, "年度指标值“" + u.text() + "”无法识别：" + u.reason()));
            return kept(row, IndicatorKind.UNSCORABLE, "年度指标值“" + u.text() + "”无法识别");
        }
        row.note(new Note(RuleNotes.TARGET_MISSING, "没有填写年度指标值"));
        return kept(row, IndicatorKind.UNSCORABLE, "年度指标值为空");
    }

    private static @Nullable Points claimedOf(Indicator indicator) {
        return indicator.claimedScore() == null ? null : Points.of(indicator.claimedScore());
    }

    /** One row being scored, with what the rules note about its values. */
    private static final class Row {
        final Indicator indicator;
        final ParsedValue target;
        final ParsedValue actual;
        final Points weight;
        final @Nullable Points claimed;
        private final List<Note> notes = new ArrayList<>();

        Row(Indicator indicator, ParsedValue target, ParsedValue actual, Points weight, @Nullable Points claimed) {
            this.indicator = indicator;
            this.target = target;
            this.actual = actual;
            this.weight = weight;
            this.claimed = claimed;
        }

        void note(Note note) {
            notes.add(note);
        }

        /** The notes so far (none, for most rows). */
        List<Note> notes() {
            return notes.isEmpty() ? List.of() : notes;
        }

        String targetText() {
            return target.text();
        }

        String actualText() {
            return actual.text() == null ? "" : actual.text();
        }

        boolean isCost() {
            return indicator.isCost();
        }

        IndicatorScore scored(IndicatorKind kind, Points score, Attainment attainment, Explanation why) {
            return new IndicatorScore(kind, target, actual, weight, score, attainment, why, true, null, null, notes());
        }
    }

    private static IndicatorKind kindOf(Quantity target, boolean cost) {
        Comparator comparator = target.comparator();
        if (comparator.isPositive()) {
            return IndicatorKind.POSITIVE;
        }
        if (comparator.isReverse()) {
            return IndicatorKind.REVERSE;
        }
        if (comparator == Comparator.EQUAL) {
            return IndicatorKind.EQUAL;
        }
        Dimension dimension = target.measureUnit().dimension();
        boolean amount = dimension == Dimension.NONE || dimension == Dimension.MONEY;
        return cost && amount ? IndicatorKind.REVERSE : IndicatorKind.POSITIVE;
    }

    private IndicatorScore quantity(Row row, Quantity target) {
        IndicatorKind kind = kindOf(target, row.isCost());
        ParsedValue actual = row.actual;
        if (actual instanceof Quantity q) {
            return measured(row, kind, target, q);
        }
        if (actual instanceof Qualitative word) {
            return wordForNumber(row, kind, word);
        }
        if (actual instanceof Unreadable u) {
            return unreadableActual(row, kind, u);
        }
        if (actual instanceof Composite c) {
            return mismatch(row, kind, "实际完成值“" + c.text() + "”含多个数值，指标值只有一个");
        }
        if (actual instanceof Timing t) {
            // "≥365天" against "365天": a span of time read as a time is still the quantity the target counts
            Quantity span = t.asQuantity();
            if (span != null && target.measureUnit().dimension() == Dimension.DURATION) {
                return measured(row, kind, target, span);
            }
            return mismatch(row, kind, "指标值“" + target.text() + "”是数量，实际完成值“" + t.text() + "”是时间");
        }
        return missingActual(row, kind);
    }

    private IndicatorScore measured(Row row, IndicatorKind kind, Quantity target, Quantity actual) {
        Quantity asPercent = Fractions.asPercentAgainst(actual, target);
        if (asPercent != null) {
            row.note(new Note(
                    RuleNotes.FRACTION_READ_AS_PERCENT,
                    "实际完成值“" + actual.text() + "”没有写“%”，按 " + Decimals.plain(asPercent.number()) + "% 与指标值“"
                            + target.text() + "”比较"));
            actual = asPercent;
        } else if ((asPercent = Fractions.asPercentAgainst(target, actual)) != null) {
            row.note(new Note(
                    RuleNotes.FRACTION_READ_AS_PERCENT,
                    "年度指标值“" + target.text() + "”没有写“%”，按 " + Decimals.plain(asPercent.number()) + "% 与实际完成值“"
                            + actual.text() + "”比较"));
            target = asPercent;
        }
        Measurement measurement = Measurement.of(target, actual, row.isCost(), context.moneyUnit());
        if (measurement instanceof Measurement.Incomparable incomparable) {
            return mismatch(row, kind, incomparable.reason());
        }
        IndicatorScore scored = rule(kind, row.target, row.actual, (Achievement) measurement, row.weight, row.notes());
        return DeviationRule.apply(scored, row.indicator, context.rules().deviation());
    }

    /** The score by the quantitative rule of the kind, with the values as printed and the notes so far. */
    private IndicatorScore rule(
            IndicatorKind kind,
            ParsedValue target,
            ParsedValue actual,
            Achievement values,
            Points weight,
            List<Note> notes) {
        if (kind == IndicatorKind.REVERSE) {
            return QuantitativeRules.reverse(
                    target, actual, values, weight, context.rules().reverseFormula(), notes);
        }
        if (kind == IndicatorKind.EQUAL) {
            return QuantitativeRules.equal(target, actual, values, weight, notes);
        }
        return QuantitativeRules.positive(kind, target, actual, values, weight, notes);
    }

    private IndicatorScore composite(Row row, Composite target) {
        IndicatorKind kind = IndicatorKind.POSITIVE;
        if (!(row.actual instanceof Composite actual)
                || actual.parts().size() != target.parts().size()) {
            if (row.actual instanceof Blank || row.actual instanceof NotApplicable) {
                return missingActual(row, kind);
            }
            return mismatch(
                    row,
                    kind,
                    "指标值“" + target.text() + "”含 " + target.parts().size() + " 个数值，实际完成值“" + row.actualText()
                            + "”无法逐项对应");
        }
        @Nullable IndicatorScore worst = null;
        for (int i = 0; i < target.parts().size(); i++) {
            Measurement m =
                    Measurement.of(target.parts().get(i), actual.parts().get(i), row.isCost(), context.moneyUnit());
            if (m instanceof Measurement.Incomparable incomparable) {
                return mismatch(row, kind, incomparable.reason());
            }
            IndicatorScore part = rule(kind, row.target, row.actual, (Achievement) m, row.weight, row.notes());
            if (worst == null || part.score().isLessThan(worst.score())) {
                worst = part;
            }
        }
        // a composite value has two parts or more (Composite), so the loop found one
        return Objects.requireNonNull(worst, "composite part");
    }

    private IndicatorScore timing(Row row, Timing target) {
        IndicatorKind kind = IndicatorKind.TIMELINESS;
        ParsedValue value = row.actual;
        if (value instanceof Timing actual) {
            Attainment attainment = TimelinessRule.attainment(target, actual, context.fiscalYear());
            if (attainment == Attainment.MET) {
                return row.scored(
                        kind,
                        row.weight,
                        Attainment.MET,
                        new Explanation.OnTime(actual.text(), target.text(), row.weight));
            }
            if (attainment == Attainment.MISSED) {
                return late(row, target, actual);
            }
            return mismatch(row, kind, "指标值“" + target.text() + "”与实际完成值“" + actual.text() + "”一个是日期、一个是时长");
        }
        if (value instanceof Qualitative word) {
            if (QualitativeWords.saysDone(word.word())) {
                row.note(new Note(
                        RuleNotes.ACTUAL_WITHOUT_TIME,
                        "时效指标的实际完成值“" + word.text() + "”没有写明完成时间，无法核对是否在“" + target.text() + "”内完成"));
                return kept(row, kind, "实际完成值没有写明时间");
            }
            return mismatch(row, kind, "指标值“" + target.text() + "”是时间，实际完成值“" + word.text() + "”不是");
        }
        if (value instanceof Unreadable u) {
            return unreadableActual(row, kind, u);
        }
        if (value instanceof Quantity || value instanceof Composite) {
            return mismatch(row, kind, "指标值“" + target.text() + "”是时间，实际完成值“" + value.text() + "”是数量，无法判断是否按时完成");
        }
        return missingActual(row, kind);
    }

    /** Late: 达成 is ruled out, so the score is at most the top of 部分达成; a claimed score below that stands. */
    private IndicatorScore late(Row row, Timing target, Timing actual) {
        Points highest = Tier.PARTIAL.highest(row.weight, context.rules());
        Points score;
        if (row.claimed == null) {
            score = Tier.PARTIAL.lowest(row.weight, context.rules());
        } else if (row.claimed.isGreaterThan(highest)) {
            score = highest;
        } else {
            score = row.claimed.isNegative() ? Points.ZERO : row.claimed;
        }
        return row.scored(
                IndicatorKind.TIMELINESS,
                score,
                Attainment.MISSED,
                new Explanation.Late(actual.text(), target.text(), row.claimed, highest, score));
    }

    private IndicatorScore qualitative(Row row, Qualitative target) {
        if (QualitativeWords.isVague(target.word())) {
            row.note(vague(target));
        }
        IndicatorKind kind = IndicatorKind.QUALITATIVE;
        ParsedValue value = row.actual;
        Tier tier = null;
        if (value instanceof Qualitative word) {
            tier = QualitativeWords.tierOf(word.word(), target.word());
        } else if (value instanceof Quantity change) {
            tier = QualitativeWords.tierOfChange(change, target.word());
        } else if (value instanceof Timing t && t.completed()) {
            tier = Tier.ACHIEVED;
        } else if (value instanceof Unreadable u) {
            return unreadableActual(row, kind, u);
        } else if (value instanceof Blank || value instanceof NotApplicable) {
            return missingActual(row, kind);
        }
        if (tier != null) {
            return tiered(row, kind, tier, value.text());
        }
        boolean looksLikeScore = value instanceof Quantity q
                && (q.measureUnit().dimension() == Dimension.NONE
                        || q.measureUnit().dimension() == Dimension.PERCENT)
                && q.number().compareTo(row.weight.value()) == 0;
        row.note(new Note(
                RuleNotes.TIER_UNKNOWN,
                looksLikeScore
                        ? "实际完成值“" + value.text() + "”与分值 " + row.weight + " 相同，疑似把得分填进了实际完成值栏，没有说明完成情况"
                        : "实际完成值“" + value.text() + "”没有说明是否达成“" + target.text() + "”，无法判断档次"));
        return kept(row, kind, "无法判断档次");
    }

    /** A count or amount reported as a word: "一项" against "完成". */
    private IndicatorScore wordForNumber(Row row, IndicatorKind kind, Qualitative word) {
        Tier tier = QualitativeWords.tierOf(word.word(), "");
        if (tier == null) {
            row.note(new Note(
                    RuleNotes.ACTUAL_NOT_A_QUANTITY,
                    "实际完成值“" + word.text() + "”不是数量，无法与指标值“" + row.targetText() + "”比较"));
            return kept(row, kind, "实际完成值不是数量");
        }
        row.note(new Note(
                RuleNotes.ACTUAL_IN_WORDS,
                "实际完成值“" + word.text() + "”没有给出数量，按定性档次核对；应填写与“" + row.targetText() + "”可比的数值"));
        return tiered(row, kind, tier, word.text());
    }

    private static Note vague(Qualitative target) {
        return new Note(RuleNotes.VAGUE_TARGET, "年度指标值“" + target.text() + "”只说明方向，无法衡量是否完成；应写明可核验的数值或标准");
    }

    private IndicatorScore tiered(Row row, IndicatorKind kind, Tier tier, String actualText) {
        return tiered(kind, row.target, row.actual, row.weight, row.claimed, tier, actualText, row.notes());
    }

    private IndicatorScore tiered(
            IndicatorKind kind,
            ParsedValue target,
            ParsedValue actual,
            Points weight,
            @Nullable Points claimed,
            Tier tier,
            String actualText,
            List<Note> notes) {
        Points score = tier.place(claimed, weight, context.rules());
        Attainment attainment = tier == Tier.ACHIEVED ? Attainment.MET : Attainment.MISSED;
        return new IndicatorScore(
                kind,
                target,
                actual,
                weight,
                score,
                attainment,
                new Explanation.Tiered(tier, actualText, weight, context.rules(), claimed, score),
                true,
                tier,
                null,
                notes);
    }

    private IndicatorScore missingActual(Row row, IndicatorKind kind) {
        row.note(new Note(RuleNotes.ACTUAL_MISSING, "没有填写实际完成值"));
        return kept(row, kind, "实际完成值为空");
    }

    private IndicatorScore unreadableActual(Row row, IndicatorKind kind, Unreadable actual) {
        row.note(new Note(RuleNotes.ACTUAL_UNREADABLE, "实际完成值“" + actual.text() + "”无法识别：" + actual.reason()));
        return kept(row, kind, "实际完成值“" + actual.text() + "”无法识别");
    }

    private IndicatorScore mismatch(Row row, IndicatorKind kind, String reason) {
        row.note(new Note(RuleNotes.MEASURE_UNIT_MISMATCH, reason + "；无法按规则计分，得分沿用填报值"));
        return kept(row, kind, reason);
    }

    /** No rule can score the row: the claimed score stands (within 0 and the weight) and a finding says so. */
    private IndicatorScore kept(Row row, IndicatorKind kind, String reason) {
        Points score = row.claimed == null ? Points.ZERO : row.claimed;
        if (score.isNegative()) {
            score = Points.ZERO;
        } else if (score.isGreaterThan(row.weight)) {
            score = row.weight;
        }
        return new IndicatorScore(
                kind,
                row.target,
                row.actual,
                row.weight,
                score,
                Attainment.UNKNOWN,
                new Explanation.Kept(reason, row.claimed),
                false,
                null,
                null,
                row.notes());
    }
}
