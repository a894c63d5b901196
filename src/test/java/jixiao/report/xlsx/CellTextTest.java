package jixiao.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A text longer than a cell holds (Excel and POI: 32,767 characters) is cut with a note saying so and how long it was,
 * instead of failing the whole workbook (issue 13: a 40,000-character goal made the xlsx downloads answer 500).
 */
class CellTextTest {

    @Test
    void aTextLongerThanACellIsCutWithANoteAndShorterTextsStayAsTheyAre() {
        String goal = "目".repeat(40_000);

        String fitted = CellText.fitted(goal);

        assertThat(fitted).hasSize(CellText.LIMIT).startsWith("目目目").endsWith("全文共 40000 个字符）");
        assertThat(CellText.fitted("完成")).isEqualTo("完成");
        assertThat(CellText.fitted(null)).isNull();
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String text = "目".repeat(CellText.LIMIT - 40) + "😀".repeat(100);

        String fitted = CellText.fitted(text);

        assertThat(fitted.codePoints().allMatch(c -> !Character.isSurrogate((char) c) || c > 0xFFFF))
                .isTrue();
        assertThat(fitted.length()).isLessThanOrEqualTo(CellText.LIMIT);
    }

    @Test
    void aListWorkbookWithALongTextIsWrittenAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (ListWorkbook list = new ListWorkbook(
                "列表",
                "列表",
                List.of(
                        new ListWorkbook.Column("序号", ListWorkbook.Kind.WHOLE, 8),
                        new ListWorkbook.Column("说明", ListWorkbook.Kind.TEXT, 40)))) {
            list.add(List.of(1, "说".repeat(50_000)));
            list.write(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cell = workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(CellText.LIMIT).contains("已截断");
        }
    }

    /**
     * The streamed tables (the 复核 results, the sample list, the audit export, the region's re-check) cut a long text
     * too: the 复核 results join every row's opinion of an evaluation into one cell.
     */
    @Test
    void aStreamedTableWithALongTextIsWrittenAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (StreamedTable table = new StreamedTable(
                "表",
                "表",
                List.of(varied(40_000)),
                List.of(
                        new StreamedTable.Column("序号", StreamedTable.Kind.WHOLE, 8),
                        new StreamedTable.Column("意见", StreamedTable.Kind.TEXT, 40)))) {
            table.add(List.of(1L, varied(50_000)), null, false);
            table.notesSheet("说明", List.of(varied(33_000)));
            table.write(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .hasSize(CellText.LIMIT);
            String cell = workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(CellText.LIMIT).contains("已截断").contains("50000");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .hasSize(CellText.LIMIT);
        }
    }

    /** Chinese text that does not repeat (a repeated character compresses so well that POI takes it for a zip bomb). */
    private static String varied(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }
}
