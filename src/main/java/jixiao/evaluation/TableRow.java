package jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.UnitItemAssessment;

/**
 * A row of an evaluation's table, as other features point at it: its kind, position and label (the indicator's
 * 三级指标, 预算执行率, the framework item's name).
 */
public record TableRow(RowKind kind, int index, String label) {

    /** The label of a project's 预算执行率 row, as the 自评表 prints it. */
    public static final String EXECUTION_LABEL = "预算执行率";

    /** The rows of a project's 自评表: every indicator, then the 预算执行率. */
    public static List<TableRow> of(EvaluationView view) {
        List<TableRow> rows = new ArrayList<>();
        List<IndicatorAssessment> indicators = view.assessment().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            rows.add(new TableRow(
                    RowKind.INDICATOR, i, indicators.get(i).indicator().name()));
        }
        rows.add(new TableRow(RowKind.EXECUTION, 0, EXECUTION_LABEL));
        return rows;
    }

    /** The rows of a 部门（单位）整体自评: every item of its framework. */
    public static List<TableRow> of(UnitEvaluationView view) {
        List<TableRow> rows = new ArrayList<>();
        List<UnitItemAssessment> items = view.assessment().items();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new TableRow(RowKind.ITEM, i, items.get(i).item().name()));
        }
        return rows;
    }

    /** The row of this kind and position among {@code rows}, or null. */
    public static TableRow find(List<TableRow> rows, RowKind kind, int index) {
        for (TableRow row : rows) {
            if (row.kind() == kind && row.index() == index) {
                return row;
            }
        }
        return null;
    }
}
