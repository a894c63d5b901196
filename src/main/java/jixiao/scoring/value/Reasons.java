package jixiao.scoring.value;

import java.util.Locale;

/** The Chinese sentences that say why a text is {@link ParsedValue.Unreadable}. */
final class Reasons {
    private static final int QUOTE_LIMIT = 20;

    private Reasons() {}

    static String unrecognised(String content) {
        return "含无法识别的内容" + quote(content);
    }

    static String controlCharacter(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
        return "含控制字符（U+" + "0000".substring(Math.min(4, hex.length())) + hex + "）";
    }

    static String malformedNumber(String digits) {
        return "数字格式错误" + quote(digits);
    }

    static String range(String text) {
        return "是数值范围" + quote(text) + "，不是一个值";
    }

    static String measureUnitAfterMeasureUnit(String measureUnit, String next) {
        return "单位“" + measureUnit + "”后又有单位“" + next + "”";
    }

    static String conflictingComparators(String first, String second) {
        return "比较符号矛盾：“" + first + "”与“" + second + "”";
    }

    static String missingNumber(String content) {
        return "只有" + quote(content) + "，缺少数值";
    }

    static String monthOutOfRange(String content) {
        return "月份超出范围" + quote(content);
    }

    static String noSuchDay(String content) {
        return "日期不存在" + quote(content);
    }

    static String yearOnly(String content) {
        return "只有年份" + quote(content) + "，没有月份";
    }

    static String moreAfterDate(String content) {
        return "日期后还有其他数值" + quote(content);
    }

    static String unreadableDate(String content) {
        return "无法识别的日期" + quote(content);
    }

    static String internal(RuntimeException e) {
        return "读取时出错（" + e.getClass().getSimpleName() + "）";
    }

    private static String quote(String content) {
        if (content.length() <= QUOTE_LIMIT) {
            return "“" + content + "”";
        }
        int end = QUOTE_LIMIT;
        if (Character.isHighSurrogate(content.charAt(end - 1))) {
            end--;
        }
        return "“" + content.substring(0, end) + "…”";
    }
}
