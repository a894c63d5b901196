package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.evaluation.FindingExplanation;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.UnitFrameworkFile;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFramework;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills evaluation_finding and the unresolved errors (V70) of the evaluations stored before them: each unit's
 * projects of a year are assessed together (as a save assesses them), with the rule set frozen at submission or the
 * one in force, and a whole-unit evaluation with its framework together with those projects.
 */
public class V70_1__fill_evaluation_findings extends BaseJavaMigration {

    private final InterchangeReader reader = new InterchangeReader();

    /** A stored evaluation: what it is scored with and its document. */
    private record Stored(long id, String kind, String document, String frozenRules, String frozenFramework) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        RuleSet active = active(connection, "rule_set") == null
                ? RuleSet.defaults()
                : new RuleSetFile().read(active(connection, "rule_set"));
        String framework = active(connection, "unit_framework");
        UnitFramework activeFramework =
                framework == null ? UnitFramework.defaults() : new UnitFrameworkFile().read(framework);
        Map<String, List<Stored>> byUnitYear = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, kind, unit_id, fiscal_year, document, frozen_rule_set,"
                        + " frozen_framework FROM project_evaluation WHERE kind IN ('PROJECT', 'UNIT') ORDER BY id")) {
            while (rows.next()) {
                byUnitYear
                        .computeIfAbsent(
                                rows.getLong("unit_id") + "/" + rows.getInt("fiscal_year"), k -> new ArrayList<>())
                        .add(new Stored(
                                rows.getLong("id"),
                                rows.getString("kind"),
                                rows.getString("document"),
                                rows.getString("frozen_rule_set"),
                                rows.getString("frozen_framework")));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO evaluation_finding (evaluation_id, code, severity, finding_key) VALUES (?, ?, ?, ?)")) {
            for (List<Stored> year : byUnitYear.values()) {
                fill(year, active, activeFramework, insert);
            }
            insert.executeBatch();
        }
        try (Statement update = connection.createStatement()) {
            update.executeUpdate("UPDATE project_evaluation SET unresolved = (SELECT COUNT(*) FROM evaluation_finding f"
                    + " WHERE f.evaluation_id = project_evaluation.id AND f.severity = 'ERROR' AND NOT EXISTS"
                    + " (SELECT 1 FROM finding_explanation x WHERE x.evaluation_id = f.evaluation_id"
                    + " AND x.finding_key = f.finding_key))");
        }
    }

    /** One unit's evaluations of one year; a document that no longer reads is left without findings. */
    private void fill(List<Stored> year, RuleSet active, UnitFramework activeFramework, PreparedStatement insert)
            throws SQLException, InterchangeException {
        List<Stored> projects = new ArrayList<>();
        List<ProjectSelfEvaluation> parsed = new ArrayList<>();
        SelfEvaluationReport first = null;
        for (Stored stored : year) {
            if (stored.kind().equals("PROJECT")) {
                SelfEvaluationReport report = read(stored.document());
                if (report != null && report.projects().size() == 1) {
                    projects.add(stored);
                    parsed.add(report.projects().get(0));
                    first = first == null ? report : first;
                }
            }
        }
        for (int i = 0; i < projects.size(); i++) {
            Stored stored = projects.get(i);
            RuleSet rules = stored.frozenRules() == null ? active : new RuleSetFile().read(stored.frozenRules());
            SelfEvaluationReport together =
                    new SelfEvaluationReport(first.fiscalYear(), first.moneyUnit(), first.unit(), null, parsed);
            insert(
                    stored.id(),
                    new SelfEvaluationChecker(rules).assess(together, i).findings(),
                    insert);
        }
        for (Stored stored : year) {
            SelfEvaluationReport own = stored.kind().equals("UNIT") ? read(stored.document()) : null;
            if (own == null || own.department() == null) {
                continue;
            }
            RuleSet rules = stored.frozenRules() == null ? active : new RuleSetFile().read(stored.frozenRules());
            UnitFramework framework = stored.frozenFramework() == null
                    ? activeFramework
                    : new UnitFrameworkFile().read(stored.frozenFramework());
            ReportAssessment assessed = new SelfEvaluationChecker(rules, framework)
                    .assess(new SelfEvaluationReport(
                            own.fiscalYear(), own.moneyUnit(), own.unit(), own.department(), parsed));
            insert(stored.id(), assessed.unitFindings(), insert);
        }
    }

    private SelfEvaluationReport read(String document) {
        try {
            return reader.read(document);
        } catch (InterchangeException e) {
            return null;
        }
    }

    private static void insert(long id, List<Finding> findings, PreparedStatement insert) throws SQLException {
        for (Finding finding : findings) {
            insert.setLong(1, id);
            insert.setString(2, finding.code().name());
            insert.setString(3, finding.severity().name());
            insert.setString(4, FindingExplanation.keyOf(finding));
            insert.addBatch();
        }
    }

    private static String active(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT content FROM " + table + " WHERE active = TRUE")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
