package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.shared.MoneyUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Reads one 项目支出绩效自评表 out of a sheet, between its 项目名称 row and the next table's. Every block is found by
 * its label text, wherever a clerk put it: the 项目资金 block by its 年初预算数 header, the indicators by 一级指标, the
 * end by 总分. Where the table has a 填报得分 (or 填报执行率) column, as this system's export does, the claimed values
 * come from there and 得分 is taken as computed; otherwise 得分 is what the submitter claimed.
 */
final class ProjectTableReader {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
    private static final Set<String> LABELS = Set.of(
            Labels.PROJECT_NAME,
            Labels.COMPETENT_DEPARTMENT,
            "主管部门",
            Labels.IMPLEMENTING_UNIT,
            Labels.FILLED_BY,
            Labels.EXPECTED,
            Labels.ACHIEVED);

    /** One table as read: the project in the table's own money unit, and where the table ends. */
    record Table(ProjectSelfEvaluation project, Integer fiscalYear, MoneyUnit moneyUnit, int lastRow) {}

    private enum Column {
        INITIAL,
        ANNUAL,
        EXECUTED,
        WEIGHT,
        RATE,
        SCORE,
        CLAIMED,
        CLAIMED_RATE,
        LEVEL1,
        LEVEL2,
        LEVEL3,
        TARGET,
        ACTUAL,
        REASON
    }

    private final SheetGrid grid;
    private final ImportProblems problems;
    private final MoneyUnit workbookMoneyUnit;

    ProjectTableReader(SheetGrid grid, ImportProblems problems, MoneyUnit workbookMoneyUnit) {
        this.grid = grid;
        this.problems = problems;
        this.workbookMoneyUnit = workbookMoneyUnit;
    }

    static boolean isProjectNameLabel(String text) {
        String k = CellValues.key(text);
        return k.equals(Labels.PROJECT_NAME) || k.startsWith(Labels.PROJECT_NAME + ":");
    }

    /** Whether the rows {@code from..to} hold a 自评表 rather than, say, a summary with a 项目名称 column. */
    boolean isTable(int from, int to) {
        return find(from, to, k -> k.equals(Labels.LEVEL1) || k.contains(Labels.TOTAL_FUNDS)) != null;
    }

    /**
     * @param preamble the first row after the previous table, where the title, 年度 and 填表人 stand
     * @param anchor the row of 项目名称
     * @param limit the row of the next table's 项目名称, or one past the sheet's last row
     */
    Table read(int preamble, int[] anchor, int limit) {
        int row = anchor[0];
        String name = valueOf(row, anchor[1]);
        if (name == null) {
            problems.add(grid.name(), SheetGrid.address(row, anchor[1]), "项目名称为空");
        }
        int[] fundsHeader = find(row, limit, k -> k.startsWith(Labels.INITIAL_BUDGET));
        int[] indicatorHeader = find(row, limit, k -> k.equals(Labels.LEVEL1));
        int headerEnd = fundsHeader != null ? fundsHeader[0] : indicatorHeader != null ? indicatorHeader[0] : limit;
        String competent = labelled(row, headerEnd, k -> k.startsWith("主管部门"));
        String implementing = labelled(row, headerEnd, k -> k.startsWith(Labels.IMPLEMENTING_UNIT));
        String filledBy = filledBy(preamble, row);
        if (filledBy == null) {
            filledBy = filledBy(row, limit);
        }
        Integer year = year(preamble, row);
        MoneyUnit moneyUnit = moneyUnit(preamble, indicatorHeader != null ? indicatorHeader[0] : limit);
        int goalsEnd = indicatorHeader != null ? indicatorHeader[0] : limit;
        int[] goalsLabel = find(row, goalsEnd, k -> k.startsWith(Labels.EXPECTED));
        int fundsEnd = goalsLabel != null ? goalsLabel[0] : goalsEnd;
        Funds funds = fundsHeader == null ? null : funds(fundsHeader[0], fundsEnd, moneyUnit);
        Goals goals = goals(row, goalsEnd);

        List<Indicator> indicators = new ArrayList<>();
        BigDecimal[] claimedTotal = new BigDecimal[1];
        int lastRow = indicatorHeader == null
                ? Math.max(row, fundsEnd - 1)
                : indicators(indicatorHeader, limit, indicators, claimedTotal);
        ClaimedProject claimed = claimedTotal[0] == null ? null : new ClaimedProject(claimedTotal[0], null, null);
        ProjectSelfEvaluation project = new ProjectSelfEvaluation(
                name == null ? "" : name, competent, implementing, filledBy, funds, goals, indicators, claimed, false);
        return new Table(project, year, moneyUnit, lastRow);
    }

    private Funds funds(int header, int end, MoneyUnit moneyUnit) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int c = 0; c < grid.width(header); c++) {
            String k = CellValues.key(grid.text(header, c));
            if (k.startsWith(Labels.INITIAL_BUDGET)) {
                columns.put(Column.INITIAL, c);
            } else if (k.startsWith(Labels.ANNUAL_BUDGET)) {
                columns.put(Column.ANNUAL, c);
            } else if (k.startsWith(Labels.EXECUTED)) {
                columns.put(Column.EXECUTED, c);
            } else if (k.equals(Labels.WEIGHT)) {
                columns.put(Column.WEIGHT, c);
            } else if (k.equals(Labels.EXECUTION_RATE)) {
                columns.put(Column.RATE, c);
            } else if (k.equals(Labels.SCORE)) {
                columns.put(Column.SCORE, c);
            } else if (k.equals(Labels.CLAIMED_SCORE)) {
                columns.put(Column.CLAIMED, c);
            } else if (k.equals(Labels.CLAIMED_RATE)) {
                columns.put(Column.CLAIMED_RATE, c);
            }
        }
        int labelsEnd = columns.getOrDefault(Column.INITIAL, grid.width(header));
        FundsRow total = null;
        FundsRow fiscal = null;
        FundsRow carryOver = null;
        FundsRow other = null;
        BigDecimal weight = null;
        Funds.ClaimedExecution claimed = null;
        for (int r = header + 1; r < end; r++) {
            String label = rowLabel(r, labelsEnd);
            if (label.contains(Labels.TOTAL_FUNDS) || label.contains("资金总额")) {
                total = fundsRow(r, columns, moneyUnit);
                weight = number(r, columns.get(Column.WEIGHT), Labels.WEIGHT);
                Integer rateColumn = columns.getOrDefault(Column.CLAIMED_RATE, columns.get(Column.RATE));
                String rate = rateColumn == null ? null : textOrNull(r, rateColumn);
                Integer scoreColumn = columns.getOrDefault(Column.CLAIMED, columns.get(Column.SCORE));
                BigDecimal score = number(
                        r, scoreColumn, columns.containsKey(Column.CLAIMED) ? Labels.CLAIMED_SCORE : Labels.SCORE);
                claimed = rate == null && score == null ? null : new Funds.ClaimedExecution(rate, score);
            } else if (label.contains(Labels.FISCAL_APPROPRIATION) || label.contains("财政拨款")) {
                fiscal = fundsRow(r, columns, moneyUnit);
            } else if (label.contains("上年结转")) {
                carryOver = fundsRow(r, columns, moneyUnit);
            } else if (label.contains(Labels.OTHER_FUNDS)) {
                other = fundsRow(r, columns, moneyUnit);
            }
        }
        if (total == null
                && fiscal == null
                && carryOver == null
                && other == null
                && weight == null
                && claimed == null) {
            return null;
        }
        return new Funds(total, fiscal, carryOver, other, weight, claimed);
    }

    private String rowLabel(int row, int end) {
        StringBuilder label = new StringBuilder();
        for (int c = 0; c < end; c++) {
            label.append(CellValues.key(grid.text(row, c)));
        }
        return label.toString();
    }

    private FundsRow fundsRow(int row, Map<Column, Integer> columns, MoneyUnit moneyUnit) {
        BigDecimal initial = money(row, columns.get(Column.INITIAL), Labels.INITIAL_BUDGET, moneyUnit);
        BigDecimal annual = money(row, columns.get(Column.ANNUAL), Labels.ANNUAL_BUDGET, moneyUnit);
        BigDecimal executed = money(row, columns.get(Column.EXECUTED), Labels.EXECUTED, moneyUnit);
        return initial == null && annual == null && executed == null ? null : new FundsRow(initial, annual, executed);
    }

    /** Null where the table has no 年度总体目标 block; a block left blank is a Goals of two nulls. */
    private Goals goals(int from, int end) {
        if (find(from, end, k -> k.startsWith(Labels.EXPECTED) || k.startsWith(Labels.ACHIEVED)) == null) {
            return null;
        }
        return new Goals(goal(from, end, Labels.EXPECTED), goal(from, end, Labels.ACHIEVED));
    }

    /** The text under the label (the printed form), or beside it, or after "：" in the label's own cell. */
    private String goal(int from, int end, String label) {
        int[] at = find(from, end, k -> k.startsWith(label));
        if (at == null) {
            return null;
        }
        String inline = inline(grid.text(at[0], at[1]));
        if (inline != null) {
            return inline;
        }
        for (int r = at[0] + 1; r < end; r++) {
            String below = grid.text(r, at[1]);
            if (!below.isEmpty()) {
                return isLabel(below) ? null : below;
            }
        }
        return valueOf(at[0], at[1]);
    }

    /** Reads the indicator rows into {@code out}; returns the last row of the table (总分, or the last indicator). */
    private int indicators(int[] header, int limit, List<Indicator> out, BigDecimal[] claimedTotal) {
        int h = header[0];
        Map<Column, Integer> columns = new HashMap<>();
        for (int c = 0; c < grid.width(h); c++) {
            String k = CellValues.key(grid.text(h, c));
            if (k.equals(Labels.LEVEL1)) {
                columns.put(Column.LEVEL1, c);
            } else if (k.equals(Labels.LEVEL2)) {
                columns.put(Column.LEVEL2, c);
            } else if (k.equals(Labels.LEVEL3)) {
                columns.put(Column.LEVEL3, c);
            } else if (k.startsWith(Labels.TARGET) || k.equals("指标值")) {
                columns.put(Column.TARGET, c);
            } else if (k.startsWith(Labels.ACTUAL)) {
                columns.put(Column.ACTUAL, c);
            } else if (k.equals(Labels.WEIGHT)) {
                columns.put(Column.WEIGHT, c);
            } else if (k.equals(Labels.SCORE)) {
                columns.put(Column.SCORE, c);
            } else if (k.startsWith(Labels.DEVIATION_REASON_STEM)) {
                columns.put(Column.REASON, c);
            } else if (k.equals(Labels.CLAIMED_SCORE)) {
                columns.put(Column.CLAIMED, c);
            }
        }
        for (Column required : List.of(Column.TARGET, Column.ACTUAL, Column.WEIGHT)) {
            if (!columns.containsKey(required)) {
                String title =
                        switch (required) {
                            case TARGET -> Labels.TARGET;
                            case ACTUAL -> Labels.ACTUAL;
                            default -> Labels.WEIGHT;
                        };
                problems.add(grid.name(), SheetGrid.address(h, header[1]), "绩效指标表头缺少“" + title + "”列");
            }
        }
        Integer scoreColumn = columns.getOrDefault(Column.CLAIMED, columns.get(Column.SCORE));
        String scoreTitle = columns.containsKey(Column.CLAIMED) ? Labels.CLAIMED_SCORE : Labels.SCORE;
        List<Integer> own = new ArrayList<>(columns.values());
        String level1 = null;
        String level2 = null;
        int last = h;
        for (int r = h + 1; r < limit; r++) {
            String first = firstText(r);
            String k = CellValues.key(first);
            if (k.equals(Labels.TOTAL) || k.startsWith(Labels.TOTAL + "(") || k.equals("合计") || k.equals("总计")) {
                claimedTotal[0] = number(r, scoreColumn, Labels.TOTAL + scoreTitle);
                return r;
            }
            if (k.startsWith("注:") || k.contains(Labels.TITLE)) {
                return last;
            }
            boolean hasOwn = false;
            for (int c : own) {
                hasOwn |= !grid.text(r, c).isEmpty();
            }
            if (!hasOwn) {
                continue;
            }
            // a blank 一级/二级 continues the group above, whether the cells were merged or left empty
            String l1 = shownOrNull(r, columns.get(Column.LEVEL1));
            String l2 = shownOrNull(r, columns.get(Column.LEVEL2));
            boolean newLevel1 = l1 != null && !l1.equals(level1);
            level1 = l1 != null ? l1 : level1;
            level2 = l2 != null ? l2 : newLevel1 ? null : level2;
            out.add(new Indicator(
                    level1,
                    level2,
                    textOrNull(r, columns.get(Column.LEVEL3)),
                    textOrNull(r, columns.get(Column.TARGET)),
                    textOrNull(r, columns.get(Column.ACTUAL)),
                    number(r, columns.get(Column.WEIGHT), Labels.WEIGHT),
                    number(r, scoreColumn, scoreTitle),
                    textOrNull(r, columns.get(Column.REASON))));
            last = r;
        }
        return last;
    }

    private String firstText(int row) {
        for (int c = 0; c < grid.width(row); c++) {
            String text = grid.text(row, c);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private Integer year(int preamble, int anchor) {
        for (int r = preamble; r < anchor; r++) {
            for (int c = 0; c < grid.width(r); c++) {
                Matcher m = YEAR.matcher(CellValues.key(grid.text(r, c)));
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    private MoneyUnit moneyUnit(int from, int to) {
        for (int r = from; r < to; r++) {
            for (int c = 0; c < grid.width(r); c++) {
                String text = grid.text(r, c);
                String k = CellValues.key(text);
                if (k.contains(Labels.FUNDS) || k.startsWith("单位") || k.startsWith("金额单位") || k.contains("预算数")) {
                    MoneyUnit moneyUnit = CellValues.moneyUnitIn(text);
                    if (moneyUnit != null) {
                        return moneyUnit;
                    }
                }
            }
        }
        return workbookMoneyUnit;
    }

    /** "填表人：李四　联系电话：0398-2811111", in one cell or several: the name and the number. */
    private static final Pattern FILLER_LINE =
            Pattern.compile("填表人[^：:]*[：:]\\s*(.*?)\\s*(?:联系电话|联系方式|电话)\\s*[：:]\\s*(.+)");

    /**
     * 填表人及联系方式: "填表人及联系方式：赵雪梅 3117103" above the table as the official form has it, or a line
     * "填表人：… 联系电话：…" (above or below the table, in one cell or two) as many forms print it, read as "name number".
     */
    private String filledBy(int from, int to) {
        int[] at = find(from, to, k -> k.startsWith("填表人"));
        if (at == null) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        for (int c = at[1]; c < grid.width(at[0]); c++) {
            String text = grid.text(at[0], c);
            if (!text.isEmpty()) {
                line.append(text).append(' ');
            }
        }
        Matcher m = FILLER_LINE.matcher(line.toString().strip());
        if (m.matches()) {
            return (CellValues.strip(m.group(1)) + " " + CellValues.strip(m.group(2))).strip();
        }
        return valueOf(at[0], at[1]);
    }

    /** The value of the first label matching {@code test} in the rows, or null. */
    private String labelled(int from, int to, Predicate<String> test) {
        int[] at = find(from, to, test);
        return at == null ? null : valueOf(at[0], at[1]);
    }

    /** A label's value: after "：" in its own cell, or the next text to its right that is not another label. */
    private String valueOf(int row, int column) {
        String inline = inline(grid.text(row, column));
        if (inline != null) {
            return inline;
        }
        for (int c = grid.lastColumnOf(row, column) + 1; c < grid.width(row); c++) {
            String text = grid.text(row, c);
            if (text.isEmpty()) {
                continue;
            }
            return isLabel(text) ? null : text;
        }
        return null;
    }

    private static String inline(String text) {
        int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
        if (colon < 0) {
            return null;
        }
        String value = CellValues.strip(text.substring(colon + 1));
        return value.isEmpty() ? null : value;
    }

    private static boolean isLabel(String text) {
        String k = CellValues.key(text);
        return LABELS.contains(k) || k.startsWith("填表人") || k.startsWith("主管部门");
    }

    /** The first cell in the rows whose own text, as a key, passes {@code test}: {row, column}, or null. */
    int[] find(int from, int to, Predicate<String> test) {
        for (int r = from; r < to; r++) {
            for (int c = 0; c < grid.width(r); c++) {
                String text = grid.text(r, c);
                if (!text.isEmpty() && test.test(CellValues.key(text))) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    private String textOrNull(int row, Integer column) {
        if (column == null) {
            return null;
        }
        String text = grid.text(row, column);
        return text.isEmpty() ? null : text;
    }

    private String shownOrNull(int row, Integer column) {
        if (column == null) {
            return null;
        }
        String text = grid.shown(row, column);
        return text.isEmpty() ? null : text;
    }

    private BigDecimal number(int row, Integer column, String what) {
        return value(row, column, what, null);
    }

    private BigDecimal money(int row, Integer column, String what, MoneyUnit moneyUnit) {
        return value(row, column, what, moneyUnit);
    }

    /** A number from a numeric cell or from text; a text that is no number is a problem, reported with the cell. */
    private BigDecimal value(int row, Integer column, String what, MoneyUnit moneyUnit) {
        if (column == null || grid.isCovered(row, column)) {
            return null;
        }
        CellType type = grid.type(row, column);
        if (type == CellType.NUMERIC) {
            Cell cell = grid.cell(row, column);
            return CellValues.fromDouble(cell.getNumericCellValue());
        }
        if (type == CellType.BLANK) {
            return null;
        }
        String text = grid.text(row, column);
        if (CellValues.isBlank(text)) {
            return null;
        }
        BigDecimal parsed = type == CellType.STRING
                ? moneyUnit == null ? CellValues.parseNumber(text) : CellValues.parseMoney(text, moneyUnit)
                : null;
        if (parsed == null) {
            String shown = type == CellType.ERROR ? "公式错误 " + grid.raw(row, column) : text;
            problems.add(grid.name(), SheetGrid.address(row, column), what + "应为数字，实际为“" + shown + "”");
        }
        return parsed;
    }
}
