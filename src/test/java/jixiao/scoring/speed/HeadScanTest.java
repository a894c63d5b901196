package jixiao.scoring.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeadScanTest {
    private static final Pattern HEAD =
            Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*(.+?)\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    @Test
    void readsTheNameAsThePatternDoes() {
        assertAgrees("一、办公用房取暖 97.99 分。年初预算 9 万元");
        assertAgrees("一、 9分");
        assertAgrees("十二．项目 2021 经费97分");
        assertAgrees("三、\n项目 90 分");
        assertEquals("办公用房取暖", HeadScan.name("一、办公用房取暖 97.99 分。"));
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

    private static void assertAgrees(String text) {
        Matcher m = HEAD.matcher(text);
        String expected = m.find() ? m.group(1) : null;
        assertEquals(expected, HeadScan.name(text), text);
    }
}
