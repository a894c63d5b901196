package jixiao.report.xlsx;

import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitItemAssessment;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 整体自评 sheet: the 部门（单位）整体自评 scored by its framework, one row an item (分值 and 得分 as numbers, the
 * rate as a fraction formatted as a percentage), with the claimed score beside the computed one and the arithmetic.
 */
final class UnitSheet {
    static final String NAME = "整体自评";
    private static final int[] WIDTHS = {20, 22, 8, 10, 8, 10, 10, 80};

    private UnitSheet() {}

    static void write(Sheet sheet, SheetStyles styles, UnitAssessment department) {
        TableWriter t = new TableWriter(sheet, WIDTHS);
        t.text(
                0,
                0,
                WIDTHS.length - 1,
                "部门（单位）整体自评（" + department.framework().name() + "，版本 "
                        + department.framework().version() + "）",
                styles.title);
        t.merge(0, 0, 0, WIDTHS.length - 1, styles.title);
        String[] columns = {"评价方面", "评分项目", "分值", "分值来源", "比率", "得分", "自评得分", "计算说明"};
        for (int c = 0; c < columns.length; c++) {
            t.text(1, c, columns[c], styles.header);
        }
        int row = 2;
        for (UnitItemAssessment item : department.items()) {
            t.text(row, 0, item.item().area(), styles.text);
            t.text(row, 1, item.item().name(), styles.text);
            t.number(row, 2, item.item().weight().value(), styles.score);
            t.text(row, 3, item.item().weightInferred() ? "推定" : "框架规定", styles.centred);
            t.number(row, 4, item.rate() == null ? null : item.rate().value(), styles.percent);
            t.number(row, 5, item.score().value(), styles.score);
            t.number(
                    row,
                    6,
                    item.claimedScore() == null ? null : item.claimedScore().value(),
                    styles.score);
            t.text(
                    row,
                    7,
                    item.explanation()
                            + (item.item().weightInferred()
                                    ? "（分值" + item.item().weightBasis() + "）"
                                    : ""),
                    styles.explanation);
            row++;
        }
        // while an item is unscored the total is not graded: 未完成评分, with the items named
        t.text(row, 0, 1, "合计（等级：" + department.gradeOrIncomplete() + "）", styles.label);
        t.merge(row, row, 0, 1, styles.label);
        t.number(row, 2, department.framework().totalWeight().value(), styles.score);
        t.text(row, 3, null, styles.text);
        t.text(row, 4, null, styles.text);
        t.number(row, 5, department.total().value(), styles.score);
        t.number(row, 6, department.claimedTotal().value(), styles.score);
        t.text(row, 7, "得分为按评分规则计算的分数；自评得分为单位填报数", styles.explanation);
        t.fitRowHeights(2, row, 1);
        sheet.createFreezePane(0, 2);
        PageSetup.landscape(sheet, 1);
    }
}
