package jixiao.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "专家评审费",
                "软件/硬件:维护*费?[2021]\\补充",
                "'引号开头的项目'",
                "一个非常非常非常非常非常非常非常非常非常非常非常长的项目名称超过三十一个字符",
                "History",
                "   ",
                "含𠀀扩展汉字的名称凑够三十一个字符的长度啊啊啊啊啊啊啊啊啊啊"
            })
    void everyProjectNameBecomesAValidSheetName(String project) {
        String name = new SheetNames().forProject(project, 7);

        WorkbookUtil.validateSheetName(name);
        assertThat(name.length()).isLessThanOrEqualTo(31);
        assertThat(name).isNotBlank().doesNotContain("[", "]", ":", "*", "?", "/", "\\");
        assertThat(name.charAt(name.length() - 1)).isNotEqualTo('\'');
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
    }

    @Test
    void forbiddenCharactersBecomeFullWidthSoTheNameStaysReadable() {
        assertThat(new SheetNames().forProject("软件/硬件:维护", 1)).isEqualTo("软件／硬件：维护");
    }

    @Test
    void namesAreUniqueIgnoringCaseAndReservedNamesAreNotTaken() {
        SheetNames names = new SheetNames();
        names.reserve("汇总");

        assertThat(names.forProject("汇总", 1)).isEqualTo("汇总(2)");
        assertThat(names.forProject("Fees", 2)).isEqualTo("Fees");
        assertThat(names.forProject("fees", 3)).isEqualTo("fees(2)");
        String longName = "一个非常非常非常非常非常非常非常非常非常非常非常长的项目名称超过限制";
        String first = names.forProject(longName, 4);
        String second = names.forProject(longName, 5);
        assertThat(first).hasSize(31);
        assertThat(second).hasSize(31).endsWith("(2)").isNotEqualTo(first);
        assertThat(names.forProject("   ", 6)).isEqualTo("项目6");
    }
}
