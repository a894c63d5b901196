package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Funds;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.Note;
import jixiao.scoring.rule.ScoringContext;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/** What the checks of one project read: the 自评表 as printed, every row scored by its rule, and the 预算执行率. */
final class ProjectTable {
    private final ProjectSelfEvaluation project;
    private final List<IndicatorAssessment> rows;
    private final ExecutionScore execution;
    private final ScoringContext context;
    private final List<Note> notes;
    private final Locate at;
    // computed when first asked for
    private @Nullable Level1Weights level1Weights;
    private @Nullable Points @Nullable [] claimed;
    private @Nullable List<PlausibilityChecks.DatedPassage> datedPassages;

    ProjectTable(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            List<Note> notes,
            ScoringContext context) {
        this.project = project;
        this.rows = rows;
        this.execution = execution;
        this.notes = notes;
        this.context = context;
        this.at = Locate.project(project.name());
    }

    ProjectSelfEvaluation project() {
        return project;
    }

    List<IndicatorAssessment> rows() {
        return rows;
    }

    boolean hasRows() {
        return !rows.isEmpty();
    }

    ExecutionScore execution() {
        return execution;
    }

    /** What the rules noted of the table as a whole: the 项目资金 block's, then the scoring's. */
    List<Note> notes() {
        if (notes.isEmpty()) {
            return execution.notes();
        }
        List<Note> all = new java.util.ArrayList<>(execution.notes());
        all.addAll(notes);
        return all;
    }

    ScoringContext context() {
        return context;
    }

    RuleSet rules() {
        return context.rules();
    }

    /** Where a finding about the project as a whole goes. */
    Locate at() {
        return at;
    }

    /** The rows' weights summed by 一级指标, computed when first asked for. */
    Level1Weights level1Weights() {
        Level1Weights weights = level1Weights;
        if (weights == null) {
            weights = Level1Weights.of(rows, context.rules());
            level1Weights = weights;
        }
        return weights;
    }

    /** The passages of the project's texts that name a month, read when first asked for (DEADLINE_CONTRADICTED). */
    List<PlausibilityChecks.DatedPassage> datedPassages() {
        List<PlausibilityChecks.DatedPassage> passages = datedPassages;
        if (passages == null) {
            passages = PlausibilityChecks.datedPassages(project);
            datedPassages = passages;
        }
        return passages;
    }

    /** Row {@code i} as the row checks read it. */
    Row row(int i) {
        return new Row(this, rows.get(i), claimed(i));
    }

    /** Row {@code i}'s claimed score, or null where none was printed; each read once, as several checks ask. */
    @Nullable
    Points claimed(int i) {
        @Nullable Points[] scores = claimed;
        if (scores == null) {
            scores = new Points[rows.size()];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = rows.get(k).claimedScore();
            }
            claimed = scores;
        }
        return scores[i];
    }

    /** The table's 总分 as claimed, or null where none was printed. */
    @Nullable
    Points claimedTotal() {
        return project.claimed() == null || project.claimed().total() == null
                ? null
                : Points.of(project.claimed().total());
    }

    /** The 预算执行率 score as claimed, or null where none was printed. */
    @Nullable
    Points claimedExecution() {
        Funds funds = project.funds();
        return funds == null || funds.claimed() == null || funds.claimed().score() == null
                ? null
                : Points.of(funds.claimed().score());
    }

    /** Whether every row printed a score (true for a table without rows). */
    boolean everyRowClaimed() {
        for (int i = 0; i < rows.size(); i++) {
            if (claimed(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the rows' claimed scores, each as points; rows without one count nothing. */
    BigDecimal claimedRowSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            Points score = claimed(i);
            if (score != null) {
                sum = sum.add(score.value());
            }
        }
        return sum;
    }
}
