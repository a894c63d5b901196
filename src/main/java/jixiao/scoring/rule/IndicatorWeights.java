package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Indicator;
import jixiao.scoring.RuleSet;
import jixiao.scoring.RuleSet.NotApplicable;
import jixiao.scoring.RuleSet.UnprintedWeights;
import jixiao.shared.Points;

/**
 * The weight each row of a table is scored on. As printed, unless the rule set says otherwise:
 *
 * <ul>
 *   <li>a row that prints no 分值, in a layout that prints weights only for the 一级指标 ({@link
 *       UnprintedWeights#SHARED_WITHIN_LEVEL1}): its 一级指标's weight in the rule set, less the weights the other rows
 *       of that 一级指标 print, shared evenly by the rows that print none;
 *   <li>a row marked 不适用 with a reason, where the set admits the mark: it is not scored, and its weight goes to the
 *       other rows of its 一级指标 ({@link NotApplicable#WITHIN_LEVEL1}; to all other rows where its 一级指标 has no
 *       other) or of the table ({@link NotApplicable#ACROSS_INDICATORS}), in proportion to their weights.
 * </ul>
 *
 * Shares are in hundredths of a point, the remainder given by the largest remainders, so that the weights still add
 * up to what they did.
 *
 * @param weights each row's weight, or null where it has none (printed none and the set gives none)
 * @param excluded for each row, whether it is left out as 不适用
 * @param notes what the table as a whole is told (the weights the set gave, where the 不适用 weights went)
 */
public record IndicatorWeights(List<Points> weights, List<Boolean> excluded, List<Note> notes) {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    public IndicatorWeights {
        weights = java.util.Collections.unmodifiableList(new ArrayList<>(weights)); // a weight may be null
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }

    /** Whether the row is left out as 不适用: marked with a reason, and the rule set admits the mark. */
    public static boolean isExcluded(Indicator indicator, RuleSet rules) {
        return rules.notApplicable() != NotApplicable.NOT_ADMITTED
                && indicator.notApplicable() != null
                && indicator.notApplicable().hasReason();
    }

    public static IndicatorWeights of(List<Indicator> rows, RuleSet rules) {
        int n = rows.size();
        List<Points> weights = new ArrayList<>(n);
        List<Boolean> excluded = new ArrayList<>(n);
        boolean anyUnprinted = false;
        boolean anyExcluded = false;
        for (Indicator row : rows) {
            weights.add(row.weight() == null ? null : Points.of(row.weight()));
            boolean out = isExcluded(row, rules);
            excluded.add(out);
            anyUnprinted |= row.weight() == null;
            anyExcluded |= out;
        }
        List<Note> notes = new ArrayList<>();
        if (!anyUnprinted && !anyExcluded) {
            return new IndicatorWeights(weights, excluded, notes); // the usual table: every weight printed
        }
        List<String> stems = new ArrayList<>(n);
        for (Indicator row : rows) {
            stems.add(Level1.of(row.level1(), rules));
        }
        if (anyUnprinted && rules.unprintedWeights() == UnprintedWeights.SHARED_WITHIN_LEVEL1) {
            share(rows, stems, weights, rules, notes);
        }
        if (anyExcluded) {
            redistribute(rows, stems, weights, excluded, rules, notes);
        }
        return new IndicatorWeights(weights, excluded, notes);
    }

    /** Each 一级指标's weight, less what its rows print, shared evenly by its rows that print none. */
    private static void share(
            List<Indicator> rows, List<String> stems, List<Points> weights, RuleSet rules, List<Note> notes) {
        Map<String, List<Integer>> unprinted = new LinkedHashMap<>();
        Map<String, BigDecimal> printed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).weight() == null) {
                unprinted
                        .computeIfAbsent(stems.get(i), stem -> new ArrayList<>())
                        .add(i);
            } else {
                printed.merge(stems.get(i), weights.get(i).value(), BigDecimal::add);
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> group : unprinted.entrySet()) {
            Points level1 = rules.level1Weights().get(group.getKey());
            if (level1 == null) {
                continue; // a 一级指标 the rule set does not name: nothing to share, the weights stay missing
            }
            BigDecimal left = level1.value()
                    .subtract(printed.getOrDefault(group.getKey(), BigDecimal.ZERO))
                    .max(BigDecimal.ZERO);
            List<Integer> indices = group.getValue();
            List<BigDecimal> shares =
                    inCents(left, indices.stream().map(i -> BigDecimal.ONE).toList());
            for (int k = 0; k < indices.size(); k++) {
                weights.set(indices.get(k), Points.of(shares.get(k)));
            }
            parts.add(group.getKey() + "指标 " + Points.of(left) + " 分由未印分值的 " + indices.size() + " 个指标平分");
        }
        if (!parts.isEmpty()) {
            notes.add(new Note(
                    RuleNotes.WEIGHTS_SHARED, "自评表未印部分指标的分值，按规则集“" + rules.name() + "”分配：" + String.join("；", parts)));
        }
    }

    /** The weights of the rows left out as 不适用 given to the others, as the rule set says. */
    private static void redistribute(
            List<Indicator> rows,
            List<String> stems,
            List<Points> weights,
            List<Boolean> excluded,
            RuleSet rules,
            List<Note> notes) {
        Map<String, BigDecimal> freed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (excluded.get(i)) {
                BigDecimal weight = weights.get(i) == null
                        ? BigDecimal.ZERO
                        : weights.get(i).value();
                String group = rules.notApplicable() == NotApplicable.WITHIN_LEVEL1 ? stems.get(i) : "";
                freed.merge(group, weight, BigDecimal::add);
                weights.set(i, Points.ZERO);
            }
        }
        for (Map.Entry<String, BigDecimal> group : freed.entrySet()) {
            List<Integer> recipients = recipients(rows, stems, weights, excluded, group.getKey());
            String to = group.getKey().isEmpty() ? "其他指标" : "“" + group.getKey() + "”下的其他指标";
            if (recipients.isEmpty() && !group.getKey().isEmpty()) {
                recipients = recipients(rows, stems, weights, excluded, "");
                to = "其他指标（“" + group.getKey() + "”下没有其他指标）";
            }
            if (recipients.isEmpty()) {
                notes.add(new Note(
                        RuleNotes.NOT_APPLICABLE_EXCLUDED,
                        "不适用指标的 " + Points.of(group.getValue()) + " 分无其他指标可分配，总分满分相应减少"));
                continue;
            }
            List<BigDecimal> by = new ArrayList<>();
            for (int i : recipients) {
                by.add(weights.get(i).value());
            }
            if (by.stream().allMatch(w -> w.signum() == 0)) {
                by.replaceAll(w -> BigDecimal.ONE);
            }
            List<BigDecimal> shares = inCents(group.getValue(), by);
            for (int k = 0; k < recipients.size(); k++) {
                int i = recipients.get(k);
                weights.set(i, Points.of(weights.get(i).value().add(shares.get(k))));
            }
            notes.add(new Note(
                    RuleNotes.NOT_APPLICABLE_EXCLUDED,
                    "不适用指标的 " + Points.of(group.getValue()) + " 分按规则集“" + rules.name() + "”按分值比例分配给" + to + "（"
                            + recipients.size() + " 个）"));
        }
    }

    /** The rows (of the group, or of the table for "") that are scored and have a weight. */
    private static List<Integer> recipients(
            List<Indicator> rows, List<String> stems, List<Points> weights, List<Boolean> excluded, String group) {
        List<Integer> recipients = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!excluded.get(i)
                    && weights.get(i) != null
                    && (group.isEmpty() || stems.get(i).equals(group))) {
                recipients.add(i);
            }
        }
        return recipients;
    }

    /**
     * An amount shared in proportion to the given parts, each share in hundredths of a point: each takes its exact
     * share rounded down, and the hundredths left go one each to the largest remainders (the earlier row first where
     * equal), so that the shares add up to the amount.
     */
    static List<BigDecimal> inCents(BigDecimal amount, List<BigDecimal> parts) {
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long cents = amount.movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
        List<BigDecimal> shares = new ArrayList<>(parts.size());
        List<BigDecimal> remainders = new ArrayList<>(parts.size());
        long given = 0;
        for (BigDecimal part : parts) {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(part).divide(total, 10, RoundingMode.DOWN);
            long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            shares.add(BigDecimal.valueOf(whole));
            remainders.add(exact.subtract(BigDecimal.valueOf(whole)));
            given += whole;
        }
        for (long left = cents - given; left > 0; left--) {
            int largest = 0;
            for (int k = 1; k < remainders.size(); k++) {
                if (remainders.get(k).compareTo(remainders.get(largest)) > 0) {
                    largest = k;
                }
            }
            shares.set(largest, shares.get(largest).add(BigDecimal.ONE));
            remainders.set(largest, BigDecimal.valueOf(-1));
        }
        shares.replaceAll(share -> share.multiply(CENT));
        return shares;
    }
}
