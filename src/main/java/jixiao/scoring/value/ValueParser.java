package jixiao.scoring.value;

/** Reads 年度指标值 and 实际完成值 texts as they appear in real reports. Pure, thread-safe, never throws. */
public final class ValueParser {

    public ParsedValue parse(String text) {
        throw new UnsupportedOperationException("not yet written");
    }
}
