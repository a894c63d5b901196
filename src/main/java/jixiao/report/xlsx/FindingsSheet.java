package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Finding;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 问题清单 sheet, a working sheet of the review: every finding with its Chinese category (问题类别, what people read)
 * beside its stable code (for filters and machines).
 */
final class FindingsSheet {
    private static final int[] WIDTHS = {6, 28, 20, 6, 28, 28, 90};
    private static final String WHOLE_UNIT = "（整体）";

    private FindingsSheet() {}

    static void write(Sheet sheet, SheetStyles styles, List<Finding> findings) {
        TableWriter t = new TableWriter(sheet, WIDTHS);
        String[] columns = {"序号", "代码", "问题类别", "级别", "项目", "指标", "说明"};
        for (int c = 0; c < columns.length; c++) {
            t.text(0, c, columns[c], styles.header);
        }
        int row = 1;
        for (Finding finding : findings) {
            t.number(row, 0, BigDecimal.valueOf(row), styles.whole);
            t.text(row, 1, finding.code().name(), styles.text);
            t.text(row, 2, finding.code().title(), styles.text);
            t.text(row, 3, finding.severity().label(), styles.centred);
            t.text(row, 4, finding.project() == null ? WHOLE_UNIT : finding.project(), styles.text);
            t.text(row, 5, finding.indicator(), styles.text);
            t.text(row, 6, finding.message(), styles.text);
            row++;
        }
        t.fitRowHeights(1, row - 1, 1);
        sheet.createFreezePane(0, 1);
        PageSetup.landscape(sheet, 0);
        if (row > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, row - 1, 0, WIDTHS.length - 1));
        }
    }
}
