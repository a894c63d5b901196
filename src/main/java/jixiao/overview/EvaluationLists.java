package jixiao.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationAccess;
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

    public EvaluationLists(
            ListStore store,
            EvaluationAccess access,
            @Value("${jixiao.review.gap-threshold:10}") BigDecimal gapThreshold) {
        this.store = store;
        this.access = access;
        this.gapThreshold = gapThreshold;
    }

    /** One page of what the user may see, as the query filters and orders it. */
    public ListPage page(Account who, ListQuery query) {
        Reach reach = reach(who);
        GapRule gaps = gaps();
        return new ListPage(store.page(reach, query, gaps), store.count(reach, query, gaps), query);
    }

    /** Every row the query matches, in its order, one at a time (an export). */
    public void each(Account who, ListQuery query, Consumer<ListRow> out) {
        store.each(reach(who), query, gaps(), out);
    }

    /** The years the user has evaluations of, latest first. */
    public List<Integer> years(Account who) {
        return store.years(reach(who));
    }

    /** How many evaluations wait for the user: its 待办. */
    public long todo(Account who) {
        return store.todo(reach(who));
    }

    private Reach reach(Account who) {
        return Reach.of(who, access.scope(who));
    }

    GapRule gaps() {
        return new GapRule(gapThreshold);
    }
}
