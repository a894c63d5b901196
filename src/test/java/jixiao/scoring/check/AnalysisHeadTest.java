package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnalysisHeadTest {
    private static final Pattern HEAD =
            Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*(.+?)\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    @Test
    void readsTheNameAsThePatternDoes() {
        assertAgrees("一、办公用房取暖 97.99 分。年初预算 9 万元");
        assertAgrees("一、 9分");
        assertAgrees("十二．项目 2021 经费97分");
        assertAgrees("三、\n项目 90 分");
        assertEquals("办公用房取暖", AnalysisHead.name("一、办公用房取暖 97.99 分。"));
    }

    @Test
    void readsTheNameAsThePatternDoesOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(17);
        String[] pieces = {"一", "十", "、", ".", "．", " ", "\t", "\n", "9", "12", "分", "项目", "经费", "。", "\u2028"};
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertAgrees(text.toString());
        }
    }

    @Test
    void aNameOtherThanTheProjectsIsTheNameUnlessItIsTheProjects() {
        SplittableRandom random = new SplittableRandom(29);
        String[] pieces = {"一", "十", "、", ".", "．", " ", "\t", "\n", "9", "12", "分", "项目", "经费", "。", "*"};
        String[] expected = {null, "", "项目", "经费", "项目经费", "项目 经费", "9"};
        int same = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "" : "一、");
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextBoolean()) {
                text.append(" 97.5 分");
            }
            String name = AnalysisHead.name(text.toString());
            String project = random.nextInt(3) == 0 || name == null ? expected[random.nextInt(expected.length)] : name;
            boolean isTheProjects = name != null && name.equals(project);
            same += isTheProjects ? 1 : 0;
            assertEquals(
                    isTheProjects ? null : name,
                    AnalysisHead.nameOtherThan(text.toString(), project),
                    text + " / " + project);
        }
        assertTrue(same > 20_000, "only " + same + " names were the project's");
    }

    private static void assertAgrees(String text) {
        Matcher m = HEAD.matcher(text);
        String expected = m.find() ? m.group(1) : null;
        assertEquals(expected, AnalysisHead.name(text), text);
        assertEquals(expected, AnalysisHead.nameOtherThan(text, "\0"), text);
        assertEquals(null, AnalysisHead.nameOtherThan(text, expected), text);
    }
}
