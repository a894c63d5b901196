package jixiao.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.scoring.Funds;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.MoneyUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SelfEvaluationWorkbookReaderTest {
    private final SelfEvaluationWorkbookReader reader = new SelfEvaluationWorkbookReader();

    private SelfEvaluationReport read(byte[] bytes) throws Exception {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theSeedReadsBackWithNothingLost() throws Exception {
        SelfEvaluationReport seed = Seed.report();

        SelfEvaluationReport back = read(Seed.workbookBytes(seed));

        // numbers compare by value: a cell holds 9, the JSON may have said 9.0
        assertThat(back.projects())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(seed.projects());
        assertThat(back.fiscalYear()).isEqualTo(seed.fiscalYear());
        assertThat(back.moneyUnit()).isEqualTo(seed.moneyUnit());
        assertThat(back.unit()).isEqualTo(seed.unit());
        assertThat(back.department())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(seed.department());
        assertThat(back.narrative()).isEqualTo(seed.narrative());
        assertThat(back.narrative().otherMatters()).contains("评审专家费预算拨付 21 万元");
    }

    @Test
    void theClaimedScoresAreReadFromTheClaimedColumnNotTheComputedOne() throws Exception {
        SelfEvaluationReport back = read(Seed.seedWorkbook());
        ProjectSelfEvaluation heating = back.projects().get(0);

        // 供暖面积: claimed 14.25, while the rule cannot score it (units differ) and the sheet's 得分 says so too
        assertThat(heating.indicators().get(0).claimedScore()).isEqualByComparingTo("14.25");
        assertThat(heating.funds().claimed().executionRate()).isEqualTo("97.89%");
        assertThat(heating.funds().claimed().score()).isEqualByComparingTo("9.89");
        assertThat(back.projects().get(1).funds().claimed().executionRate()).isEqualTo("98.0%");
        assertThat(heating.claimed().total()).isEqualByComparingTo("97.99");
        assertThat(heating.claimed().summary().text()).startsWith("办公用房取暖：");
    }

    @Test
    void aSheetEditedByAClerkIsReadFromTheSheetNotFromTheHiddenData() throws Exception {
        Workbook workbook = Seed.open(Seed.seedWorkbook());
        Sheet sheet = workbook.getSheet("专家评审费");
        sheet.getRow(13).getCell(5).setCellValue("160人");

        SelfEvaluationReport back = read(Seed.bytes(workbook));

        assertThat(back.projects().get(7).indicators().get(0).actual()).isEqualTo("160人");
    }

    /**
     * Every kind of cell of the official form, edited by a clerk in an exported workbook, is read back as the edit
     * says: the header (项目名称, 主管部门, 实施单位), the filler's line (as "填表人：… 联系电话：…"), each amount of
     * every row of 项目资金 (总额, 当年财政拨款, 上年结转, 其他资金), the 分值, the unit's 执行率 and its
     * 得分, the goals, each column of an indicator row (the edited 得分 is the unit's claimed score), and the 总分
     * typed over its formula.
     */
    @Test
    void everyKindOfCellOfTheOfficialFormEditedByAClerkIsReadBack() throws Exception {
        Workbook workbook = Seed.open(Seed.seedWorkbook());
        Sheet sheet = workbook.getSheet("专家评审费");
        set(sheet, "A3", "填表人：李四 联系电话：0398-2811111");
        set(sheet, "B5", "三门峡市公共资源交易中心 101001");
        set(sheet, "G5", "政府采购服务中心");
        set(sheet, "D7", 22);
        set(sheet, "E7", 23);
        set(sheet, "F7", 8.1);
        set(sheet, "G7", 12);
        set(sheet, "H7", "35.22%");
        set(sheet, "I7", 4.2);
        set(sheet, "D8", 22);
        set(sheet, "E8", 23);
        set(sheet, "F8", 8.1);
        set(sheet, "D9", 1);
        set(sheet, "E9", 1.5);
        set(sheet, "F9", 0.5);
        set(sheet, "D10", 2);
        set(sheet, "E10", 2.5);
        set(sheet, "F10", 0.7);
        set(sheet, "B4", "专家评审费（含评标场地）");
        set(sheet, "B12", "保障评审工作正常开展");
        set(sheet, "F12", "评审工作正常开展");
        set(sheet, "B14", "产出");
        set(sheet, "C14", "数量");
        set(sheet, "D14", "评审专家人次");
        set(sheet, "E14", "≥210人次");
        set(sheet, "F14", "150人次");
        set(sheet, "G14", 14);
        set(sheet, "H14", 10);
        set(sheet, "I14", "疫情期间项目减少");
        Cell total = sheet.getRow(rowOf(sheet, "总分")).getCell(7);
        assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
        total.setCellValue(88);

        ProjectSelfEvaluation back = read(Seed.bytes(workbook)).projects().get(7);

        assertThat(back.name()).as("the edited 项目名称").isEqualTo("专家评审费（含评标场地）");
        assertThat(back.filledBy()).isEqualTo("李四 0398-2811111");
        assertThat(back.competentDepartment()).isEqualTo("三门峡市公共资源交易中心 101001");
        assertThat(back.implementingUnit()).isEqualTo("政府采购服务中心");
        assertThat(back.funds().total().initialBudget()).isEqualByComparingTo("22");
        assertThat(back.funds().total().annualBudget()).isEqualByComparingTo("23");
        assertThat(back.funds().total().executed()).isEqualByComparingTo("8.1");
        assertThat(back.funds().fiscalAppropriation().annualBudget()).isEqualByComparingTo("23");
        assertThat(back.funds().carryOver().initialBudget()).isEqualByComparingTo("1");
        assertThat(back.funds().carryOver().annualBudget()).isEqualByComparingTo("1.5");
        assertThat(back.funds().carryOver().executed()).isEqualByComparingTo("0.5");
        assertThat(back.funds().other().initialBudget()).isEqualByComparingTo("2");
        assertThat(back.funds().other().annualBudget()).isEqualByComparingTo("2.5");
        assertThat(back.funds().other().executed()).isEqualByComparingTo("0.7");
        assertThat(back.funds().weight()).isEqualByComparingTo("12");
        assertThat(back.funds().claimed().executionRate()).isEqualTo("35.22%");
        assertThat(back.funds().claimed().score()).isEqualByComparingTo("4.2");
        assertThat(back.goals().expected()).isEqualTo("保障评审工作正常开展");
        assertThat(back.goals().achieved()).isEqualTo("评审工作正常开展");
        Indicator first = back.indicators().get(0);
        assertThat(first.level1()).isEqualTo("产出");
        assertThat(first.level2()).isEqualTo("数量");
        assertThat(first.level3()).isEqualTo("评审专家人次");
        assertThat(first.target()).isEqualTo("≥210人次");
        assertThat(first.actual()).isEqualTo("150人次");
        assertThat(first.weight()).isEqualByComparingTo("14");
        assertThat(first.claimedScore())
                .as("the edited 得分 is the unit's claimed score")
                .isEqualByComparingTo("10");
        assertThat(first.deviationReason()).isEqualTo("疫情期间项目减少");
        assertThat(back.indicators().get(1).level1())
                .as("the merged 一级 cell covers the group")
                .isEqualTo("产出");
        assertThat(back.claimed().total()).isEqualByComparingTo("88");
    }

    @Test
    void theFillersLineBelowTheTableIsReadInEitherForm() throws Exception {
        Workbook workbook = Seed.open(Seed.seedWorkbook());
        Sheet heating = workbook.getSheet("办公用房取暖");
        set(heating, "A3", null);
        int below = heating.getLastRowNum() + 2;
        heating.createRow(below).createCell(0).setCellValue("填表人：王五");
        heating.getRow(below).createCell(3).setCellValue("联系电话：13900000000");

        SelfEvaluationReport back = read(Seed.bytes(workbook));

        assertThat(back.projects().get(0).filledBy()).isEqualTo("王五 13900000000");
    }

    private static int rowOf(Sheet sheet, String first) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + first);
    }

    /** A cell set as a clerk types it: text, a number, or cleared (null). */
    private static void set(Sheet sheet, String address, Object value) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(address);
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol());
        if (cell == null) {
            cell = row.createCell(at.getCol());
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    /**
     * Two tables one under another on one sheet, typed by hand: merged and unmerged 一级 cells, a blank row inside
     * each block, numbers as text, a 万元 suffix, a percentage as a formatted number, and a second table in 元.
     */
    private static byte[] handMade() {
        try (Workbook workbook = new XSSFWorkbook()) {
            new HandMadeSheet(workbook, "附件1")
                    .row(1, "项目支出绩效自评表")
                    .row(2, "(2021年度)")
                    .row(3, "填表人及联系方式：赵雪梅 3117103")
                    .row(4, "项目名称", null, "专家评审费")
                    .merge("C4:I4")
                    .row(5, "主管部门及代码", null, null, null, null, "实施单位", "市公共资源交易中心")
                    .row(6, "项目资金 (万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                    .row(7, null, "年度资金总额", "21", 21, "7.3万元", " 10 ", "34.76%", " 3.48 ")
                    .row(8, null, "其中：当年财政拨款", 21, 21, "7.3万", "—", "34.76%", "—")
                    .row(9)
                    .row(10, null, "其他资金", null, null, null, "—", null, "—")
                    .row(11, "年度 总体 目标", "预期目标", null, null, null, "实际完成情况")
                    .row(12, null, "为交易主体提供服务", null, null, null, "已完成")
                    .row(13, "绩效 指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                    .row(14, null, "产出指标", "数量指标", "评审专家人数", "≥200人", "145人", "15", 10.88, null)
                    .row(15, null, null, "质量指标", "评标公证率", "≥85%", "85%", 15, "15")
                    .merge("B14:B15")
                    .row(16)
                    .row(17, null, "满意度指标", "服务对象 满意度指标", "满意度", "≥85%", null, "１０", "9.88分")
                    .formatted("F17", 0.84, "0%")
                    .row(18, "总分", null, null, null, null, null, 100, "89.24")
                    .row(19, "注：1. 绩效自评采取打分评价的形式……")
                    .row(21, "项目支出绩效自评表")
                    .row(22, "（2021年度）")
                    .row(23, "项目名称", "车辆更新")
                    .row(24, "主管部门及代码", null, null, null, null, "实施单位", "市公共资源交易中心")
                    .row(25, "项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                    .row(26, null, "年度资金总额", 480000, "480,000", "454300", 10, "94.65%", 9.46)
                    .row(27, "年度总体目标", "预期目标", null, null, null, "实际完成情况")
                    .row(28, null, "保障公务用车", null, null, null, "已保障")
                    .row(29, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                    .row(30, null, "产出指标", "数量指标", "购买车辆数量", "≤2辆", "2辆", 15, 15)
                    .row(31, null, null, null, "车辆质量", "优良", "优良", 15, 15)
                    .row(32, null, "效益指标", "社会效益指标", "促进业务运行", "促进", "促进", 30, 30, "无")
                    .row(33, "总分", null, null, null, null, null, 100, 99.46);
            return Seed.bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHandMadeWorkbookWithTwoTablesOnOneSheetIsRead() throws Exception {
        SelfEvaluationReport report = read(handMade());

        assertThat(report.fiscalYear()).isEqualTo(2021);
        assertThat(report.moneyUnit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(report.unit().name()).isEqualTo("市公共资源交易中心");
        assertThat(report.department()).isNull();
        assertThat(report.projects()).extracting(ProjectSelfEvaluation::name).containsExactly("专家评审费", "车辆更新");

        ProjectSelfEvaluation experts = report.projects().get(0);
        assertThat(experts.filledBy()).isEqualTo("赵雪梅 3117103");
        assertThat(experts.implementingUnit()).isEqualTo("市公共资源交易中心");
        assertThat(experts.competentDepartment()).isNull();
        Funds funds = experts.funds();
        assertThat(funds.total().initialBudget()).isEqualByComparingTo("21");
        assertThat(funds.total().executed()).isEqualByComparingTo("7.3");
        assertThat(funds.fiscalAppropriation().executed()).isEqualByComparingTo("7.3");
        assertThat(funds.carryOver()).isNull();
        assertThat(funds.other()).isNull();
        assertThat(funds.weight()).isEqualByComparingTo("10");
        assertThat(funds.claimed().executionRate()).isEqualTo("34.76%");
        assertThat(funds.claimed().score()).isEqualByComparingTo("3.48");
        assertThat(experts.goals().expected()).isEqualTo("为交易主体提供服务");
        assertThat(experts.goals().achieved()).isEqualTo("已完成");
        assertThat(experts.claimed().total()).isEqualByComparingTo("89.24");

        List<Indicator> indicators = experts.indicators();
        assertThat(indicators).hasSize(3);
        assertThat(indicators.get(0).weight()).isEqualByComparingTo("15");
        assertThat(indicators.get(0).claimedScore()).isEqualByComparingTo("10.88");
        assertThat(indicators.get(1).level1()).isEqualTo("产出指标"); // merged
        assertThat(indicators.get(1).claimedScore()).isEqualByComparingTo("15");
        assertThat(indicators.get(2).level2()).isEqualTo("服务对象 满意度指标");
        assertThat(indicators.get(2).actual()).isEqualTo("84%");
        assertThat(indicators.get(2).weight()).isEqualByComparingTo("10");
        assertThat(indicators.get(2).claimedScore()).isEqualByComparingTo("9.88");

        ProjectSelfEvaluation cars = report.projects().get(1);
        assertThat(cars.filledBy()).isNull();
        assertThat(cars.funds().total().initialBudget()).isEqualByComparingTo("48");
        assertThat(cars.funds().total().annualBudget()).isEqualByComparingTo("48");
        assertThat(cars.funds().total().executed()).isEqualByComparingTo("45.43");
        assertThat(cars.indicators()).hasSize(3);
        assertThat(cars.indicators().get(1).level1()).isEqualTo("产出指标"); // left blank, not merged
        assertThat(cars.indicators().get(1).level2()).isEqualTo("数量指标");
        assertThat(cars.indicators().get(2).deviationReason()).isEqualTo("无");
        assertThat(cars.claimed().total()).isEqualByComparingTo("99.46");
    }

    @Test
    void aTextInAWeightCellIsAnErrorNamingSheetCellAndValueAndNothingIsReturned() {
        Workbook workbook = Seed.open(Seed.seedWorkbook());
        Sheet sheet = workbook.getSheet("专家评审费");
        sheet.getRow(13).getCell(6).setCellValue("十五");
        sheet.getRow(6).getCell(5).setCellValue("七万");
        byte[] edited = Seed.bytes(workbook);

        ThrowingCallable reading = () -> read(edited);

        assertThatThrownBy(reading)
                .isInstanceOf(WorkbookImportException.class)
                .hasMessageContaining("工作表“专家评审费”单元格 G14：分值应为数字，实际为“十五”")
                .hasMessageContaining("工作表“专家评审费”单元格 F7：全年执行数应为数字，实际为“七万”")
                .satisfies(e -> assertThat(((WorkbookImportException) e).problems())
                        .extracting(ImportProblem::cell)
                        .containsExactly("F7", "G14"));
    }

    @Test
    void aFileThatIsNoWorkbookIsOneProblem() {
        byte[] text = "{\"format\": \"self-evaluation/1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(WorkbookImportException.class)
                .hasMessageContaining("不是有效的 Excel 工作簿");
    }

    @Test
    void aWorkbookWithoutAnyTableSaysWhatItLookedFor() throws Exception {
        byte[] bytes;
        try (Workbook workbook = new XSSFWorkbook()) {
            new HandMadeSheet(workbook, "汇总").row(1, "项目名称", "得分").row(2, "专家评审费", 89.24);
            bytes = Seed.bytes(workbook);
        }

        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(WorkbookImportException.class)
                .hasMessageContaining("未找到项目支出绩效自评表");
    }

    @Test
    void missingIndicatorColumnsAndAMissingYearAreReported() throws Exception {
        byte[] bytes;
        try (Workbook workbook = new XSSFWorkbook()) {
            new HandMadeSheet(workbook, "表一")
                    .row(1, "项目名称", "培训费")
                    .row(2, "实施单位", "某中心")
                    .row(3, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "得分")
                    .row(4, null, "产出指标", "数量指标", "培训人数", "≥100人", 20);
            bytes = Seed.bytes(workbook);
        }

        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(WorkbookImportException.class)
                .hasMessageContaining("工作表“表一”单元格 B3：绩效指标表头缺少“实际完成值”列")
                .hasMessageContaining("工作表“表一”单元格 B3：绩效指标表头缺少“分值”列")
                .hasMessageContaining("未找到自评年度");
    }
}
