package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.evidence.Samples;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.organisation.BudgetUnits;
import jixiao.report.xlsx.SelfEvaluationWorkbook;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The unit clerk's whole job in the browser (issue 16): a new unit's clerk makes a project from nothing and submits
 * it; a clerk imports the unit's workbook after its preview; a value typed is still there after explaining a finding
 * of another row.
 */
class ClerkInBrowserTest extends BrowserTest {

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aNewUnitsClerkCreatesAProjectFromNothingFillsItAttachesEvidenceWritesTheAnalysisExplainsTheErrorsAndSubmits()
            throws IOException {
        // the administrator makes the unit; its 填报人 is the 安全管理员's to create (AccountScenarios covers that page)
        BrowserSession admin = open("admin");
        admin.signIn("admin", ADMIN_PASSWORD);
        admin.visit("/admin", By.id("units"));
        admin.fill(By.cssSelector("form[action$='/admin/units'] input[name=region]"), "鹤壁市");
        admin.fill(By.cssSelector("form[action$='/admin/units'] input[name=name]"), "鹤壁市档案馆");
        admin.clickAndWaitForNewPage(By.cssSelector("form[action$='/admin/units'] button"));
        assertThat(admin.visibleText(By.id("message"))).contains("鹤壁市档案馆");
        long region = units.region("鹤壁市");
        long unit = units.unitNamed(region, "鹤壁市档案馆").orElseThrow().id();
        accounts.createAccount("hebi", encoder.encode(PASSWORD), "鹤壁填报人", Role.FILLER, unit, region);

        // the clerk finds an empty list and makes a project from the official form, with a row of the library
        BrowserSession clerk = open("clerk");
        clerk.signIn("hebi", PASSWORD);
        assertThat(clerk.text(By.id("evaluations"))).contains("还没有自评表");
        clerk.clickAndWaitForNewPage(By.id("new-evaluation"));
        clerk.fill(By.id("new-year"), "2024");
        clerk.fill(By.id("new-name"), "档案数字化");
        clerk.click(By.id("library-0"));
        clerk.clickAndWaitForNewPage(By.id("create-project"));
        clerk.waitFor(By.id("sheet"));
        assertThat(clerk.value("indicators[0].level3")).isEqualTo("服务人次");
        assertThat(clerk.value("indicators[1].level2")).isEqualTo("质量指标");

        // only the row it fills stays: the blank rows of the form go
        while (clerk.present(By.id("row-1"))) {
            clerk.clickAndWaitForAnswer(By.cssSelector("#row-1 button[value='remove:1']"));
        }
        clerk.retype("indicators[0].weight", "90");
        clerk.retype("indicators[0].actual", "1200人次");
        clerk.retype("initialBudget", "10");
        clerk.retype("annualBudget", "10");
        clerk.retype("executed", "9.5");
        clerk.retype("expectedGoal", "完成馆藏档案数字化");
        clerk.retype("achievedGoal", "已完成馆藏档案数字化");
        // in a new evaluation the claimed scores follow the computed ones
        assertThat(clerk.value("indicators[0].claimedScore")).isEqualTo("90");
        assertThat(clerk.value("claimedExecutionScore")).isEqualTo("9.5");
        assertThat(clerk.value("claimedTotal")).isEqualTo("99.5");
        assertThat(clerk.text(By.id("total"))).isEqualTo("99.5");

        // the analysis is drafted from the figures in the report's own words, and the clerk adds to it
        clerk.clickAndWaitForAnswer(By.id("generate-analysis"));
        assertThat(clerk.value("analysis")).startsWith("一、档案数字化99.5分。全年预算 10 万元，实际支付 9.5 万元，预算执行率 95.00%。");
        clerk.typeWithoutLeaving("analysis", "全年完成数字化档案1200人次。");
        clerk.waitForTextContaining(By.id("autosave-status"), "已自动保存");
        // the review's figures follow what was saved (they were the empty form's when the page came)
        clerk.waitForTextContaining(By.id("notes-computed"), "99.5");
        clerk.waitForTextContaining(By.id("notes-claimed"), "99.5");

        // a file for the row, checked by its content
        Path pdf = Files.write(Files.createTempFile(OUTPUT.toAbsolutePath(), "签到表", ".pdf"), Samples.pdf());
        clerk.waitFor(By.id("evidence-upload"));
        clerk.select(By.id("evidence-part"), "指标“服务人次”");
        clerk.attachFile(By.id("evidence-file"), pdf);
        clerk.clickAndWaitForNewPage(By.id("evidence-submit"));
        assertThat(clerk.visibleText(By.id("message"))).startsWith("已上传");
        clerk.waitFor(By.id("evidence-files"));
        assertThat(clerk.text(By.id("evidence-files")))
                .contains("指标“服务人次”")
                .contains(pdf.getFileName().toString());
        assertThat(clerk.value("analysis")).endsWith("全年完成数字化档案1200人次。");

        // what the rules cannot settle is explained, in the page
        while (clerk.present(By.cssSelector("#workflow .explain-form"))) {
            clerk.explainFirst("已核实（端到端测试）");
        }
        clerk.clickAndWaitForNewPage(By.id("submit"));
        assertThat(clerk.visibleText(By.id("message"))).isEqualTo("已提交");
        assertThat(clerk.text(By.id("status"))).isEqualTo("已提交");
        clerk.openList();
        assertThat(clerk.listRow("档案数字化")).contains("已提交");
    }

    @Test
    void aClerkImportsTheUnitsWorkbookSeesThePreviewAndConfirms() throws IOException, InterchangeException {
        long region = units.region("安阳市");
        long unit = units.createUnit(region, "安阳市公共资源交易中心", null, null);
        accounts.createAccount("anyang", encoder.encode(PASSWORD), "安阳填报人", Role.FILLER, unit, region);
        SelfEvaluationReport seed;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-2021.json")) {
            seed = new InterchangeReader().read(in);
        }
        Path workbook = Files.createTempFile(OUTPUT.toAbsolutePath(), "自评表", ".xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            new SelfEvaluationWorkbook().write(seed, new SelfEvaluationChecker(RuleSet.defaults()).assess(seed), out);
        }

        BrowserSession clerk = open("import");
        clerk.signIn("anyang", PASSWORD);
        clerk.clickAndWaitForNewPage(By.id("import-evaluations"));
        clerk.attachFile(By.id("import-file"), workbook);
        clerk.clickAndWaitForNewPage(By.id("preview"));
        assertThat(clerk.visibleText(By.cssSelector("#import-preview h2")))
                .as("the year as a year, not as a number with a thousands separator")
                .endsWith("（2021年度）");
        String plan = clerk.visibleText(By.id("plan"));
        assertThat(plan).contains("新建 专家评审费").contains("新建 车辆更新").contains("部门（单位）整体自评");
        assertThat(clerk.all(By.cssSelector("#plan .tag.create")))
                .hasSize(seed.projects().size() + 2);
        clerk.openList();
        assertThat(clerk.text(By.id("evaluations")))
                .as("nothing before the confirmation")
                .contains("还没有自评表");

        clerk.clickAndWaitForNewPage(By.id("import-evaluations"));
        clerk.attachFile(By.id("import-file"), workbook);
        clerk.clickAndWaitForNewPage(By.id("preview"));
        clerk.clickAndWaitForNewPage(By.id("confirm-import"));
        assertThat(clerk.visibleText(By.id("message"))).contains(seed.projects().size() + " 个项目");
        // the list shows every kind: the projects, the 部门（单位）整体自评 and the report's texts
        assertThat(clerk.all(By.cssSelector("#evaluations tbody tr .kind-PROJECT")))
                .hasSize(seed.projects().size());
        assertThat(clerk.all(By.cssSelector("#evaluations tbody tr")))
                .hasSize(seed.projects().size() + 2);
        assertThat(clerk.listRow("专家评审费")).contains("草稿");
    }

    @Test
    void aValueTypedIsStillThereAfterExplainingAFindingOfAnotherRow() throws IOException {
        BrowserSession clerk = open("typed");
        clerk.signIn("tianbao", PASSWORD);
        clerk.openFromList("办公用房取暖");
        String field = "indicators[3].deviationReason";
        clerk.markDocument();
        clerk.typeWithoutLeaving(field, "供暖管道老化，已报修");

        // 说明此问题 on row 0 takes the clerk to that finding's explanation, and the typed text stays
        clerk.click(By.cssSelector("#explain-0 button.explain-jump"));
        clerk.explainFirst("计量单位以面积计，已核实");
        assertThat(clerk.visibleText(By.id("message"))).isEqualTo("已记录说明");
        assertThat(clerk.value(field)).isEqualTo("供暖管道老化，已报修");
        assertThat(clerk.isSameDocument()).isTrue();

        // and it was saved: it is there when the editor is opened again
        clerk.waitForTextContaining(By.id("autosave-status"), "已自动保存");
        clerk.openList();
        clerk.openFromList("办公用房取暖");
        assertThat(clerk.value(field)).isEqualTo("供暖管道老化，已报修");
        assertThat(clerk.text(By.id("workflow"))).contains("计量单位以面积计，已核实");
    }

    @Test
    void whatIsTypedWhileTheSheetIsBeingScoredStaysWhenTheWholeSheetComesBack() throws IOException {
        BrowserSession clerk = open("inflight");
        clerk.signIn("tianbao", PASSWORD);
        clerk.openFromList("软件系统及退保证金手续费");
        // 采用 is answered with the whole sheet; while it is on its way the clerk types in another row and a goal
        int row = ((Number)
                        clerk.run("return Number(document.querySelector('#sheet button.adopt').value.split(':')[1])"))
                .intValue();
        String reason = "indicators[" + (row + 1) + "].deviationReason";
        clerk.run(
                "var typed = [[arguments[0], '系统升级延期，已督促'], ['achievedGoal', '已完成全部系统维护']];"
                        + " document.addEventListener('htmx:beforeSend', function typing() {"
                        + "   document.removeEventListener('htmx:beforeSend', typing);"
                        + "   typed.forEach(function (t) {"
                        + "     var field = document.querySelector('#sheet [name=\"' + t[0] + '\"]');"
                        + "     field.value = t[1];"
                        + "     field.dispatchEvent(new Event('input', {bubbles: true})); }); });",
                reason);
        clerk.markDocument();
        clerk.clickAndWaitForAnswer(By.cssSelector("#row-" + row + " button.adopt"));
        assertThat(clerk.value(reason)).isEqualTo("系统升级延期，已督促");
        assertThat(clerk.value("achievedGoal")).isEqualTo("已完成全部系统维护");
        assertThat(clerk.isSameDocument()).isTrue();

        // and saved with the rest
        clerk.waitForTextContaining(By.id("autosave-status"), "已自动保存");
        clerk.openList();
        clerk.openFromList("软件系统及退保证金手续费");
        assertThat(clerk.value(reason)).isEqualTo("系统升级延期，已督促");
        assertThat(clerk.value("achievedGoal")).isEqualTo("已完成全部系统维护");
    }

    @Test
    void theNarrativeChecksFollowTheAnalysisWhileItIsTyped() throws IOException {
        BrowserSession clerk = open("narrative");
        clerk.signIn("tianbao", PASSWORD);
        clerk.openFromList("政府采购中心平台维护费");
        assertThat(clerk.text(By.id("findings"))).doesNotContain("自评分析写实际支付 1万元");
        // the clerk writes the paragraph anew and leaves no field: the checks of the text against the table follow it
        clerk.run("document.querySelector('#sheet [name=analysis]').value = ''");
        clerk.typeWithoutLeaving("analysis", "七、政府采购中心平台维护费96.47分。全年预算 20 万元，实际支付 1 万元。");
        clerk.waitForTextContaining(By.id("findings"), "自评分析写实际支付 1万元，项目资金表为 16.8万元");
        assertThat(clerk.value("analysis")).endsWith("实际支付 1 万元。");
    }
}
