package jixiao.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complete rule sets the administrator loads (files), and the national root of each fiscal year: the set every
 * region's rule set of the year starts from ({@link RegionRuleSets}). The administrator makes a set the root from a
 * year on; it stays the root of the later years until another is chosen for one of them (a year's set carries over,
 * as the regions' do). Before any choice, the built-in default of domain.md (财预〔2020〕10号) is the root.
 */
@Service
@Transactional
public class RuleSets {

    private final JdbcClient jdbc;

    private final Clock clock;
    private final RuleSetFile files = new RuleSetFile();
    /** The root is read on every re-score; parsed once per distinct content. */
    private final ParsedRuleSets parsed = new ParsedRuleSets();

    public RuleSets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The root of a fiscal year as it was chosen: from which year, which loaded set (null: the built-in default), by
     * whom and when; {@link #NONE} where nothing was chosen for the year or before.
     */
    public record Root(
            int fromYear, Long ruleSetId, String name, String version, LocalDateTime chosenAt, String chosenBy) {

        /** Nothing chosen: the built-in default. */
        public static final Root NONE = new Root(0, null, null, null, null, null);

        public boolean builtIn() {
            return ruleSetId == null;
        }

        public boolean chosen() {
            return fromYear != 0;
        }
    }

    /** The root of a year: the one chosen for the latest year up to it. */
    @Transactional(readOnly = true)
    public Root rootOf(int fiscalYear) {
        return jdbc.sql("SELECT x.from_year, x.rule_set_id, r.name, r.version, x.chosen_at, x.chosen_by"
                        + " FROM rule_set_root x LEFT JOIN rule_set r ON r.id = x.rule_set_id"
                        + " WHERE x.from_year <= ? ORDER BY x.from_year DESC LIMIT 1")
                .param(fiscalYear)
                .query(RuleSets::root)
                .optional()
                .orElse(Root.NONE);
    }

    /** Every choice of a root, latest year first. */
    @Transactional(readOnly = true)
    public List<Root> roots() {
        return jdbc.sql("SELECT x.from_year, x.rule_set_id, r.name, r.version, x.chosen_at, x.chosen_by"
                        + " FROM rule_set_root x LEFT JOIN rule_set r ON r.id = x.rule_set_id"
                        + " ORDER BY x.from_year DESC")
                .query(RuleSets::root)
                .list();
    }

    /** The root's text of a fiscal year, which every region's chain of changes of the year starts from. */
    @Transactional(readOnly = true)
    String rootText(int fiscalYear) {
        return jdbc.sql("SELECT r.content FROM rule_set_root x JOIN rule_set r ON r.id = x.rule_set_id"
                        + " WHERE x.from_year = (SELECT MAX(from_year) FROM rule_set_root WHERE from_year <= ?)")
                .param(fiscalYear)
                .query(String.class)
                .optional()
                .orElseGet(() -> files.write(RuleSet.defaults()));
    }

    /** The national root of a fiscal year. */
    @Transactional(readOnly = true)
    public RuleSet root(int fiscalYear) {
        return read(rootText(fiscalYear));
    }

    /** The first later year for which another root was chosen; {@link Integer#MAX_VALUE} where none was. */
    @Transactional(readOnly = true)
    public int nextRootYear(int fiscalYear) {
        // 0 for none: an aggregate of no rows is NULL, which a single value may not be
        int next = jdbc.sql("SELECT COALESCE(MIN(from_year), 0) FROM rule_set_root WHERE from_year > ?")
                .param(fiscalYear)
                .query(Integer.class)
                .single();
        return next == 0 ? Integer.MAX_VALUE : next;
    }

    @Transactional(readOnly = true)
    public List<LoadedRuleSet> list() {
        return jdbc.sql("SELECT * FROM rule_set ORDER BY id")
                .query((rs, n) -> new LoadedRuleSet(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("version"),
                        rs.getTimestamp("loaded_at").toLocalDateTime(),
                        rs.getString("loaded_by")))
                .list();
    }

    /** One loaded rule set as the administrator's page lists it. */
    public record LoadedRuleSet(long id, String name, String version, LocalDateTime loadedAt, String by) {}

    /** A file the system does not load: the field at fault and its value (the weights' sum). */
    public static final class NotLoaded extends RuntimeException {
        private final String field;
        private final String value;

        NotLoaded(String field, String value, String message) {
            super(message);
            this.field = field;
            this.value = value;
        }

        public String field() {
            return field;
        }

        public String value() {
            return value;
        }
    }

    /**
     * Loads a rule set file and makes it the root from {@code fromYear} on; a file that does not read is refused with
     * its path. Package-private: {@link RuleSetChanges} re-scores the drafts it reaches.
     */
    RuleSet load(String content, int fromYear, String by) throws InterchangeException {
        RuleSet rules = files.read(content);
        Points total = rules.executionWeight();
        for (Points weight : rules.level1Weights().values()) {
            total = total.plus(weight);
        }
        if (total.compareTo(Points.HUNDRED) != 0) {
            throw new NotLoaded(
                    "level1Weights",
                    total.toString(),
                    "规则集“" + rules.name() + "”的一级指标分值与预算执行率分值合计 " + total + " 分，应为 100 分；未载入");
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM rule_set WHERE name = ? AND version = ?")
                        .params(rules.name(), rules.version())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new NotLoaded(
                    "version",
                    rules.version(),
                    "规则集“" + rules.name() + "”的版本 " + rules.version() + " 已经载入过；修改后请改用新的版本号");
        }
        jdbc.sql("INSERT INTO rule_set (name, version, content, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?)")
                .params(
                        rules.name(),
                        rules.version(),
                        files.write(rules),
                        Timestamp.valueOf(LocalDateTime.now(clock)),
                        by)
                .update();
        long id = jdbc.sql("SELECT id FROM rule_set WHERE name = ? AND version = ?")
                .params(rules.name(), rules.version())
                .query(Long.class)
                .single();
        choose(id, fromYear, by);
        return rules;
    }

    /** Makes a loaded set (null: the built-in default) the root from {@code fromYear} on. */
    void choose(Long ruleSetId, int fromYear, String by) {
        jdbc.sql("DELETE FROM rule_set_root WHERE from_year = ?")
                .param(fromYear)
                .update();
        jdbc.sql("INSERT INTO rule_set_root (from_year, rule_set_id, chosen_at, chosen_by) VALUES (?, ?, ?, ?)")
                .params(fromYear, ruleSetId, Timestamp.valueOf(LocalDateTime.now(clock)), by)
                .update();
    }

    /** A stored rule set text, read once per distinct text. */
    RuleSet read(String content) {
        return parsed.parsed(content, text -> files.read(text));
    }

    private static Root root(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Root(
                rs.getInt("from_year"),
                (Long) rs.getObject("rule_set_id", Long.class),
                rs.getString("name"),
                rs.getString("version"),
                rs.getTimestamp("chosen_at").toLocalDateTime(),
                rs.getString("chosen_by"));
    }
}
