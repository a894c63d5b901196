package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.scoring.Funds;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.shared.MoneyUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InterchangeReaderTest {
    private final InterchangeReader reader = new InterchangeReader();

    private SelfEvaluationReport read(String json) {
        try {
            return reader.read(json);
        } catch (InterchangeException e) {
            throw new AssertionError("expected the document to read, got: " + e.getMessage(), e);
        }
    }

    private InterchangeException rejection(String json) {
        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> reader.read(json));
        assertThat(e).as("the reader should reject the document").isNotNull();
        return e;
    }

    @Nested
    class TheSeedFixture {
        private final SelfEvaluationReport seed = read(SeedDocument.text());

        @Test
        void readsTheReportHeader() {
            assertThat(seed.fiscalYear()).isEqualTo(2021);
            assertThat(seed.moneyUnit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN);
            assertThat(seed.unit().name()).isEqualTo("三门峡市公共资源交易中心");
            assertThat(seed.unit().code()).isNull();
            assertThat(seed.unit().nature()).isEqualTo("市政府直属、公益一类市级事业单位");
        }

        @Test
        void readsTenProjectsInOrder() {
            assertThat(seed.projects()).hasSize(10);
            assertThat(seed.projects().get(0).name()).isEqualTo("办公用房取暖");
            assertThat(seed.projects().get(9).name()).isEqualTo("交易平台建设及电子化建设");
        }

        @Test
        void readsTheEighthProjectsFirstIndicatorExactly() {
            ProjectSelfEvaluation experts = seed.projects().get(7);
            Indicator first = experts.indicators().get(0);

            assertThat(experts.name()).isEqualTo("专家评审费");
            assertThat(first.level1()).isEqualTo("产出指标");
            assertThat(first.level2()).isEqualTo("数量指标");
            assertThat(first.level3()).isEqualTo("评审专家人数");
            assertThat(first.target()).isEqualTo("≥200人");
            assertThat(first.actual()).isEqualTo("145人");
            assertThat(first.weight()).isEqualTo(new BigDecimal("15"));
            assertThat(first.claimedScore()).isEqualTo(new BigDecimal("10.88"));
            assertThat(first.deviationReason()).isNull();
        }

        @Test
        void readsFundsWithTheirNullsPreserved() {
            Funds heating = seed.projects().get(0).funds();
            assertThat(heating.carryOver()).isNull();
            assertThat(heating.other()).isNull();
            assertThat(heating.weight()).isEqualTo(new BigDecimal("10"));
            assertThat(heating.claimed().executionRate()).isNotBlank();

            Funds software = seed.projects().get(4).funds();
            assertThat(software.fiscalAppropriation()).isNull();
            assertThat(software.total()).isNotNull();

            Funds experts = seed.projects().get(7).funds();
            assertThat(experts.total())
                    .isEqualTo(new Funds.FundsRow(new BigDecimal("21"), new BigDecimal("21"), new BigDecimal("7.3")));
            assertThat(experts.claimed()).isEqualTo(new Funds.ClaimedExecution("34.76%", new BigDecimal("3.48")));
            assertThat(seed.projects().get(7).competentDepartment()).isNull();
        }

        @Test
        void marksTheProjectWithoutATableAsTableMissing() {
            ProjectSelfEvaluation training = project("培训宣传等专项业务费");

            assertThat(training.tableMissing()).isTrue();
            assertThat(training.indicators()).isEmpty();
            assertThat(training.goals().expected()).isNull();
            assertThat(training.claimed().total()).isNull();
            assertThat(seed.projects())
                    .filteredOn(ProjectSelfEvaluation::tableMissing)
                    .extracting(ProjectSelfEvaluation::name)
                    .containsExactly("培训宣传等专项业务费");
        }

        @Test
        void readsTheDepartmentsKeyWorkPlanAndClaimedItems() {
            UnitSelfEvaluation department = seed.department();

            assertThat(department.keyWorkPlan()).hasSize(62);
            assertThat(department.keyWorkPlan().get(0).no()).isEqualTo(1);
            assertThat(department.keyWorkPlan().get(0).title()).isEqualTo("建立过程控制的目标管理考核机制");
            assertThat(department.keyWorkPlan().get(61).no()).isEqualTo(62);
            assertThat(department.claimedItems()).hasSize(19);
            assertThat(department.claimedItems().get(0).claimedScore()).isEqualTo(new BigDecimal("3"));
            assertThat(department.budget().incomeBudget()).isEqualTo(new BigDecimal("1111.9"));
            assertThat(department.budget().carryOverBalance()).isEqualTo(new BigDecimal("0"));
            assertThat(department.projectExpenditure().supplementaryExecuted()).isEqualTo(new BigDecimal("479.7"));
        }

        @Test
        void keepsTheFreeFormStaffAsAnOrderedNestedMap() {
            Map<String, Object> staff = seed.department().profile().staff();

            assertThat(staff).containsOnlyKeys("事业编制_市本级", "离退休", "二级机构", "2021年度增加研究生");
            assertThat(List.copyOf(staff.keySet())).containsExactly("事业编制_市本级", "离退休", "二级机构", "2021年度增加研究生");
            assertThat(staff.get("事业编制_市本级")).isEqualTo(new BigDecimal("48"));
            assertThat(staff.get("二级机构"))
                    .isEqualTo(Map.of(
                            "name", "三门峡市政府采购服务中心",
                            "nature", "公益一类事业单位",
                            "rank", "机构规格相当于正科级",
                            "事业编制", new BigDecimal("6")));
            assertThat(seed.department().profile().internalDepartments())
                    .hasSize(9)
                    .startsWith("办公室");
            assertThat(seed.department().profile().functions()).hasSize(13);
        }

        @Test
        void readsTheSameReportFromAPathAStreamAndAString(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("seed.json");
            Files.write(file, SeedDocument.bytes());

            assertThat(reader.read(file)).isEqualTo(seed);
            assertThat(reader.read(new ByteArrayInputStream(SeedDocument.bytes())))
                    .isEqualTo(seed);
        }

        private ProjectSelfEvaluation project(String name) {
            return seed.projects().stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jixiao.interchange.StructuralDefect#all")
    void rejectsAStructuralDefectNamingItsPathAndValue(StructuralDefect defect) {
        InterchangeException e = rejection(defect.json());

        assertThat(e.path()).isEqualTo(defect.path());
        assertThat(e.message()).contains(defect.shown());
        assertThat(e.getMessage()).isEqualTo(defect.path() + "：" + e.message());
        assertThat(e.line()).isEmpty();
    }

    @Test
    void aStringWeightIsReportedAsAStringWhereANumberBelongs() {
        InterchangeException e = rejection(SeedDocument.with("/projects/3/indicators/2/weight", "\"abc\""));

        assertThat(e.getMessage()).isEqualTo("$.projects[3].indicators[2].weight：应为数字，实际为字符串 \"abc\"");
    }

    @Test
    void aNegativeBudgetNamesTheFigure() {
        InterchangeException e = rejection(SeedDocument.with("/projects/0/funds/total/annualBudget", "-5"));

        assertThat(e.getMessage()).isEqualTo("$.projects[0].funds.total.annualBudget：全年预算数不能为负数（-5）");
    }

    @Test
    void aWrongFormatIsReportedBeforeAnythingElse() {
        String otherFormat = "{\"format\": \"x\", \"rows\": []}";

        assertThat(rejection(otherFormat).getMessage()).isEqualTo("$.format：应为 \"self-evaluation/1\"，实际为 \"x\"");
    }

    @Test
    void aTypoInAFieldNameSuggestsTheFieldMeant() {
        InterchangeException e = rejection(SeedDocument.with("/projects/3/indicators/2/weigth", "15"));

        assertThat(e.message()).isEqualTo("未知字段 \"weigth\"（是否应为 \"weight\"？）");
    }

    @Test
    void theReportsOwnTextsAreReadAndAnUnknownOneIsNamed() throws InterchangeException {
        assertThat(reader.read(SeedDocument.text()).narrative().notice()).contains("三财效【2022】3 号");
        assertThat(reader.read(SeedDocument.without("/narrative")).narrative().isEmpty())
                .isTrue();

        InterchangeException e = rejection(SeedDocument.with("/narrative/problem", "\"x\""));

        assertThat(e.getMessage()).startsWith("$.narrative.problem：未知字段 \"problem\"（是否应为 \"problems\"？）");
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThat(rejection(SeedDocument.without("/projects/4/name")).getMessage())
                .isEqualTo("$.projects[4].name：缺少必填字段 \"name\"");
    }

    static Stream<Arguments> unreadableDocuments() {
        String seed = SeedDocument.text();
        return Stream.of(
                Arguments.of("truncated in the middle", seed.substring(0, seed.length() / 2), "JSON 不完整（文件被截断？）"),
                Arguments.of(
                        "truncated after the last brace was lost",
                        seed.strip().substring(0, seed.strip().length() - 1),
                        "JSON 不完整（文件被截断？）"),
                Arguments.of("a trailing comma", "{\"format\": \"self-evaluation/1\",}", "多余的逗号"),
                Arguments.of("single quotes", "{'format': 'self-evaluation/1'}", "双引号"),
                Arguments.of("an unquoted word", "{\"format\": self}", "self"),
                Arguments.of("a second object after the first", "{\"a\": 1} {\"b\": 2}", "多余的内容"),
                Arguments.of("NaN", "{\"fiscalYear\": NaN}", "NaN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableDocuments")
    void reportsASyntaxErrorWithItsLineAndColumn(String description, String json, String expected) {
        InterchangeException e = rejection(json);

        assertThat(e.message()).contains(expected);
        assertThat(e.line()).isPresent();
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage())
                .startsWith("第 " + e.line().getAsInt() + " 行第 " + e.column().getAsInt() + " 列");
    }

    @Test
    void everyTruncationOfADocumentIsAnInterchangeException() {
        String minimal =
                """
                {"format": "self-evaluation/1", "fiscalYear": 2024, "moneyUnit": "元", "unit": {"name": "某局"},
                 "projects": [{"name": "项目甲", "indicators": [{"target": "≥85%", "weight": 10.5}]}]}""";
        read(minimal);

        for (int length = 0; length < minimal.length(); length++) {
            String prefix = minimal.substring(0, length);
            assertThat(catchThrowableOfType(InterchangeException.class, () -> reader.read(prefix)))
                    .as("prefix of %d characters", length)
                    .isNotNull();
        }
    }

    @Test
    void truncationIsReportedAtTheEndOfTheText() {
        InterchangeException e = rejection("{\n  \"format\": \"self-evaluation/1\",\n  \"projects\": [\n");

        assertThat(e.line()).hasValue(4);
        assertThat(e.message()).isEqualTo("JSON 不完整（文件被截断？）");
        assertThat(e.getMessage()).startsWith("第 4 行第 1 列");
    }

    @Test
    void aDuplicateKeyIsReportedWithItsPathAndPosition() {
        String json =
                SeedDocument.text().replaceFirst("\"name\": \"办公用房取暖\",", "\"name\": \"办公用房取暖\", \"name\": \"取暖\",");

        InterchangeException e = rejection(json);

        assertThat(e.path()).isEqualTo("$.projects[0].name");
        assertThat(e.message()).isEqualTo("键 \"name\" 在同一对象中重复出现");
        assertThat(e.line()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an empty file|''|文件为空",
                "only white space|'  \n\t '|文件为空",
                "an array at the top|'[{\"format\": \"self-evaluation/1\"}]'|顶层应为 JSON 对象 {…}，实际为数组",
                "a string at the top|'\"self-evaluation/1\"'|顶层应为 JSON 对象 {…}，实际为字符串",
                "null at the top|'null'|顶层应为 JSON 对象 {…}，实际为 null",
            })
    void rejectsADocumentThatIsNotAnObject(String description, String json, String expected) {
        InterchangeException e = rejection(json);

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.message()).contains(expected);
    }

    @Test
    void rejectsAFileInGbk() {
        byte[] gbk = SeedDocument.text().getBytes(Charset.forName("GBK"));

        InterchangeException e =
                catchThrowableOfType(InterchangeException.class, () -> reader.read(new ByteArrayInputStream(gbk)));

        assertThat(e.message()).startsWith("文件不是 UTF-8 编码：第 4 行").contains("另存为 UTF-8");
    }

    @Test
    void rejectsAFileInUtf16() {
        byte[] utf16 = SeedDocument.text().getBytes(StandardCharsets.UTF_16);

        InterchangeException e =
                catchThrowableOfType(InterchangeException.class, () -> reader.read(new ByteArrayInputStream(utf16)));

        assertThat(e.message()).contains("UTF-16");
    }

    @Test
    void reportsAMissingFileByName(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");

        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> reader.read(missing));

        assertThat(e.message()).contains("文件不存在").contains("nowhere.json");
    }

    @Test
    void rejectsANumberTooLargeForAnyReport() {
        String json =
                SeedDocument.with("/projects/0/indicators/0/weight", "\"huge\"").replace("\"huge\"", "1e999999999");

        InterchangeException e = rejection(json);

        assertThat(e.path()).isEqualTo("$.projects[0].indicators[0].weight");
        assertThat(e.message()).contains("超出");
    }

    @Test
    void acceptsAByteOrderMark() {
        assertThat(read("\uFEFF" + SeedDocument.text()).projects()).hasSize(10);
    }

    @Nested
    class LeavesToTheEngine {

        @Test
        void aZeroTarget() {
            SelfEvaluationReport report = read(SeedDocument.with("/projects/0/indicators/0/target", "\"0\""));

            assertThat(report.projects().get(0).indicators().get(0).target()).isEqualTo("0");
        }

        @Test
        void anEmptyIndicatorList() {
            SelfEvaluationReport report = read(SeedDocument.with("/projects/0/indicators", "[]"));

            assertThat(report.projects().get(0).indicators()).isEmpty();
            assertThat(report.projects().get(0).tableMissing()).isFalse();
        }

        @Test
        void aNegativeClaimedScore() {
            SelfEvaluationReport report = read(SeedDocument.with("/projects/0/indicators/0/claimedScore", "-3"));

            assertThat(report.projects().get(0).indicators().get(0).claimedScore())
                    .isEqualTo(new BigDecimal("-3"));
        }

        @Test
        void anEmptyProjectList() {
            assertThat(read(SeedDocument.with("/projects", "[]")).projects()).isEmpty();
        }
    }

    @ParameterizedTest(name = "target {0} is read as \"{1}\"")
    @CsvSource({"0, 0", "0.5, 0.5", "200, 200", "1e2, 100", "85.50, 85.50"})
    void keepsANumericTargetAsItsPlainString(String number, String text) {
        SelfEvaluationReport report = read(SeedDocument.with("/projects/0/indicators/0/target", number));

        assertThat(report.projects().get(0).indicators().get(0).target()).isEqualTo(text);
    }

    @Test
    void readsNumbersExactlyAsWritten() {
        SelfEvaluationReport report = read(SeedDocument.with("/projects/0/indicators/0/weight", "10.0"));

        assertThat(report.projects().get(0).indicators().get(0).weight()).isEqualTo(new BigDecimal("10.0"));
        assertThat(report.department().budget().finalExpenditure()).isEqualTo(new BigDecimal("1304.06"));
    }

    @Test
    void readsAMinimalDocumentWithEveryOptionalPartAbsent() {
        String minimal =
                """
                {"format": "self-evaluation/1", "fiscalYear": 2024, "moneyUnit": "元",
                 "unit": {"name": "某局"},
                 "projects": [{"name": "项目甲", "indicators": [{}]}]}
                """;

        SelfEvaluationReport report = read(minimal);

        assertThat(report.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(report.department()).isNull();
        ProjectSelfEvaluation project = report.projects().get(0);
        assertThat(project.funds()).isNull();
        assertThat(project.goals()).isNull();
        assertThat(project.claimed()).isNull();
        assertThat(project.tableMissing()).isFalse();
        assertThat(project.indicators()).containsExactly(new Indicator(null, null, null, null, null, null, null, null));
    }

    @Test
    void treatsNullOptionalPartsAsAbsent() {
        String nulls =
                """
                {"format": "self-evaluation/1", "fiscalYear": 2024, "moneyUnit": "万元",
                 "unit": {"name": "某局", "code": null, "nature": null}, "department": null,
                 "projects": [{"name": "项目甲", "competentDepartment": null, "funds": null, "goals": null,
                   "indicators": [], "claimed": null, "tableMissing": null}]}
                """;

        SelfEvaluationReport report = read(nulls);

        assertThat(report.department()).isNull();
        assertThat(report.projects().get(0).tableMissing()).isFalse();
    }

    @Test
    void readsADepartmentWithNullParts() {
        SelfEvaluationReport report = read(SeedDocument.with(
                "/department",
                "{\"profile\": {\"staff\": null, \"internalDepartments\": null, \"functions\": []},"
                        + " \"budget\": null, \"projectExpenditure\": null, \"keyWorkPlan\": null,"
                        + " \"claimedItems\": [{\"area\": null, \"name\": \"满意度\", \"claimedScore\": null,"
                        + " \"text\": null}]}"));

        UnitSelfEvaluation department = report.department();
        assertThat(department.profile().staff()).isNull();
        assertThat(department.profile().functions()).isEmpty();
        assertThat(department.budget()).isNull();
        assertThat(department.keyWorkPlan()).isEmpty();
        assertThat(department.claimedItems()).hasSize(1);
    }

    @Test
    void keepsStaffValuesOfEveryJsonType() {
        SelfEvaluationReport report = read(SeedDocument.with(
                "/department/profile/staff", "{\"在编\": true, \"备注\": null, \"科室\": [\"办公室\", 2], \"比例\": 0.50}"));

        Map<String, Object> staff = report.department().profile().staff();
        assertThat(staff.get("在编")).isEqualTo(Boolean.TRUE);
        assertThat(staff).containsEntry("备注", null);
        assertThat(staff.get("科室")).isEqualTo(List.of("办公室", new BigDecimal("2")));
        assertThat(staff.get("比例")).isEqualTo(new BigDecimal("0.50"));
    }
}
