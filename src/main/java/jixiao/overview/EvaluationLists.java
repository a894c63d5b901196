package jixiao.overview;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
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

    public EvaluationLists(
            ListStore store,
            UnitRevisions revisions,
            EvaluationAccess access,
            @Value("${jixiao.review.gap-threshold:10}") BigDecimal gapThreshold) {
        this.store = store;
        this.access = access;
        this.gapThreshold = gapThreshold;
        this.revisions = revisions;
    }

    /** One page of what the user may see, as the query filters and orders it. */
    public ListPage page(Account who, ListQuery query) {
        Reach reach = reach(who);
        GapRule gaps = gaps();
        // each kept until a unit of the user's scope changes (UnitRevisions): the bureau's lists span 100,000 rows
        List<ListRow> rows =
                revisions.of(reach.scope(), new Rows(reach, query, gaps), () -> store.page(reach, query, gaps));
        return new ListPage(rows, count(reach, query, gaps), query);
    }

    /** How many rows a query matches, whatever its page and order. */
    long count(Reach reach, ListQuery query, GapRule gaps) {
        ListQuery any = query.onPage(1);
        if (any.copied()) {
            // a copy depends on the other evaluation too, of another unit: counted over the whole scope
            return revisions.of(reach.scope(), new Count(reach, any, gaps), () -> store.count(reach, any, gaps));
        }
        // each unit's count kept until that unit changes: after a save only the saving unit is counted again
        Scope units = any.unitId() == null ? reach.scope() : Scope.unit(any.unitId());
        return revisions
                .ofEachUnit(
                        units,
                        new UnitCount(any, gaps, reach.sentToBureauOnly(), reach.todo()),
                        0L,
                        changed -> store.counts(reach, any, gaps, changed))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Every row the query matches, in its order, one at a time (an export). */
    public void each(Account who, ListQuery query, Consumer<ListRow> out) {
        store.each(reach(who), query, gaps(), out);
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

    GapRule gaps() {
        return new GapRule(gapThreshold);
    }
}
