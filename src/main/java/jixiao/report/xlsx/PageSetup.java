package jixiao.report.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet of the workbook prints: A4, as wide as the page (as many pages down as it needs), centred, with its
 * heading row repeated on each page; landscape where the sheet is wide.
 */
final class PageSetup {
    private PageSetup() {}

    /** A wide sheet: landscape, the row {@code headingRow} (from 0) repeated on every page. */
    static void landscape(Sheet sheet, int headingRow) {
        apply(sheet, true, headingRow);
    }

    /** A narrow sheet: portrait, the row {@code headingRow} (from 0) repeated on every page. */
    static void portrait(Sheet sheet, int headingRow) {
        apply(sheet, false, headingRow);
    }

    private static void apply(Sheet sheet, boolean landscape, int headingRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, -1, -1));
    }
}
