package jixiao.report;

import java.util.regex.Pattern;

/**
 * The unit's own paragraphs, made ready to stand in the report beside the tables. A 自评分析 paragraph opens with
 * figures the tables also print ("一、办公用房取暖 97.99 分。办公用房取暖年初预算 9 万元，实际支付 8.81 万元，预算执行率
 * 9.89%；供暖面积…"): that head is written again from the table, so that it cannot disagree with it, and the unit's
 * account that follows is kept word for word.
 */
final class UnitWords {
    private UnitWords() {}

    /** "一、{name} 97.99 分。" (the score may be followed by stray words up to the full stop: "83.59 分万元。"). */
    private static final Pattern ORDINAL_HEAD =
            Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．][^。]*?\\d+(?:\\.\\d+)?\\s*分[^。；，]{0,4}[。；，]?");

    /** A clause that only restates a budget figure: 年初预算 9 万元, 全年预算数 9 万元, 实际支付 8.81 万元, 预算执行率为 84%. */
    private static final Pattern FIGURE_CLAUSE = Pattern.compile(
            "^[^，。；]{0,40}?(?:年初预算|全年预算|预算数|实际支付|实际支出|实际执行|执行数|预算执行率|执行率)(?:数)?(?:为|是|达)?\\s*\\d[\\d.,]*\\s*(?:万元|元|万|%|％)\\s*[，。；]?");

    /** The unit's 自评分析 after the head the report writes itself; empty where nothing else is said. */
    static String analysisBody(String text) {
        if (text == null) {
            return "";
        }
        String rest = Figures.tidy(text);
        rest = ORDINAL_HEAD.matcher(rest).replaceFirst("");
        while (true) {
            String stripped = FIGURE_CLAUSE.matcher(rest).replaceFirst("");
            if (stripped.length() == rest.length()) {
                break;
            }
            rest = stripped.stripLeading();
        }
        return rest.strip();
    }

    /** A text of several paragraphs (one a line) as body paragraphs, stray PDF spaces dropped, blank lines skipped. */
    static java.util.List<Block> paragraphs(String text) {
        java.util.List<Block> blocks = new java.util.ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\r?\\n")) {
                String tidy = Figures.tidy(line);
                if (!tidy.isEmpty()) {
                    blocks.add(Block.Paragraph.body(line));
                }
            }
        }
        return blocks;
    }

    /** Whether a text was written. */
    static boolean written(String text) {
        return text != null && !text.isBlank();
    }

    /** "name：text" unless the text already starts with its name. */
    static String named(String name, String text) {
        String t = Figures.tidy(text);
        String n = Figures.tidy(name);
        return t.startsWith(n + "：") || t.startsWith(n + ":") ? t : n + "：" + t;
    }
}
