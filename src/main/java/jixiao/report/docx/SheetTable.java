package jixiao.report.docx;

import java.util.List;
import jixiao.report.EvaluationSheet;
import jixiao.report.EvaluationSheet.FundsLine;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.report.docx.WordTable.Merge;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The 项目支出绩效自评表 in the official layout on the sheet's nine-column grid, the label column (项目资金, 年度总体目标,
 * 绩效指标) merged down its block, 一级 and 二级指标 merged down their groups. It is two Word tables on one grid, as in
 * the PDF: the head (项目名称 to 年度总体目标) and the indicators, whose heading row Word repeats on every page they
 * run over (Word repeats only a table's first rows); a one-point paragraph keeps Word from joining them.
 */
final class SheetTable {

    private static final ParagraphAlignment LEFT = ParagraphAlignment.LEFT;
    private static final ParagraphAlignment CENTER = ParagraphAlignment.CENTER;

    private SheetTable() {}

    static void write(XWPFDocument document, EvaluationSheet sheet) {
        WordTable table = new WordTable(document, WordLook.widths(EvaluationSheet.grid()));
        table.row(false).cell("项目名称", 2).cell(sheet.projectName(), 7, Merge.NONE, LEFT);
        table.row(false)
                .cell("主管部门及代码", 2)
                .cell(sheet.competentDepartment(), 3, Merge.NONE, LEFT)
                .cell("实施单位", 2)
                .cell(sheet.implementingUnit(), 2, Merge.NONE, LEFT);

        List<String> fundsHeader = FundsLine.HEADER;
        table.row(false).cell(sheet.fundsLabel(), 1, Merge.START, CENTER).cell(fundsHeader.get(0), 2);
        for (int i = 1; i < fundsHeader.size(); i++) {
            table.cell(fundsHeader.get(i));
        }
        for (FundsLine line : sheet.funds()) {
            List<String> cells = line.cells();
            table.row(false).cell("", 1, Merge.CONTINUE, CENTER).cell(cells.get(0), 2, Merge.NONE, LEFT);
            for (int i = 1; i < cells.size(); i++) {
                table.cell(cells.get(i));
            }
        }

        table.row(false).cell("年度总体目标", 1, Merge.START, CENTER).cell("预期目标", 4).cell("实际完成情况", 4);
        table.row(false)
                .cell("", 1, Merge.CONTINUE, CENTER)
                .cell(sheet.expectedGoal(), 4, Merge.NONE, LEFT)
                .cell(sheet.achievedGoal(), 4, Merge.NONE, LEFT);

        joint(document);
        table = new WordTable(document, WordLook.widths(EvaluationSheet.grid()));
        table.row(true).cell("", 1, Merge.NONE, CENTER);
        for (String heading : IndicatorLine.HEADER) {
            table.cell(heading);
        }
        boolean first = true;
        if (sheet.indicatorsMissing() != null) {
            table.row(false).cell("绩效指标", 1, Merge.NONE, CENTER).cell(sheet.indicatorsMissing(), 8, Merge.NONE, LEFT);
        }
        for (IndicatorLine line : sheet.indicators()) {
            List<String> cells = line.cells();
            Merge label = sheet.indicators().size() == 1 ? Merge.NONE : first ? Merge.START : Merge.CONTINUE;
            table.row(false)
                    .cell(first ? "绩效指标" : "", 1, label, CENTER)
                    .cell(cells.get(0), 1, merge(line.level1Rows()), CENTER)
                    .cell(cells.get(1), 1, merge(line.level2Rows()), CENTER)
                    .cell(cells.get(2), 1, Merge.NONE, LEFT);
            for (int i = 3; i < cells.size(); i++) {
                table.cell(cells.get(i), 1, Merge.NONE, i == cells.size() - 1 ? LEFT : CENTER);
            }
            first = false;
        }
        table.row(false)
                .cell("总分", 6)
                .cell(sheet.weightTotal() == null ? "—" : sheet.weightTotal().toString())
                .cell(sheet.total().toString())
                .cell("");
    }

    /** A one-point paragraph between two tables: invisible, but Word no longer joins them into one. */
    private static void joint(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
        XWPFRun run = paragraph.createRun();
        run.setFontSize(1);
    }

    /** A cell spanning more than one row starts a merge; a row inside a span continues it. */
    private static Merge merge(int rows) {
        if (rows == 0) {
            return Merge.CONTINUE;
        }
        return rows > 1 ? Merge.START : Merge.NONE;
    }
}
