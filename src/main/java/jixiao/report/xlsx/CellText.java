package jixiao.report.xlsx;

/**
 * Text as a cell holds it: Excel's limit is 32,767 characters a cell (POI refuses more, and a 40,000-character goal
 * made every workbook of its unit fail). A longer text is cut, and the cell says so and how long the whole was; the
 * whole text stays in the system, the JSON export and the other documents.
 */
final class CellText {
    /** SpreadsheetVersion.EXCEL2007.getMaxTextLength(). */
    static final int LIMIT = 32_767;

    private CellText() {}

    static String fitted(String text) {
        if (text == null || text.length() <= LIMIT) {
            return text;
        }
        String note = "……（超出单元格上限，已截断；全文共 " + text.length() + " 个字符）";
        int keep = LIMIT - note.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + note;
    }
}
