package jixiao.report.xlsx;

/**
 * One reason a workbook cannot be imported, located for the clerk who has to fix it.
 *
 * @param sheet the sheet's name, or null where the problem is the whole workbook
 * @param cell the cell in A1 notation ("G14"), or null where the problem is a whole sheet
 * @param message a Chinese sentence that quotes the value found
 */
public record ImportProblem(String sheet, String cell, String message) {

    /** {@code 工作表“专家评审费”单元格 G14：分值应为数字，实际为“十五”}. */
    @Override
    public String toString() {
        if (sheet == null) {
            return message;
        }
        String where = "工作表“" + sheet + "”";
        return cell == null ? where + "：" + message : where + "单元格 " + cell + "：" + message;
    }
}
