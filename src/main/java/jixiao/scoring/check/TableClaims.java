package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Funds;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.shared.Points;
import jixiao.shared.ScoreSum;

/**
 * The scores a project's table claims, each converted to {@link Points} once and read by every check that needs it
 * (the row's own check, the claimed total, the narrative's figures): converting them in each check made most of the
 * small objects the checks allocated.
 */
final class TableClaims {
    private final Points[] rows;
    private final boolean everyRowClaimed;
    private final BigDecimal rowSum;
    private final Points execution;
    private final Points total;

    private TableClaims(Points[] rows, boolean everyRowClaimed, BigDecimal rowSum, Points execution, Points total) {
        this.rows = rows;
        this.everyRowClaimed = everyRowClaimed;
        this.rowSum = rowSum;
        this.execution = execution;
        this.total = total;
    }

    static TableClaims of(ProjectSelfEvaluation project, List<IndicatorAssessment> rows) {
        Points[] claimed = new Points[rows.size()];
        boolean every = true;
        ScoreSum sum = new ScoreSum();
        for (int i = 0; i < claimed.length; i++) {
            BigDecimal score = rows.get(i).indicator().claimedScore();
            if (score == null) {
                every = false;
                continue;
            }
            claimed[i] = Points.of(score);
            sum.add(score, claimed[i]);
        }
        Points total = project.claimed() == null || project.claimed().total() == null
                ? null
                : Points.of(project.claimed().total());
        return new TableClaims(claimed, every, every ? sum.value() : null, claimedExecution(project.funds()), total);
    }

    private static Points claimedExecution(Funds funds) {
        return funds == null || funds.claimed() == null || funds.claimed().score() == null
                ? null
                : Points.of(funds.claimed().score());
    }

    /** The claimed score of row {@code i}, or null where none was printed. */
    Points row(int i) {
        return rows[i];
    }

    /** Whether every row printed a score (true for a table without rows). */
    boolean everyRowClaimed() {
        return everyRowClaimed;
    }

    /** The sum of the rows' claimed scores (exact, two decimals), or null where a row printed none. */
    BigDecimal rowSum() {
        return rowSum;
    }

    /** The table's claimed 总分 as points, or null where none was printed. */
    Points total() {
        return total;
    }

    /** The claimed 预算执行率 score, or null where none was printed. */
    Points execution() {
        return execution;
    }
}
