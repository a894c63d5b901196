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
 * The complete rule sets the administrator loads (files); the active one is the national root every region's rule set
 * of a year starts from ({@link RegionRuleSets}). With none loaded, the built-in default of domain.md (财预〔2020〕10号)
 * is the root.
 */
@Service
@Transactional
public class RuleSets {

    private final JdbcClient jdbc;

    private final Clock clock;
    private final RuleSetFile files = new RuleSetFile();
    /** The active rule set is read on every re-score; parsed once per distinct content. */
    private final ParsedRuleSets parsed = new ParsedRuleSets();

    public RuleSets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The active set's text: the national root's, which every region's chain of changes starts from. */
    @Transactional(readOnly = true)
    String activeText() {
        return jdbc.sql("SELECT content FROM rule_set WHERE active = TRUE")
                .query(String.class)
                .optional()
                .orElseGet(() -> files.write(RuleSet.defaults()));
    }

    @Transactional(readOnly = true)
    public RuleSet active() {
        return read(activeText());
    }

    @Transactional(readOnly = true)
    public List<LoadedRuleSet> list() {
        return jdbc.sql("SELECT * FROM rule_set ORDER BY id")
                .query((rs, n) -> new LoadedRuleSet(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("version"),
                        rs.getBoolean("active"),
                        rs.getTimestamp("loaded_at").toLocalDateTime(),
                        rs.getString("loaded_by")))
                .list();
    }

    /** One loaded rule set as the administrator's page lists it. */
    public record LoadedRuleSet(
            long id, String name, String version, boolean active, LocalDateTime loadedAt, String by) {}

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

    /** Loads a rule set file and makes it the active one; a file that does not read is refused with its path. */
    public RuleSet load(String content, String by) throws InterchangeException {
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
        jdbc.sql("UPDATE rule_set SET active = FALSE").update();
        jdbc.sql(
                        "INSERT INTO rule_set (name, version, content, active, loaded_at, loaded_by) VALUES (?, ?, ?, TRUE, ?, ?)")
                .params(
                        rules.name(),
                        rules.version(),
                        files.write(rules),
                        Timestamp.valueOf(LocalDateTime.now(clock)),
                        by)
                .update();
        return rules;
    }

    public void activate(long id) {
        jdbc.sql("UPDATE rule_set SET active = (id = ?)").param(id).update();
    }

    /** Back to the built-in default of domain.md. */
    public void useDefault() {
        jdbc.sql("UPDATE rule_set SET active = FALSE").update();
    }

    /** A stored rule set text, read once per distinct text. */
    RuleSet read(String content) {
        return parsed.parsed(content, text -> files.read(text));
    }
}
