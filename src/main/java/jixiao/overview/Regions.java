package jixiao.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.Scope;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions a finance bureau (or 管理员) can narrow its overview and lists to: its region and those below it, a
 * provincial bureau looking at one city, a city's at one county. A unit's staff have one unit and no choice.
 */
@Component
@Transactional(readOnly = true)
public class Regions {

    private final BudgetUnits units;

    public Regions(BudgetUnits units) {
        this.units = units;
    }

    /** The regions the user may choose, its own first, each after its parent; none where there is nothing to choose. */
    public List<Region> choices(Account who) {
        List<Region> all = units.regions();
        List<Region> choices = new ArrayList<>();
        if (who.role() == Role.BUREAU_REVIEWER && who.regionId() != null) {
            List<Long> reach = units.regionAndBelow(who.regionId());
            all.stream().filter(region -> region.id() == who.regionId()).forEach(choices::add);
            addBelow(who.regionId(), all, Set.copyOf(reach), choices);
        } else if (who.role() == Role.ADMINISTRATOR) {
            all.stream().filter(region -> region.parentId() == null).forEach(top -> {
                choices.add(top);
                addBelow(top.id(), all, null, choices);
            });
        }
        return choices.size() > 1 ? choices : List.of();
    }

    private static void addBelow(long parent, List<Region> all, Set<Long> reach, List<Region> out) {
        for (Region region : all) {
            if (region.parentId() != null
                    && region.parentId() == parent
                    && (reach == null || reach.contains(region.id()))
                    && !out.contains(region)) {
                out.add(region);
                addBelow(region.id(), all, reach, out);
            }
        }
    }

    /**
     * Which rows' regions are in the region asked for or below it (every region where none is asked for), the regions
     * read once for a whole list.
     */
    public LongPredicate within(Long regionId) {
        if (regionId == null) {
            return region -> true;
        }
        Set<Long> below = Set.copyOf(units.regionAndBelow(regionId));
        return below::contains;
    }

    /** The scope narrowed to a region and those below it, where one is asked for ({@link Scope#within}). */
    Scope narrowed(Scope scope, Long regionId) {
        return regionId == null ? scope : scope.within(regionId, units.regionAndBelow(regionId));
    }
}
