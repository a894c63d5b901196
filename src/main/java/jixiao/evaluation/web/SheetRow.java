package jixiao.evaluation.web;

import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;

/**
 * One indicator row of the editor's sheet as it is shown: the values as typed, where the row stands in the 一级/二级
 * grouping, and what the re-score computed for it.
 *
 * @param index the row's position in the form ({@code indicators[index]})
 * @param typed the row as typed
 * @param group where the row stands in the grouping (the group heads above it and their weights)
 * @param scored the row's assessment, or null where the project could not be scored that far
 * @param tier the 定性 tier select, or null where the row is not 定性
 * @param findings the findings about this row
 */
public record SheetRow(
        int index,
        EvaluationForm.IndicatorRow typed,
        IndicatorGroups.Position group,
        IndicatorAssessment scored,
        TierChoice tier,
        List<Finding> findings) {

    public SheetRow {
        findings = List.copyOf(findings);
    }
}
