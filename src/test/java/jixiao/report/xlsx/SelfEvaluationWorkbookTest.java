package jixiao.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report written as a workbook, read back with POI and checked cell by cell. */
class SelfEvaluationWorkbookTest {
    private static Workbook workbook;
    private static final DataFormatter SHOWN = new DataFormatter();

    @BeforeAll
    static void writeTheSeed() {
        workbook = Seed.open(Seed.seedWorkbook());
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void sheetsAreTheSummaryOneSheetPerProjectTheFindingsAndTheHiddenData() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).hasSize(14);
        assertThat(names.get(0)).isEqualTo("汇总");
        assertThat(names.subList(1, 11)).contains("专家评审费", "公共资源配置提升经费(含党建、精神文明)");
        assertThat(names.get(11)).isEqualTo("整体自评");
        assertThat(names.get(12)).isEqualTo("问题清单");
        assertThat(names.get(13)).isEqualTo("报告数据");
        assertThat(workbook.isSheetHidden(13)).isTrue();
        assertThat(workbook.getActiveSheetIndex()).isZero();
    }

    @Test
    void theExpertFeeSheetHasTheOfficialHeaderAndFundsBlock() {
        Sheet sheet = workbook.getSheet("专家评审费");

        assertThat(text(sheet, "A1")).isEqualTo("项目支出绩效自评表");
        assertThat(text(sheet, "A2")).isEqualTo("（2021年度）");
        assertThat(text(sheet, "A3")).isEqualTo("填表人及联系方式：赵雪梅 3117103");
        assertThat(text(sheet, "A4")).isEqualTo("项目名称");
        assertThat(text(sheet, "B4")).isEqualTo("专家评审费");
        assertThat(text(sheet, "F5")).isEqualTo("实施单位");
        assertThat(text(sheet, "G5")).isEqualTo("市公共资源交易中心");
        assertThat(text(sheet, "A6")).isEqualTo("项目资金（万元）");
        assertThat(List.of(
                        text(sheet, "D6"),
                        text(sheet, "E6"),
                        text(sheet, "F6"),
                        text(sheet, "G6"),
                        text(sheet, "H6"),
                        text(sheet, "I6")))
                .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertThat(text(sheet, "B7")).isEqualTo("年度资金总额");
        assertThat(number(sheet, "E7")).isEqualTo(21.0);
        assertThat(number(sheet, "F7")).isEqualTo(7.3);
        assertThat(format(sheet, "F7")).isEqualTo("#,##0.00");
        // the form holds the unit's 执行率 as it printed it; the rate from the amounts stands beside the form
        assertThat(number(sheet, "H7")).isEqualTo(0.3476, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(format(sheet, "H7")).isEqualTo("0.00%");
        assertThat(shown(sheet, "H7")).isEqualTo("34.76%");
        assertThat(number(sheet, "I7")).isEqualTo(3.48);
        assertThat(text(sheet, "L6")).isEqualTo("计算执行率");
        assertThat(number(sheet, "L7")).isEqualTo(7.3 / 21, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(text(sheet, "J6")).isEqualTo("计算得分");
        assertThat(number(sheet, "J7")).isEqualTo(3.48);
        assertThat(shown(sheet, "G8")).isEqualTo("—");
        assertThat(text(sheet, "B11")).isEqualTo("预期目标");
        assertThat(text(sheet, "F11")).isEqualTo("实际完成情况");
        assertThat(text(sheet, "B12")).isEqualTo("为交易主体、社会大众以及职工提供温暖的办公环境");
    }

    @Test
    void theExpertCountRowHasItsTextsWeightAndTheComputedScoreAsNumbers() {
        Sheet sheet = workbook.getSheet("专家评审费");
        int row = rowOf(sheet, 3, "评审专家人数");

        assertThat(row).isEqualTo(13); // G14 in Excel: the cell the import errors name
        assertThat(text(sheet, row, 4)).isEqualTo("≥200人");
        assertThat(text(sheet, row, 5)).isEqualTo("145人");
        Cell weight = sheet.getRow(row).getCell(6);
        assertThat(weight.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(weight.getNumericCellValue()).isEqualTo(15.0);
        Cell score = sheet.getRow(row).getCell(7);
        assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(score.getNumericCellValue()).isEqualTo(10.88);
        assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(text(sheet, "J13")).isEqualTo("计算得分");
        assertThat(sheet.getRow(row).getCell(9).getNumericCellValue()).isEqualTo(10.88);
        // the unit claims 0 for a platform it built: the form says 0, the rule's 5 stands beside it
        Sheet platform = workbook.getSheet("交易平台建设及电子化建设");
        int built = rowOf(platform, 3, "公共服务平台建设");
        assertThat(platform.getRow(built).getCell(7).getNumericCellValue()).isEqualTo(0.0);
        assertThat(platform.getRow(built).getCell(9).getNumericCellValue()).isEqualTo(5.0);
        assertThat(text(sheet, "K13")).isEqualTo("计算说明");
        assertThat(text(sheet, row, 10)).contains("15 × 145 ÷ 200 = 10.88");
    }

    @Test
    void level1AndLevel2CellsAreMergedOverTheirGroups() {
        Sheet sheet = workbook.getSheet("专家评审费");

        // 产出指标 over its four rows (数量, 质量, 时效, 成本), 效益指标 over two; 满意度 is a single row
        assertThat(mergedRegions(sheet)).contains("B14:B17", "B18:B19", "A13:A20");
        assertThat(text(sheet, "B14")).isEqualTo("产出指标");
        assertThat(sheet.getRow(14).getCell(1).getCellType()).isEqualTo(CellType.BLANK);

        Sheet heating = workbook.getSheet("办公用房取暖");
        // the two satisfaction rows share 一级 and 二级
        assertThat(mergedRegions(heating)).contains("B20:B21", "C20:C21");
    }

    @Test
    void theTotalRowHasTheWeightsTheComputedAndTheClaimedTotalAndTheNotesFollow() {
        Sheet sheet = workbook.getSheet("专家评审费");
        int row = rowOf(sheet, 0, "总分");

        // formulas, with the values cached for readers that do not recalculate
        Cell weights = sheet.getRow(row).getCell(6);
        Cell total = sheet.getRow(row).getCell(7);
        Cell computed = sheet.getRow(row).getCell(9);
        assertThat(weights.getCellFormula()).isEqualTo("SUM(G14:G" + row + ")+G7");
        assertThat(total.getCellFormula()).isEqualTo("SUM(H14:H" + row + ")+I7");
        assertThat(computed.getCellFormula()).isEqualTo("SUM(J14:J" + row + ")+J7");
        assertThat(weights.getNumericCellValue()).isEqualTo(100.0);
        assertThat(total.getNumericCellValue()).isEqualTo(89.24);
        assertThat(computed.getNumericCellValue()).isEqualTo(89.24);
        // what the formulas give is what is cached
        org.apache.poi.ss.usermodel.FormulaEvaluator evaluator =
                workbook.getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(89.24, offset());
        assertThat(evaluator.evaluate(computed).getNumberValue()).isEqualTo(89.24, offset());
        assertThat(text(sheet, row, 10)).contains("等级：良");
        assertThat(text(sheet, row + 1, 0))
                .startsWith("注：1. 绩效自评采取打分评价的形式")
                .contains("产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分")
                .contains("100%-80%（含）、80%-60%（含）、60%-0%")
                .contains("本表“得分”“执行率”“总分”为单位填报数");
    }

    @Test
    void theSummaryHasTenProjectRowsAndATotalsRowWithNumericPercentRates() {
        Sheet summary = workbook.getSheet("汇总");
        int header = SummarySheet.HEADER_ROW;

        assertThat(text(summary, header, 1)).isEqualTo("项目名称");
        for (int r = header + 1; r <= header + 10; r++) {
            Cell rate = summary.getRow(r).getCell(4);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(summary.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        int totals = header + 11;
        assertThat(summary.getLastRowNum()).isEqualTo(totals);
        assertThat(text(summary, totals, 0)).isEqualTo("合计");
        assertThat(summary.getRow(totals).getCell(2).getNumericCellValue()).isEqualTo(1684.0);
        assertThat(summary.getRow(totals).getCell(3).getNumericCellValue()).isEqualTo(826.84, offset());
        assertThat(text(summary, header + 8, 1)).isEqualTo("专家评审费");
        assertThat(summary.getRow(header + 8).getCell(5).getNumericCellValue()).isEqualTo(89.24);
        assertThat(text(summary, header + 8, 6)).isEqualTo("良");
        assertThat(summary.getRow(header + 8).getCell(1).getHyperlink().getAddress())
                .isEqualTo("'专家评审费'!A1");
    }

    @Test
    void eachProjectSheetPrintsTheOfficialFormOnlyWithItsHeadingsRepeatedAndItsTopFrozen() {
        for (String name : List.of("专家评审费", "办公用房取暖")) {
            Sheet sheet = workbook.getSheet(name);
            int notes = rowOf(sheet, 0, "总分") + 1;
            assertThat(workbook.getPrintArea(workbook.getSheetIndex(sheet)))
                    .as("columns A–I, the check columns outside")
                    .endsWith("!$A$1:$I$" + (notes + 1));
            assertThat(sheet.getRepeatingRows()).hasToString(new CellRangeAddress(12, 12, -1, -1).toString());
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        }
    }

    @Test
    void everySheetPrintsOnA4FitToTheWidthWithItsHeadingRowRepeated() {
        for (Sheet sheet : workbook) {
            if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                continue;
            }
            assertThat(sheet.getPrintSetup().getPaperSize())
                    .as(sheet.getSheetName())
                    .isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth())
                    .as(sheet.getSheetName())
                    .isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight())
                    .as(sheet.getSheetName())
                    .isZero();
            assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
        }
    }

    @Test
    void theSummaryTotalsAreFormulasWithTheirValuesCached() {
        Sheet summary = workbook.getSheet("汇总");
        int totals = SummarySheet.HEADER_ROW + 11;
        org.apache.poi.ss.usermodel.Row row = summary.getRow(totals);
        assertThat(row.getCell(2).getCellFormula()).isEqualTo("SUM(C4:C13)");
        assertThat(row.getCell(4).getCellFormula()).isEqualTo("IF(C14=0,\"\",D14/C14)");
        assertThat(row.getCell(5).getCellFormula()).isEqualTo("ROUND(AVERAGE(F4:F13),2)");
        org.apache.poi.ss.usermodel.FormulaEvaluator evaluator =
                workbook.getCreationHelper().createFormulaEvaluator();
        for (int c : new int[] {2, 3, 4, 5, 7, 8}) {
            assertThat(row.getCell(c).getNumericCellValue())
                    .as("column %d", c)
                    .isEqualTo(evaluator.evaluate(row.getCell(c)).getNumberValue(), offset());
        }
    }

    @Test
    void theWholeUnitSheetHasEveryFrameworkItemWithNumbersAndTheTotal() {
        Sheet sheet = workbook.getSheet("整体自评");
        jixiao.scoring.UnitAssessment unit = new jixiao.scoring.SelfEvaluationChecker(jixiao.scoring.RuleSet.defaults())
                .assess(Seed.report())
                .department();
        assertThat(text(sheet, 1, 1)).isEqualTo("评分项目");
        for (int i = 0; i < unit.items().size(); i++) {
            jixiao.scoring.UnitItemAssessment item = unit.items().get(i);
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(2 + i);
            assertThat(text(sheet, 2 + i, 1)).isEqualTo(item.item().name());
            assertThat(row.getCell(2).getNumericCellValue())
                    .isEqualTo(item.item().weight().value().doubleValue());
            assertThat(text(sheet, 2 + i, 3)).isEqualTo("推定");
            assertThat(row.getCell(5).getNumericCellValue())
                    .isEqualTo(item.score().value().doubleValue());
            assertThat(text(sheet, 2 + i, 7)).startsWith(item.explanation());
        }
        org.apache.poi.ss.usermodel.Row total = sheet.getRow(2 + unit.items().size());
        assertThat(total.getCell(5).getNumericCellValue())
                .isEqualTo(unit.total().value().doubleValue());
        assertThat(total.getCell(6).getNumericCellValue())
                .isEqualTo(unit.claimedTotal().value().doubleValue());
        assertThat(total.getCell(0).getStringCellValue()).contains("未完成评分（未评分：履职效益、满意度）");
    }

    @Test
    void theFindingsSheetListsEveryFindingWithCodeSeverityProjectIndicatorAndMessage() {
        Sheet findings = workbook.getSheet("问题清单");

        assertThat(text(findings, 0, 1)).isEqualTo("代码");
        assertThat(text(findings, 0, 3)).isEqualTo("级别");
        assertThat(text(findings, 0, 6)).isEqualTo("说明");
        int rows = findings.getLastRowNum();
        int total = new jixiao.scoring.SelfEvaluationChecker(jixiao.scoring.RuleSet.defaults())
                .assess(Seed.report())
                .findings()
                .size();
        assertThat(rows).isEqualTo(total);
        assertThat(text(findings, 1, 3)).isIn("错误", "警告", "提示");
        boolean wholeUnit = false;
        for (int r = 1; r <= rows; r++) {
            wholeUnit |= text(findings, r, 4).equals("（整体）");
        }
        assertThat(wholeUnit).isTrue();
    }

    @Test
    void noNumberOfAProjectSheetIsStoredAsTextAndTheFontIsSimSun() {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals("汇总")
                    || sheet.getSheetName().equals("问题清单")
                    || sheet.getSheetName().equals("报告数据")) {
                continue;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && row.getRowNum() >= 13) {
                        String value = cell.getStringCellValue();
                        boolean scoreColumn =
                                cell.getColumnIndex() == 6 || cell.getColumnIndex() == 7 || cell.getColumnIndex() == 9;
                        assertThat(scoreColumn && value.matches("[0-9.]+"))
                                .as("%s!%s holds %s as text", sheet.getSheetName(), cell.getAddress(), value)
                                .isFalse();
                    }
                }
            }
            XSSFCellStyle style = (XSSFCellStyle) sheet.getRow(13).getCell(3).getCellStyle();
            assertThat(style.getFont().getFontName()).isEqualTo("宋体");
        }
    }

    @Test
    void aProjectPrintedWithoutTableSaysSoInItsNotes() {
        Sheet sheet = workbook.getSheet("培训宣传等专项业务费");
        int row = rowOf(sheet, 0, "总分");

        assertThat(text(sheet, row, 10)).contains("报告未附自评表");
        assertThat(text(sheet, row + 1, 0)).contains("报告未附本项目的自评表");
    }

    private static org.assertj.core.data.Offset<Double> offset() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static List<String> mergedRegions(Sheet sheet) {
        List<String> regions = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            regions.add(region.formatAsString());
        }
        return regions;
    }

    private static int rowOf(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(text + " not found in column " + column + " of " + sheet.getSheetName());
    }

    private static Cell cell(Sheet sheet, String address) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String text(Sheet sheet, String address) {
        return cell(sheet, address).getStringCellValue();
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    private static double number(Sheet sheet, String address) {
        Cell cell = cell(sheet, address);
        assertThat(cell.getCellType()).as(address).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static String format(Sheet sheet, String address) {
        return cell(sheet, address).getCellStyle().getDataFormatString();
    }

    private static String shown(Sheet sheet, String address) {
        return SHOWN.formatCellValue(cell(sheet, address));
    }
}
