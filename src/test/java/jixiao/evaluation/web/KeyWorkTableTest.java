package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import org.junit.jupiter.api.Test;

/** A key work plan pasted from a spreadsheet or read from a workbook's rows. */
class KeyWorkTableTest {

    @Test
    void aHeadingRowSaysWhichColumnIsWhich() {
        String pasted =
                "序号\t责任科室\t工作事项\t完成情况\t完成时限\n" + "1\t办公室\t建立目标管理考核机制\t已完成\t6月\n" + "2\t交易服务科\t推进电子化交易\t部分完成\t12月\n";
        List<KeyWorkItem> items = KeyWorkTable.items(KeyWorkTable.pasted(pasted));
        assertThat(items)
                .containsExactly(
                        new KeyWorkItem(1, "建立目标管理考核机制", null, "办公室", "6月", KeyWorkStatus.COMPLETED, null),
                        new KeyWorkItem(2, "推进电子化交易", null, "交易服务科", "12月", KeyWorkStatus.PARTIAL, null));
    }

    @Test
    void withoutAHeadingTheColumnsAreTakenInTheFormsOrder() {
        List<KeyWorkItem> items =
                KeyWorkTable.items(KeyWorkTable.pasted("3.\t档案数字化\t办公室\t11月\t未完成\t设备未到货\r\n" + "\n" + "宣传培训\t计划财务科"));
        assertThat(items)
                .containsExactly(
                        new KeyWorkItem(3, "档案数字化", null, "办公室", "11月", KeyWorkStatus.NOT_COMPLETED, "设备未到货"),
                        new KeyWorkItem(null, "宣传培训", null, "计划财务科", null, null, null));
    }

    @Test
    void aCompletionThatSaysNothingKnownIsLeftToTheClerk() {
        assertThat(KeyWorkTable.status("已完成")).isEqualTo(KeyWorkStatus.COMPLETED);
        assertThat(KeyWorkTable.status("基本完成")).isEqualTo(KeyWorkStatus.PARTIAL);
        assertThat(KeyWorkTable.status("未完成（延期）")).isEqualTo(KeyWorkStatus.NOT_COMPLETED);
        assertThat(KeyWorkTable.status("见附件")).isNull();
    }

    @Test
    void rowsWithoutATitleAreLeftOut() {
        assertThat(KeyWorkTable.items(List.of(List.of("工作事项", "责任科室"), List.of("", "办公室"))))
                .isEmpty();
    }
}
