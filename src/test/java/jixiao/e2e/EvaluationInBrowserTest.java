package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editors in Chromium: live re-scoring, the workflow, the version check, the tier select, the whole unit. */
class EvaluationInBrowserTest extends BrowserTest {

    @Test
    void unitReviewerChangesAnActualValueSeesTheScoresChangeLiveExplainsTheErrorsSubmitsAndTheBureauApproves()
            throws IOException {
        BrowserSession browser = open("browser");
        browser.signIn("danwei", PASSWORD);
        browser.openFromList("专家评审费");

        assertThat(browser.text(By.id("status"))).isEqualTo("草稿");
        assertThat(browser.value("indicators[0].actual")).isEqualTo("145人");
        assertThat(browser.text(By.id("score-0"))).isEqualTo("10.88");
        assertThat(browser.text(By.id("total"))).isEqualTo("89.24");

        browser.markDocument();
        WebElement typedInto = browser.field("indicators[0].actual");
        WebElement unchangedExplanation = browser.all(By.id("explain-1")).get(0);
        browser.retype("indicators[0].actual", "190人");
        browser.waitForText(By.id("score-0"), "14.25");
        browser.waitForText(By.id("total"), "92.61");
        assertThat(browser.text(By.id("explanation-0"))).contains("15 × 190 ÷ 200 = 14.25");
        assertThat(browser.isSameDocument())
                .as("re-scored in place, without loading the page again")
                .isTrue();
        assertThat(browser.isAttached(typedInto))
                .as("only the computed parts were swapped: the input typed into is still the same element")
                .isTrue();
        assertThat(browser.value("indicators[0].actual")).isEqualTo("190人");
        assertThat(browser.isAttached(unchangedExplanation))
                .as("an explanation row that did not change is not sent again")
                .isTrue();

        browser.clickAndWaitForNewPage(By.id("save"));
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("已保存");
        assertThat(browser.value("indicators[0].actual")).isEqualTo("190人");
        assertThat(browser.text(By.id("total"))).isEqualTo("92.61");

        // the history has the import and the one change that was made, and nothing the page did not show was lost
        browser.follow("修改记录", By.id("history"));
        assertThat(browser.tableRows(By.id("history")))
                .hasSize(2)
                .satisfies(rows -> assertThat(rows.get(0).subList(1, 3)).containsExactly("demo", "导入"))
                .satisfies(rows ->
                        assertThat(rows.get(1).subList(1, 5)).containsExactly("danwei", "第 1 行实际完成值", "145人", "190人"));
        browser.follow("← 返回自评表", By.id("status"));

        // the claimed 10.88 no longer matches the rule's 14.25: one more error to explain before submitting
        browser.clickAndWaitForNewPage(By.id("submit"));
        assertThat(browser.visibleText(By.id("error"))).contains("不能提交").contains("按规则应得 14.25 分，填报 10.88 分");
        assertThat(browser.text(By.id("status"))).isEqualTo("草稿");
        List<String> toExplain = browser.all(By.cssSelector("#workflow .explainable .category")).stream()
                .map(category -> category.getAttribute("title"))
                .toList();
        assertThat(toExplain).contains("SCORE_MISMATCH");

        int explained = 0;
        browser.markDocument();
        while (browser.present(By.cssSelector(".explain-form")) && explained < toExplain.size()) {
            browser.explainFirst("经核实，以表中数据为准（端到端测试）");
            assertThat(browser.visibleText(By.id("message"))).isEqualTo("已记录说明");
            explained++;
        }
        assertThat(browser.isSameDocument()).as("explained in the page").isTrue();
        assertThat(browser.present(By.cssSelector(".explain-form")))
                .as("every error explained")
                .isFalse();
        assertThat(browser.all(By.cssSelector("#workflow .explained"))).hasSize(toExplain.size());

        browser.clickAndWaitForNewPage(By.id("submit"));
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("已提交");
        assertThat(browser.text(By.id("status"))).isEqualTo("单位已审核");
        assertThat(browser.present(By.id("submit"))).as("no longer editable").isFalse();

        browser.signOut();
        browser.signIn("caizheng", PASSWORD);
        browser.openFromList("专家评审费");
        assertThat(browser.text(By.id("status"))).isEqualTo("单位已审核");
        assertThat(browser.text(By.id("total"))).isEqualTo("92.61");

        browser.switchLanguage("EN");
        assertThat(browser.text(By.id("approve"))).isEqualTo("Approve");
        assertThat(browser.text(By.id("indicators"))).contains("Target").contains("Actual");
        assertThat(browser.text(By.cssSelector("form[action$='/logout'] button")))
                .isEqualTo("Sign out");
        assertThat(browser.text(By.id("status"))).isEqualTo("Approved by the unit");
        assertThat(browser.text(By.id("grade"))).isEqualTo("Excellent");
        assertThat(browser.text(By.cssSelector(".who"))).contains("Finance bureau reviewer");

        browser.type(By.id("opinion"), "Agreed: the deviation reasons are verified");
        browser.clickAndWaitForNewPage(By.id("approve"));
        assertThat(browser.visibleText(By.id("status"))).isEqualTo("Approved");
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("Approved");
        assertThat(browser.present(By.id("approve"))).isFalse();

        browser.switchLanguage("中文");
        assertThat(browser.text(By.cssSelector("form[action$='/logout'] button")))
                .isEqualTo("退出");
        browser.openList();
        assertThat(browser.listRow("专家评审费")).contains("已审核", "92.61");
    }

    @Test
    void secondSaveOfTheSameEvaluationIsRefusedWithTheConflictAndKeepsWhatWasTyped() throws IOException {
        BrowserSession first = open("first");
        BrowserSession second = open("second");
        first.signIn("tianbao", PASSWORD);
        second.signIn("danwei", PASSWORD);
        first.openFromList("车辆更新");
        second.openFromList("车辆更新");
        String field = "indicators[3].actual";
        assertThat(second.value(field)).isEqualTo("45.43万");

        first.retype(field, "46万");
        first.clickAndWaitForNewPage(By.id("save"));
        assertThat(first.visibleText(By.id("message"))).isEqualTo("已保存");

        second.retype(field, "47.5万");
        second.clickAndWaitForNewPage(By.id("save"));
        assertThat(second.visibleText(By.id("error")))
                .contains("保存被拒绝")
                .contains("tianbao")
                .contains("您填写的内容仍在页面上");
        assertThat(second.value(field)).isEqualTo("47.5万");

        // nothing was overwritten: the saved value is the first session's
        second.openList();
        second.openFromList("车辆更新");
        assertThat(second.value(field)).isEqualTo("46万");
    }

    @Test
    void aQualitativeRowAsksForTheTierAndSaysWhenTheScoreIsOutsideItsBand() throws IOException {
        BrowserSession browser = open("tiers");
        browser.signIn("tianbao", PASSWORD);
        browser.openFromList("机房专项电费");
        String tier = "indicators[5].tier";
        assertThat(browser.text(By.id("level1-0"))).startsWith("产出指标");
        assertThat(browser.selected(tier)).isEqualTo("ACHIEVED");
        assertThat(browser.text(By.id("tier-band-5"))).isEqualTo("8～10 分");

        browser.markDocument();
        browser.chooseValue(tier, "PARTIAL");
        assertThat(browser.visibleText(By.id("tier-message-5")))
                .contains("填报得分 10 不在所选档次“部分达成预期指标并具有一定效果”")
                .contains("6～7.99 分");
        assertThat(browser.text(By.id("tier-band-5"))).isEqualTo("6～7.99 分");

        browser.retype("indicators[5].claimedScore", "7");
        assertThat(browser.selected(tier)).isEqualTo("PARTIAL");
        assertThat(browser.present(By.id("tier-message-5"))).isFalse();
        assertThat(browser.text(By.id("indicators"))).contains("定性得分超出档次");
        assertThat(browser.isSameDocument()).as("all in place, by htmx").isTrue();
    }

    @Test
    void aWeightChangeUpdatesTheGroupsWeightInPlaceAndRowsCanStillBeAddedAfterwards() throws IOException {
        BrowserSession browser = open("rows");
        browser.signIn("tianbao", PASSWORD);
        browser.openFromList("保安、保洁经费");
        assertThat(browser.text(By.id("level1-4"))).isEqualTo("效益指标 分值 30");
        assertThat(browser.text(By.id("level2-4"))).isEqualTo("社会效益指标 分值 20");

        browser.markDocument();
        WebElement sheet = browser.all(By.id("sheet")).get(0);
        WebElement weight = browser.field("indicators[4].weight");
        browser.retype("indicators[4].weight", "12");
        assertThat(browser.text(By.id("level1-4"))).isEqualTo("效益指标 分值 32");
        assertThat(browser.text(By.id("level2-4"))).isEqualTo("社会效益指标 分值 22");
        assertThat(browser.text(By.id("level1-0"))).isEqualTo("产出指标 分值 50");
        assertThat(browser.isAttached(weight)).as("answered out of band").isTrue();
        assertThat(browser.isAttached(sheet)).isTrue();

        // a structural change after the partial answers: the whole sheet comes back, with the weight as typed
        browser.clickAndWaitForAnswer(By.xpath("//button[normalize-space()='添加指标']"));
        assertThat(browser.isAttached(sheet)).as("a row added: the whole sheet").isFalse();
        assertThat(browser.present(By.id("row-9"))).isTrue();
        assertThat(browser.value("indicators[4].weight")).isEqualTo("12");
        assertThat(browser.text(By.id("level1-4"))).isEqualTo("效益指标 分值 32");

        // and the new sheet re-scores in place again: the new row's group gets its weight
        WebElement level3 = browser.field("indicators[9].level3");
        browser.retype("indicators[9].level3", "新增指标");
        browser.retype("indicators[9].weight", "5");
        assertThat(browser.text(By.id("level1-9"))).endsWith("分值 5");
        assertThat(browser.isAttached(level3)).as("answered out of band").isTrue();
        assertThat(browser.value("indicators[9].level3")).isEqualTo("新增指标");

        // an entry of the library: choosing it sends nothing (it changes no score); 添加 adds it
        long answered = browser.pick("libraryPick", "数量指标：服务人次（≥1000人次）");
        assertThat(browser.requestStarted())
                .as("choosing from the library re-scores nothing")
                .isFalse();
        browser.clickAndWaitForAnswer(By.id("library-add"));
        assertThat(browser.answersSince(answered))
                .as("one answer: the 添加's " + browser.answerLog())
                .isEqualTo(1);
        // in its group (产出指标 · 数量指标, after 保安和保洁人数), as the official table orders its rows
        assertThat(browser.value("indicators[1].level3")).isEqualTo("服务人次");
        assertThat(browser.value("indicators[2].level3")).isEqualTo("安全和整洁度");
        assertThat(browser.value("indicators[10].level3")).isEqualTo("新增指标");
        assertThat(browser.isSameDocument()).as("all in place, by htmx").isTrue();
    }

    @Test
    void fillerEntersAFigureOfTheWholeUnitEvaluationAndSeesTheItemAndTheTotalReScored() throws IOException {
        BrowserSession browser = open("unit");
        browser.signIn("tianbao", PASSWORD);
        browser.openUnitEvaluation();
        By procurement =
                By.xpath("//table[@id='items']//tr[td[normalize-space()='政府采购执行率']]/td[contains(@class,'score')]");
        assertThat(browser.text(By.cssSelector("h1"))).contains("部门（单位）整体自评");
        assertThat(browser.all(By.cssSelector("#items .inferred")))
                .as("inferred weights are marked")
                .isNotEmpty();
        BigDecimal total = new BigDecimal(browser.text(By.id("unit-total")));
        BigDecimal before = new BigDecimal(browser.text(procurement));

        // 政府采购执行率 = 政府采购实际金额 2.66 ÷ 政府采购预算 5.32 = 50% of its weight 2
        browser.markDocument();
        browser.retype("figures[procurementBudget]", "5.32");
        assertThat(new BigDecimal(browser.text(procurement))).isEqualByComparingTo("1.00");
        BigDecimal expected = total.subtract(before).add(new BigDecimal("1.00"));
        assertThat(expected).isNotEqualByComparingTo(total);
        assertThat(new BigDecimal(browser.text(By.id("unit-total")))).isEqualByComparingTo(expected);
        assertThat(browser.isSameDocument()).as("re-scored in place").isTrue();

        browser.choose("keyWorkPlan[0].status", "已完成");
        assertThat(browser.value("keyWorkPlan[0].status")).isEqualTo("COMPLETED");
        browser.clickAndWaitForNewPage(By.id("save"));
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("已保存");
        assertThat(browser.value("figures[procurementBudget]")).isEqualTo("5.32");
        assertThat(browser.value("keyWorkPlan[0].status")).isEqualTo("COMPLETED");
        assertThat(new BigDecimal(browser.text(By.id("unit-total")))).isEqualByComparingTo(expected);
        browser.openList();
        assertThat(browser.text(By.id("evaluations")))
                .contains(expected.setScale(2).toPlainString());
    }
}
