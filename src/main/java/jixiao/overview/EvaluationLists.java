package jixiao.overview;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Scope;
import jixiao.evaluation.UnitRevisions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of evaluations for every role, searched, filtered, sorted and paged in the database: a unit's staff see
 * their unit's evaluations of every kind and state, a finance bureau what its region's units sent to it, 管理员 all;
 * and what waits for each (待办).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationLists {

    private final ListStore store;
    private final EvaluationAccess access;
    private final BigDecimal gapThreshold;
    private final UnitRevisions revisions;
    private final Regions regions;

    public EvaluationLists(
            ListStore store,
            UnitRevisions revisions,
            EvaluationAccess access,
            Regions regions,
            @Value("${jixiao.review.gap-threshold:10}") BigDecimal gapThreshold) {
        this.regions = regions;
        this.store = store;
        this.access = access;
        this.gapThreshold = gapThreshold;
        this.revisions = revisions;
    }

    /** One page of what the user may see, as the query filters and orders it. */
    public ListPage page(Account who, ListQuery query) {
        Reach reach = reach(who, query);
        GapRule gaps = gaps();
        // each kept until a unit of the user's scope changes (UnitRevisions): the bureau's lists span 100,000 rows
        List<ListRow> rows = revisions.of(reach.scope(), new Rows(reach, query, gaps), () -> rows(reach, query, gaps));
        return new ListPage(rows, count(reach, query, gaps), query);
    }

    /**
     * The rows of a page. In the default order a year's rows come unit by unit (by the units' names), so the units'
     * counts (kept per unit) tell which units the page falls on, and only their rows are read and sorted: after a
     * save, H2 sorted every row of the year again for each page (seconds at 100,000 projects).
     */
    private List<ListRow> rows(Reach reach, ListQuery query, GapRule gaps) {
        if (query.sort() != null || query.year() == null || query.copied()) {
            return store.page(reach, query, gaps);
        }
        Map<Long, Long> counts = counts(reach, query, gaps);
        long from = (long) (query.page() - 1) * query.size();
        long to = from + query.size();
        long before = 0;
        long skipped = 0;
        Set<Long> units = new HashSet<>();
        // units of one name are one block: the order mixes their rows
        for (List<Long> block : store.unitsByName(reach.scope())) {
            long rows = block.stream()
                    .mapToLong(unit -> counts.getOrDefault(unit, 0L))
                    .sum();
            if (rows > 0 && before + rows > from) {
                if (units.isEmpty()) {
                    skipped = before;
                }
                units.addAll(block);
            }
            before += rows;
            if (before >= to) {
                break;
            }
        }
        return units.isEmpty() ? List.of() : store.page(reach, query, gaps, units, from - skipped);
    }

    /** How many rows a query matches, whatever its page and order. */
    long count(Reach reach, ListQuery query, GapRule gaps) {
        if (query.copied()) {
            // a copy depends on the other evaluation too, of another unit: counted over the whole scope
            ListQuery any = query.onPage(1);
            return revisions.of(reach.scope(), new Count(reach, any, gaps), () -> store.count(reach, any, gaps));
        }
        return counts(reach, query, gaps).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** How many rows a query matches in each unit, by unit id (not one of a copied text: see {@link #count}). */
    private Map<Long, Long> counts(Reach reach, ListQuery query, GapRule gaps) {
        ListQuery any = query.onPage(1);
        // each unit's count kept until that unit changes: after a save only the saving unit is counted again
        Scope units = any.unitId() == null ? reach.scope() : Scope.unit(any.unitId());
        return revisions.ofEachUnit(
                units,
                new UnitCount(any, gaps, reach.sentToBureauOnly(), reach.todo()),
                0L,
                changed -> store.counts(reach, any, gaps, changed));
    }

    /** Every row the query matches, in its order, one at a time (an export). */
    public void each(Account who, ListQuery query, Consumer<ListRow> out) {
        store.each(reach(who, query), query, gaps(), out);
    }

    /** The years the user has evaluations of, latest first. */
    public List<Integer> years(Account who) {
        return years(reach(who));
    }

    /** The years the reach has evaluations of, latest first. */
    List<Integer> years(Reach reach) {
        // each unit's years kept until that unit changes
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        revisions
                .ofEachUnit(
                        reach.scope(),
                        new UnitYears(reach.sentToBureauOnly()),
                        List.<Integer>of(),
                        changed -> store.years(reach, changed))
                .values()
                .forEach(years::addAll);
        return List.copyOf(years);
    }

    /** How many evaluations wait for the user: its 待办. */
    public long todo(Account who) {
        Reach reach = reach(who);
        return reach.todo().isEmpty() ? 0 : count(reach, ListQuery.waiting(), gaps());
    }

    /** What a page, a count, the years and the 待办 are computed from besides the scope's evaluations. */
    private record Rows(Reach reach, ListQuery query, GapRule gaps) {}

    private record Count(Reach reach, ListQuery query, GapRule gaps) {}

    /** What a unit's count is computed from besides its evaluations (the same for every user who reaches it). */
    private record UnitCount(ListQuery query, GapRule gaps, boolean sentToBureauOnly, List<EvaluationStatus> todo) {}

    private record UnitYears(boolean sentToBureauOnly) {}

    private Reach reach(Account who) {
        return Reach.of(who, access.scope(who));
    }

    /** The user's reach, narrowed to the query's region (a bureau's city or county) where it names one. */
    private Reach reach(Account who, ListQuery query) {
        return Reach.of(who, regions.narrowed(access.scope(who), query.regionId()));
    }

    GapRule gaps() {
        return new GapRule(gapThreshold);
    }
}
