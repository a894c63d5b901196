package jixiao.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.RuleSetProblem;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.scoring.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule sets of the regions, per fiscal year (issue 15): the national root of the year ({@link RuleSets}, a
 * built-in set unless the administrator chose another) is changed by the national level's set of the year, then by
 * the province's, the city's and the county's, each naming only what it changes ({@link RuleSetFile#resolve}). Every
 * save is a new version, kept; one version per level and year is in force, and it carries over to the next years until
 * the level puts a version of a later year in force: a bureau that set its rules for 2024 finds them in force for 2025
 * until it changes them. A finance bureau keeps its own region's set (the regions below inherit it), the
 * administrator the national level ({@link RuleSetChanges} saves and activates).
 */
@Service
@Transactional
public class RegionRuleSets {

    private static final Logger log = LoggerFactory.getLogger(RegionRuleSets.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuleSets national;
    private final BudgetUnits units;
    private final RuleSetFile files = new RuleSetFile();
    private final ParsedRuleSets resolved = new ParsedRuleSets();

    public RegionRuleSets(JdbcClient jdbc, Clock clock, RuleSets national, BudgetUnits units) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.national = national;
        this.units = units;
    }

    /** Where a rule set is kept: the national level ({@code regionId} null) or a region. */
    public record Level(Long regionId, String name) {
        public static final Level NATIONAL = new Level(null, "全国");

        public boolean national() {
            return regionId == null;
        }
    }

    /**
     * One saved version of a level's set of a year.
     *
     * @param changes the rule set file of what the level changes (name and version, then only the changed fields)
     */
    public record Version(
            long id,
            Long regionId,
            int fiscalYear,
            int version,
            String changes,
            boolean inForce,
            LocalDateTime savedAt,
            String savedBy,
            LocalDateTime activatedAt,
            String activatedBy) {}

    /**
     * Where a level's set of a year comes from: its own version of the year, one of an earlier year carried over
     * ({@code fromYear} before the year asked for), or none (the level changes nothing; {@code version} null).
     */
    public record Origin(int fromYear, Integer version) {
        public static final Origin NONE = new Origin(0, null);

        public boolean none() {
            return version == null;
        }

        public boolean carriedOver(int fiscalYear) {
            return !none() && fromYear < fiscalYear;
        }
    }

    /** Where the level's set of a year comes from (see {@link Origin}). */
    @Transactional(readOnly = true)
    public Origin origin(Level level, int fiscalYear) {
        return jdbc
                .sql("SELECT fiscal_year, version FROM region_rule_set WHERE " + levelCondition(level)
                        + " AND fiscal_year <= ? AND in_force = TRUE ORDER BY fiscal_year DESC")
                .params(levelParams(level, fiscalYear))
                .query((rs, n) -> new Origin(rs.getInt("fiscal_year"), rs.getInt("version")))
                .list()
                .stream()
                .findFirst()
                .orElse(Origin.NONE);
    }

    /** The national root of a year: which set the chains of changes of the year start from. */
    @Transactional(readOnly = true)
    public RuleSets.Root rootOf(int fiscalYear) {
        return national.rootOf(fiscalYear);
    }

    /**
     * The last year a version of {@code fiscalYear} would be in force at its level: the year before the level's next
     * year with a version in force, {@link Integer#MAX_VALUE} where there is none.
     */
    @Transactional(readOnly = true)
    public int carriedUntil(Level level, int fiscalYear) {
        // 0 for none: an aggregate of no rows is NULL, which a single value may not be
        int next = jdbc.sql("SELECT COALESCE(MIN(fiscal_year), 0) FROM region_rule_set WHERE " + levelCondition(level)
                        + " AND fiscal_year > ? AND in_force = TRUE")
                .params(levelParams(level, fiscalYear))
                .query(Integer.class)
                .single();
        return next == 0 ? Integer.MAX_VALUE : next - 1;
    }

    /**
     * The level an account keeps: a finance bureau its region, the administrator the national level; nobody else
     * keeps one (empty).
     */
    @Transactional(readOnly = true)
    public Optional<Level> levelOf(Account who) {
        if (who.role() == Role.ADMINISTRATOR) {
            return Optional.of(Level.NATIONAL);
        }
        if (who.role() == Role.BUREAU_REVIEWER && who.regionId() != null) {
            long regionId = who.regionId();
            return units.regions().stream()
                    .filter(r -> r.id() == regionId)
                    .findFirst()
                    .map(r -> new Level(r.id(), r.name()));
        }
        return Optional.empty();
    }

    /** The rule set in force for the evaluations of a region's units in a fiscal year. */
    @Transactional(readOnly = true)
    public RuleSet inForce(long regionId, int fiscalYear) {
        return resolve(levelsTo(regionId), fiscalYear, null);
    }

    /** The rule set in force at a level (its own changes included). */
    @Transactional(readOnly = true)
    public RuleSet inForce(Level level, int fiscalYear) {
        return level.national()
                ? resolve(Collections.singletonList(null), fiscalYear, null)
                : inForce(level.regionId(), fiscalYear);
    }

    /** The rule set a level's changes apply to: its parent's in force (the national root for the national level). */
    @Transactional(readOnly = true)
    public RuleSet inherited(Level level, int fiscalYear) {
        if (level.national()) {
            return national.root(fiscalYear);
        }
        List<Long> levels = levelsTo(level.regionId());
        return resolve(levels.subList(0, levels.size() - 1), fiscalYear, null);
    }

    @Transactional(readOnly = true)
    public List<Version> versions(Level level, int fiscalYear) {
        return jdbc.sql("SELECT * FROM region_rule_set WHERE " + levelCondition(level)
                        + " AND fiscal_year = ? ORDER BY version DESC")
                .params(levelParams(level, fiscalYear))
                .query(RegionRuleSets::version)
                .list();
    }

    /** A version of this level; empty for one of another level (or none), so that another region's stays unseen. */
    @Transactional(readOnly = true)
    public Optional<Version> version(Level level, long id) {
        return jdbc.sql("SELECT * FROM region_rule_set WHERE id = ?")
                .param(id)
                .query(RegionRuleSets::version)
                .optional()
                .filter(v -> java.util.Objects.equals(v.regionId(), level.regionId()));
    }

    /**
     * Saves what a level changes of its inherited set as a new version, not yet in force; refused with every problem
     * (each naming the field and the value) where the file does not read, or the set it gives has weights that do not
     * add up to 100.
     */
    Version store(Level level, int fiscalYear, String changes, String by) {
        List<RuleSetProblem> problems = files.problems(changes, inherited(level, fiscalYear));
        if (!problems.isEmpty()) {
            throw new RuleSetRefused(problems);
        }
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM region_rule_set WHERE " + levelCondition(level)
                        + " AND fiscal_year = ?")
                .params(levelParams(level, fiscalYear))
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO region_rule_set (region_id, fiscal_year, version, changes, in_force, saved_at, saved_by)"
                        + " VALUES (?, ?, ?, ?, FALSE, ?, ?)")
                .params(level.regionId(), fiscalYear, next, changes, Timestamp.valueOf(LocalDateTime.now(clock)), by)
                .update();
        return versions(level, fiscalYear).get(0);
    }

    /** What the version's name field says: the level and the year. */
    public static String setName(Level level, int fiscalYear) {
        return level.name() + " " + fiscalYear + " 年度规则集";
    }

    /** Puts a version in force for its level and year; the one in force before is kept as a version. */
    void putInForce(Level level, Version version, String by) {
        jdbc.sql("UPDATE region_rule_set SET in_force = (id = ?) WHERE " + levelCondition(level)
                        + " AND fiscal_year = ?")
                .params(concat(version.id(), levelParams(level, version.fiscalYear())))
                .update();
        jdbc.sql("UPDATE region_rule_set SET activated_at = ?, activated_by = ? WHERE id = ?")
                .params(Timestamp.valueOf(LocalDateTime.now(clock)), by, version.id())
                .update();
    }

    /** The level's rule set were this version in force; refused, naming the problem, where it no longer applies. */
    @Transactional(readOnly = true)
    public RuleSet withVersion(Level level, Version version) {
        try {
            return files.resolve(inherited(level, version.fiscalYear()), List.of(version.changes()));
        } catch (InterchangeException e) {
            throw new RuleSetRefused(List.of(new RuleSetProblem(e.path(), "", e.getMessage())));
        }
    }

    /**
     * The rule set in force for a region's evaluations of a year were {@code candidate} in force at its level (from
     * its year on, until the level's next year with a version in force).
     */
    @Transactional(readOnly = true)
    public RuleSet inForceWith(long regionId, int fiscalYear, Version candidate) {
        return resolve(levelsTo(regionId), fiscalYear, candidate);
    }

    /** The regions a level's set reaches: all for the national level, else the region and those below it. */
    @Transactional(readOnly = true)
    public List<Long> reach(Level level) {
        return level.national()
                ? units.regions().stream().map(Region::id).toList()
                : units.regionAndBelow(level.regionId());
    }

    /**
     * The regions of {@code reach} whose own set in force would not read on top of {@code candidate}, each as "region:
     * problem"; the candidate then cannot be put in force.
     */
    @Transactional(readOnly = true)
    public List<String> conflicts(List<Long> reach, Version candidate) {
        List<String> conflicts = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        units.regions().forEach(r -> names.put(r.id(), r.name()));
        List<Integer> years = yearsReached(candidate);
        for (long regionId : reach) {
            for (int year : years) {
                try {
                    strict(levelsTo(regionId), year, candidate);
                } catch (InterchangeException e) {
                    conflicts.add(names.get(regionId) + "（" + year + " 年度）：" + e.getMessage());
                    break;
                }
            }
        }
        return conflicts;
    }

    /**
     * The years whose chains a candidate would change and that a level has a set of: from its year until its level's
     * next year in force, up to the last year any level or the root has a set of (the later years are as that one).
     */
    private List<Integer> yearsReached(Version candidate) {
        Level level = new Level(candidate.regionId(), "");
        int last = Math.max(
                jdbc.sql("SELECT COALESCE(MAX(fiscal_year), 0) FROM region_rule_set")
                        .query(Integer.class)
                        .single(),
                jdbc.sql("SELECT COALESCE(MAX(from_year), 0) FROM rule_set_root")
                        .query(Integer.class)
                        .single());
        int until = Math.min(carriedUntil(level, candidate.fiscalYear()), Math.max(last, candidate.fiscalYear()));
        List<Integer> years = new ArrayList<>();
        for (int year = candidate.fiscalYear(); year <= until; year++) {
            years.add(year);
        }
        return years;
    }

    /** The levels from the national one (null) down to the region. */
    private List<Long> levelsTo(long regionId) {
        List<Long> levels = new ArrayList<>();
        levels.add(null);
        List<Region> above = units.regionAndAbove(regionId);
        for (int i = above.size() - 1; i >= 0; i--) {
            levels.add(above.get(i).id());
        }
        return levels;
    }

    /**
     * The national root changed by each level's set in force ({@code candidate} instead of its level's): a level whose
     * changes no longer apply (the root was replaced since) is left out and logged, rather than refusing every score
     * of the region; activations check that this does not happen.
     */
    private RuleSet resolve(List<Long> levels, int fiscalYear, Version candidate) {
        List<String> changes = changesInForce(levels, fiscalYear, candidate);
        String root = national.rootText(fiscalYear);
        String key = root + '\u0000' + String.join("\u0000", changes);
        return resolved.parsed(key, any -> {
            RuleSet rules = national.read(root);
            for (String change : changes) {
                try {
                    rules = files.resolve(rules, List.of(change));
                } catch (InterchangeException e) {
                    log.warn("a region's rule set no longer applies and is left out: {}", e.getMessage());
                }
            }
            return rules;
        });
    }

    /** As {@link #resolve}, refusing where a level's changes do not apply. */
    private RuleSet strict(List<Long> levels, int fiscalYear, Version candidate) throws InterchangeException {
        return files.resolve(
                national.read(national.rootText(fiscalYear)), changesInForce(levels, fiscalYear, candidate));
    }

    /**
     * The changes in force at each of the levels (top down) for a year: each level's version in force of that year or,
     * where it has none, of its latest earlier year (carried over); the candidate's instead of its level's where the
     * candidate's year is that year or later.
     */
    private List<String> changesInForce(List<Long> levels, int fiscalYear, Version candidate) {
        Map<Long, String> inForce = new HashMap<>();
        Map<Long, Integer> yearOf = new HashMap<>();
        jdbc.sql(
                        "SELECT region_id, fiscal_year, changes FROM region_rule_set WHERE fiscal_year <= ? AND in_force = TRUE"
                                + " ORDER BY fiscal_year")
                .param(fiscalYear)
                .query((rs, n) -> {
                    Long level = (Long) rs.getObject("region_id", Long.class);
                    inForce.put(level, rs.getString("changes"));
                    yearOf.put(level, rs.getInt("fiscal_year"));
                    return null;
                })
                .list();
        if (candidate != null
                && candidate.fiscalYear() <= fiscalYear
                && candidate.fiscalYear() >= yearOf.getOrDefault(candidate.regionId(), Integer.MIN_VALUE)) {
            inForce.put(candidate.regionId(), candidate.changes());
        }
        List<String> changes = new ArrayList<>();
        for (Long level : levels) {
            String change = inForce.get(level);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static String levelCondition(Level level) {
        return level.national() ? "region_id IS NULL" : "region_id = ?";
    }

    private static Object[] levelParams(Level level, int fiscalYear) {
        return level.national() ? new Object[] {fiscalYear} : new Object[] {level.regionId(), fiscalYear};
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new Version(
                rs.getLong("id"),
                (Long) rs.getObject("region_id", Long.class),
                rs.getInt("fiscal_year"),
                rs.getInt("version"),
                rs.getString("changes"),
                rs.getBoolean("in_force"),
                rs.getTimestamp("saved_at").toLocalDateTime(),
                rs.getString("saved_by"),
                activated == null ? null : activated.toLocalDateTime(),
                rs.getString("activated_by"));
    }
}
