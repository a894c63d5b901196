package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.RuleSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The grade bands of the evaluations submitted before V81, from the rule set frozen with each; each distinct frozen set
 * is read once (most evaluations of a year share one). H2 compares no TEXT (CLOB) values, so rows go by id.
 */
public class V81_1__grade_bands_of_submitted_evaluations extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        RuleSetFile files = new RuleSetFile();
        Map<String, RuleSet.GradeBands> read = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT id, frozen_rule_set FROM project_evaluation WHERE frozen_rule_set IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE project_evaluation SET"
                        + " grade_excellent = ?, grade_good = ?, grade_fair = ? WHERE id = ?")) {
            int batched = 0;
            while (rows.next()) {
                String content = rows.getString("frozen_rule_set");
                RuleSet.GradeBands bands = read.get(content);
                if (bands == null) {
                    bands = files.read(content).gradeBands();
                    read.put(content, bands);
                }
                update.setBigDecimal(1, bands.excellent().value());
                update.setBigDecimal(2, bands.good().value());
                update.setBigDecimal(3, bands.fair().value());
                update.setLong(4, rows.getLong("id"));
                update.addBatch();
                if (++batched % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
