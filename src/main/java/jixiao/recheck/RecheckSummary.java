package jixiao.recheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a re-check found across the region: how many evaluations change total or grade, the units where grades change
 * most, and the most frequent new findings by Chinese category.
 */
public record RecheckSummary(
        long units,
        long evaluations,
        long gradesChanged,
        long totalsChanged,
        long added,
        long vanished,
        List<UnitCount> unitsChanging,
        List<CategoryCount> newFindings) {

    /** Units and categories a summary names; the files list them all. */
    static final int LISTED = 10;

    public RecheckSummary {
        unitsChanging = List.copyOf(unitsChanging);
        newFindings = List.copyOf(newFindings);
    }

    /** A unit with the number of its evaluations whose grade changes. */
    public record UnitCount(String unit, String region, long gradesChanged, long totalsChanged) {}

    /** A category of new findings and how many there are. */
    public record CategoryCount(String code, String category, long count) {}

    /** Counts units as they are re-checked. */
    static final class Tally {
        private long units;
        private long evaluations;
        private long gradesChanged;
        private long totalsChanged;
        private long added;
        private long vanished;
        private final List<UnitCount> changing = new ArrayList<>();
        private final Map<String, Long> categories = new HashMap<>();

        void add(RecheckedUnit unit) {
            units++;
            evaluations += unit.evaluations().size();
            gradesChanged += unit.gradesChanged();
            totalsChanged += unit.totalsChanged();
            added += unit.added();
            vanished += unit.vanished();
            if (unit.gradesChanged() > 0 || unit.totalsChanged() > 0) {
                changing.add(new UnitCount(unit.name(), unit.region(), unit.gradesChanged(), unit.totalsChanged()));
                // only the leaders are kept: a region of thousands of units stays a short list
                changing.sort(LEADING);
                if (changing.size() > LISTED) {
                    changing.remove(changing.size() - 1);
                }
            }
            for (RecheckedEvaluation evaluation : unit.evaluations()) {
                for (FindingChange finding : evaluation.added()) {
                    categories.merge(finding.code(), 1L, Long::sum);
                }
            }
        }

        RecheckSummary summary() {
            List<CategoryCount> counts = new ArrayList<>();
            categories.forEach(
                    (code, count) -> counts.add(new CategoryCount(code, FindingChange.category(code), count)));
            counts.sort(
                    Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::code));
            return new RecheckSummary(
                    units,
                    evaluations,
                    gradesChanged,
                    totalsChanged,
                    added,
                    vanished,
                    changing,
                    counts.subList(0, Math.min(LISTED, counts.size())));
        }

        private static final Comparator<UnitCount> LEADING = Comparator.comparingLong(UnitCount::gradesChanged)
                .thenComparingLong(UnitCount::totalsChanged)
                .reversed();
    }
}
