package jixiao.report.docx;

import java.math.BigInteger;
import jixiao.report.DocumentCancelled;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A bordered Word table on a fixed grid, filled row by row with cells that span columns (gridSpan) or continue the
 * cell above (vMerge), the way Word itself stores merged cells.
 */
final class WordTable {

    /** How a cell takes part in a vertical merge. */
    enum Merge {
        NONE,
        /** The first cell of a vertical merge; it carries the text. */
        START,
        /** Continues the cell above; its own text is empty. */
        CONTINUE
    }

    private final XWPFTable table;
    private final int[] widths;
    private XWPFTableRow row;
    private boolean headerRow;
    private int column;

    WordTable(XWPFDocument document, int[] widths) {
        this.widths = widths.clone();
        table = document.createTable();
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(30, 60, 30, 60);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        // createTable() starts with one empty row of one cell; rows are added by row() instead
        table.removeRow(0);
    }

    /** Starts a row that Word keeps on one page; {@code header} rows repeat at the top of each page. */
    WordTable row(boolean header) {
        DocumentCancelled.check();
        if (row != null && column != widths.length) {
            throw new IllegalStateException("row filled to column " + column + " of " + widths.length);
        }
        row = table.insertNewTableRow(table.getNumberOfRows());
        row.setCantSplitRow(true);
        if (header) {
            row.setRepeatHeader(true);
        }
        headerRow = header;
        column = 0;
        return this;
    }

    WordTable cell(String text) {
        return cell(text, 1, Merge.NONE, ParagraphAlignment.CENTER);
    }

    WordTable cell(String text, int span) {
        return cell(text, span, Merge.NONE, ParagraphAlignment.CENTER);
    }

    WordTable cell(String text, int span, Merge merge, ParagraphAlignment alignment) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int i = column; i < column + span; i++) {
            width += widths[i];
        }
        properties.addNewTcW().setType(STTblWidth.DXA);
        properties.getTcW().setW(BigInteger.valueOf(width));
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge == Merge.START) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        } else if (merge == Merge.CONTINUE) {
            properties.addNewVMerge().setVal(STMerge.CONTINUE);
        }
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        if (merge != Merge.CONTINUE && text != null && !text.isEmpty()) {
            XWPFRun run = paragraph.createRun();
            WordLook.font(run, headerRow ? WordLook.HEADING_FONT : WordLook.TABLE_FONT, WordLook.TABLE_SIZE);
            DocxReport.setText(run, text);
        }
        column += span;
        return this;
    }
}
