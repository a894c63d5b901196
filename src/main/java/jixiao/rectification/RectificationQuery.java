package jixiao.rectification;

/**
 * What a list of 整改事项 shows: optionally one year, one state, only the overdue ones, and those whose unit, evaluation
 * or text contains a word.
 */
public record RectificationQuery(Integer year, Rectification.Status status, boolean overdue, String search) {

    public static final RectificationQuery ALL = new RectificationQuery(null, null, false, null);
}
