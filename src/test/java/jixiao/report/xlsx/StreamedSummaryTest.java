package jixiao.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import jixiao.shared.MoneyUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/** The streamed summary's content; its speed and memory are measured by {@link WorkbookBenchmark}, not here. */
class StreamedSummaryTest {

    @Test
    void everyProjectIsARowWithNumbersAndTheTotalsRowAddsThemUp() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationWorkbook()
                .writeSummary(2021, "某单位", MoneyUnit.TEN_THOUSAND_YUAN, new GeneratedProjects(300), out);

        try (Workbook workbook = Seed.open(out.toByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("汇总");
            int first = SummarySheet.HEADER_ROW + 1;
            assertThat(sheet.getLastRowNum()).isEqualTo(first + 300);
            assertThat(sheet.getRow(first).getCell(1).getStringCellValue()).isEqualTo("项目1");
            // project 1: budget 10, 80% spent
            assertThat(sheet.getRow(first).getCell(2).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(first).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(first).getCell(4).getNumericCellValue()).isEqualTo(0.8);
            assertThat(sheet.getRow(first).getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00%");
            double budget = 0;
            for (int r = first; r < first + 300; r++) {
                budget += sheet.getRow(r).getCell(2).getNumericCellValue();
            }
            int totals = first + 300;
            assertThat(sheet.getRow(totals).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(totals).getCell(2).getNumericCellValue()).isEqualTo(budget);
        }
    }
}
