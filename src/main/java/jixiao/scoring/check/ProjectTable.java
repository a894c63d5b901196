package jixiao.scoring.check;

import java.util.List;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.ScoringContext;

/**
 * What the checks of one project read: the 自评表 as printed, every row scored by its rule, the 预算执行率 and the
 * scores the table claims (each converted once).
 */
final class ProjectTable {
    private final ProjectSelfEvaluation project;
    private final List<IndicatorAssessment> rows;
    private final ExecutionScore execution;
    private final ScoringContext context;
    private final TableClaims claims;
    private final Locate at;
    private Level1Weights level1Weights;

    ProjectTable(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        this.project = project;
        this.rows = rows;
        this.execution = execution;
        this.context = context;
        this.claims = TableClaims.of(project, rows);
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

    ScoringContext context() {
        return context;
    }

    RuleSet rules() {
        return context.rules();
    }

    TableClaims claims() {
        return claims;
    }

    /** Where a finding about the project as a whole goes. */
    Locate at() {
        return at;
    }

    /** The rows' weights summed by 一级指标, computed when first asked for. */
    Level1Weights level1Weights() {
        if (level1Weights == null) {
            level1Weights = Level1Weights.of(rows, context.rules());
        }
        return level1Weights;
    }

    /** Row {@code i} as the row checks read it. */
    Row row(int i) {
        return new Row(this, rows.get(i), claims.row(i));
    }
}
