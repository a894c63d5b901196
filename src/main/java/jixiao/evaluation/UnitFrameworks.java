package jixiao.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.UnitFrameworkFile;
import jixiao.scoring.UnitFramework;
import jixiao.shared.Points;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the 部门（单位）整体自评 framework kept in the system; the active one scores every whole-unit
 * evaluation that is not frozen (a submitted one keeps the framework it was submitted with). At first start the
 * seed's framework ({@link UnitFramework#defaults()}) is stored as the active one.
 */
@Service
@Transactional
public class UnitFrameworks {

    /** A stored framework version as listed. */
    private final JdbcClient jdbc;

    private final Clock clock;
    private final UnitFrameworkFile files = new UnitFrameworkFile();

    public UnitFrameworks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the default framework as the active one when none is stored; true when it did. */
    public boolean storeDefaultIfNone() {
        long stored = jdbc.sql("SELECT COUNT(*) FROM unit_framework")
                .query(Long.class)
                .single();
        if (stored > 0) {
            return false;
        }
        insert(UnitFramework.defaults(), "system");
        return true;
    }

    @Transactional(readOnly = true)
    public UnitFramework active() {
        return jdbc.sql("SELECT content FROM unit_framework WHERE active = TRUE")
                .query(String.class)
                .optional()
                .map(this::read)
                .orElseGet(UnitFramework::defaults);
    }

    @Transactional(readOnly = true)
    public Optional<UnitFramework> find(long id) {
        return jdbc.sql("SELECT content FROM unit_framework WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    @Transactional(readOnly = true)
    public List<StoredVersion> list() {
        return jdbc.sql("SELECT * FROM unit_framework ORDER BY id")
                .query(StoredVersion::of)
                .list();
    }

    /** Loads a unit-framework/1 file and makes it the active one; a file that does not read is refused with its path. */
    public UnitFramework load(String content, String by) throws InterchangeException {
        return save(files.read(content), by);
    }

    /**
     * Stores a framework as a new version and makes it the active one; a name and version already stored, or weights
     * that do not add up to 100, are refused.
     */
    public UnitFramework save(UnitFramework framework, String by) {
        if (framework.totalWeight().compareTo(Points.HUNDRED) != 0) {
            throw new EvaluationException.Invalid(
                    "weight",
                    framework.totalWeight().toString(),
                    "整体自评框架“" + framework.name() + "”各项分值合计 " + framework.totalWeight() + " 分，应为 100 分；未保存");
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM unit_framework WHERE name = ? AND version = ?")
                        .params(framework.name(), framework.version())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new EvaluationException.Invalid(
                    "version", "整体自评框架“" + framework.name() + "”的版本 " + framework.version() + " 已经存在；修改后请改用新的版本号");
        }
        insert(framework, by);
        return framework;
    }

    public void activate(long id) {
        jdbc.sql("UPDATE unit_framework SET active = (id = ?)").param(id).update();
    }

    /** The framework as a unit-framework/1 document (to freeze with a submitted evaluation). */
    public String write(UnitFramework framework) {
        return files.write(framework);
    }

    /** A frozen framework read back. */
    public UnitFramework read(String content) {
        try {
            return files.read(content);
        } catch (InterchangeException e) {
            throw new IllegalStateException("stored framework is unreadable: " + e.getMessage(), e);
        }
    }

    private void insert(UnitFramework framework, String by) {
        jdbc.sql("UPDATE unit_framework SET active = FALSE").update();
        jdbc.sql("INSERT INTO unit_framework (name, version, content, active, loaded_at, loaded_by)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?)")
                .params(
                        framework.name(),
                        framework.version(),
                        files.write(framework),
                        Timestamp.valueOf(LocalDateTime.now(clock)),
                        by)
                .update();
    }
}
