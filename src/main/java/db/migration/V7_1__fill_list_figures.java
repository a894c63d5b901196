package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import jixiao.evaluation.ListFigures;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the list figures (V7) of the project evaluations stored before them, from their documents. */
public class V7_1__fill_list_figures extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        InterchangeReader reader = new InterchangeReader();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows =
                        select.executeQuery("SELECT id, document FROM project_evaluation WHERE kind = 'PROJECT'");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("UPDATE project_evaluation SET claimed_total = ?, budget = ?, executed = ?,"
                                + " execution_rate = ? WHERE id = ?")) {
            while (rows.next()) {
                ListFigures figures;
                try {
                    figures = ListFigures.of(reader.read(rows.getString("document")));
                } catch (InterchangeException e) {
                    continue;
                }
                update.setBigDecimal(1, figures.claimedTotal());
                update.setBigDecimal(2, figures.budget());
                update.setBigDecimal(3, figures.executed());
                update.setBigDecimal(4, figures.executionRate());
                update.setLong(5, rows.getLong("id"));
                update.executeUpdate();
            }
        }
    }
}
