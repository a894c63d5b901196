package jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.shared.Decimals;

/**
 * The 一级/二级 grouping of the editor's indicator rows, as the official 自评表 prints it: a header where a run of
 * rows with the same 一级指标 (and within it the same 二级指标) starts, with the run's total weight. Runs are taken
 * in the order of the rows, so that moving a row shows at once where it now stands.
 */
public final class IndicatorGroups {
    private IndicatorGroups() {}

    /**
     * Where row {@code index} stands in the grouping.
     *
     * @param startsLevel1 the row opens a run of its 一级指标 (a header is shown above it)
     * @param level1Weight the sum of the weights typed in that run ("" where none reads)
     * @param startsLevel2 the row opens a run of its 二级指标 within the 一级 run
     * @param level2Weight the sum of the weights typed in the 二级 run
     */
    public record Position(
            String level1,
            boolean startsLevel1,
            String level1Weight,
            String level2,
            boolean startsLevel2,
            String level2Weight) {}

    static List<Position> of(List<EvaluationForm.IndicatorRow> rows) {
        int n = rows.size();
        // the names once per row: comparing runs reads them again and again
        List<String> level1 = new ArrayList<>(n);
        List<String> level2 = new ArrayList<>(n);
        for (EvaluationForm.IndicatorRow row : rows) {
            level1.add(name(row.getLevel1()));
            level2.add(name(row.getLevel2()));
        }
        List<Position> positions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean startsLevel1 = i == 0 || !level1.get(i - 1).equals(level1.get(i));
            boolean startsLevel2 = startsLevel1 || !level2.get(i - 1).equals(level2.get(i));
            positions.add(new Position(
                    level1.get(i),
                    startsLevel1,
                    startsLevel1 ? weightOfRun(rows, i, level1, null) : "",
                    level2.get(i),
                    startsLevel2,
                    startsLevel2 ? weightOfRun(rows, i, level1, level2) : ""));
        }
        return positions;
    }

    /** The weights of the run that starts at {@code start}: rows of the same 一级 name (and 二级 name, if given). */
    private static String weightOfRun(
            List<EvaluationForm.IndicatorRow> rows, int start, List<String> level1, List<String> level2) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (int i = start; i < rows.size(); i++) {
            if (i > start
                    && !(level1.get(start).equals(level1.get(i))
                            && (level2 == null || level2.get(start).equals(level2.get(i))))) {
                break;
            }
            BigDecimal weight = EvaluationForm.decimal(rows.get(i).getWeight());
            if (weight != null) {
                sum = sum.add(weight);
                any = true;
            }
        }
        return any ? Decimals.plain(sum) : "";
    }

    /** Texts from PDFs carry stray spaces ("服务对象 满意度指标"): those do not split a group. */
    private static String name(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
