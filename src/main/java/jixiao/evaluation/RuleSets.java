package jixiao.evaluation;

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
 * The rule sets loaded into the system; the active one scores every evaluation that is not frozen (a submitted
 * evaluation keeps the rule set it was submitted with). With none loaded, the default of domain.md applies.
 */
@Service
@Transactional
public class RuleSets {

    /** A loaded rule set as listed to the administrator. */
    private final JdbcClient jdbc;

    private final Clock clock;
    private final RuleSetFile files = new RuleSetFile();
    /** The active rule set is read on every re-score; parsed once per distinct content. */
    private final ParsedDocuments<String, RuleSet> parsed = new ParsedDocuments<>(20);

    public RuleSets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RuleSet active() {
        return jdbc.sql("SELECT content FROM rule_set WHERE active = TRUE")
                .query(String.class)
                .optional()
                .map(this::read)
                .orElseGet(RuleSet::defaults);
    }

    @Transactional(readOnly = true)
    public List<StoredVersion> list() {
        return jdbc.sql("SELECT * FROM rule_set ORDER BY id")
                .query(StoredVersion::of)
                .list();
    }

    /** Loads a rule set file and makes it the active one; a file that does not read is refused with its path. */
    public RuleSet load(String content, String by) throws InterchangeException {
        RuleSet rules = files.read(content);
        Points total = rules.executionWeight();
        for (Points weight : rules.level1Weights().values()) {
            total = total.plus(weight);
        }
        if (total.compareTo(Points.HUNDRED) != 0) {
            throw new EvaluationException.Invalid(
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
            throw new EvaluationException.Invalid(
                    "version", "规则集“" + rules.name() + "”的版本 " + rules.version() + " 已经载入过；修改后请改用新的版本号");
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

    private RuleSet read(String content) {
        return parsed.parsed(content, text -> {
            try {
                return files.read(text);
            } catch (InterchangeException e) {
                throw new IllegalStateException("stored rule set is unreadable: " + e.getMessage(), e);
            }
        });
    }
}
