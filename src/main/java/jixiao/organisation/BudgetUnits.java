package jixiao.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Regions (a tree: province → city → county) and their budget units: flat CRUD with explicit row mapping. */
@Repository
@Transactional
public class BudgetUnits {

    private final JdbcClient jdbc;

    public BudgetUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The top-level region of this name, created when there is none. */
    public long region(String name) {
        return region(name, null);
    }

    /** The region of this name, created under {@code parentId} (null: at the top) when there is none. */
    public long region(String name, Long parentId) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM region WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO region (name, parent_id) VALUES (?, ?)")
                .params(name, parentId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return jdbc.sql("SELECT id, name, parent_id FROM region ORDER BY id")
                .query((rs, n) -> new Region(
                        rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("parent_id", Long.class)))
                .list();
    }

    /** The region and every region below it: a finance bureau's reach. */
    @Transactional(readOnly = true)
    public List<Long> regionAndBelow(long regionId) {
        List<Region> all = regions();
        List<Long> reach = new ArrayList<>(List.of(regionId));
        for (int i = 0; i < reach.size(); i++) {
            long parent = reach.get(i);
            for (Region region : all) {
                if (region.parentId() != null && region.parentId() == parent && !reach.contains(region.id())) {
                    reach.add(region.id());
                }
            }
        }
        return reach;
    }

    /** The region and the regions above it, nearest first: where inherited configuration is looked up. */
    @Transactional(readOnly = true)
    public List<Region> regionAndAbove(long regionId) {
        List<Region> all = regions();
        List<Region> chain = new ArrayList<>();
        Long next = regionId;
        while (next != null && chain.size() <= all.size()) {
            long id = next;
            Region region = all.stream().filter(r -> r.id() == id).findFirst().orElse(null);
            if (region == null) {
                break;
            }
            chain.add(region);
            next = region.parentId();
        }
        return chain;
    }

    public long createUnit(long regionId, String name, String code, String nature) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget_unit (region_id, name, code, nature) VALUES (?, ?, ?, ?)")
                .params(regionId, name, code, nature)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public Optional<BudgetUnitRow> unit(long id) {
        return jdbc.sql("SELECT * FROM budget_unit WHERE id = ?")
                .param(id)
                .query(BudgetUnits::unitRow)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<BudgetUnitRow> unitNamed(long regionId, String name) {
        return jdbc.sql("SELECT * FROM budget_unit WHERE region_id = ? AND name = ?")
                .params(regionId, name)
                .query(BudgetUnits::unitRow)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<BudgetUnitRow> units() {
        return jdbc.sql("SELECT * FROM budget_unit ORDER BY id")
                .query(BudgetUnits::unitRow)
                .list();
    }

    private static BudgetUnitRow unitRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new BudgetUnitRow(
                rs.getLong("id"),
                rs.getLong("region_id"),
                rs.getString("name"),
                rs.getString("code"),
                rs.getString("nature"));
    }
}
