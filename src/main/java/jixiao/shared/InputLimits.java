package jixiao.shared;

import java.math.BigDecimal;

/**
 * How much one report, one text and one number may be, checked where input comes in (the interchange reader, the
 * editors' forms, the API), so that a document too large for the pages, the database or the documents is refused with
 * the field named, instead of failing later for everyone who opens it. Each limit is far above any real report: the
 * seed's longest text has 1,686 characters, its largest project 22 indicators.
 */
public final class InputLimits {
    private InputLimits() {}

    /** A name: of a unit, a project (the list's column holds 300), a department. */
    public static final int NAME = 300;

    /** A short text: an indicator's names, a target or an actual value, a code, a title. */
    public static final int SHORT_TEXT = 2_000;

    /** A text of the report: a goal, a reason, a paragraph of the narrative (a spreadsheet cell holds 32,767). */
    public static final int TEXT = 20_000;

    /** Indicators of one project (the editor shows each as a row of the sheet). */
    public static final int INDICATORS = 500;

    /** Projects of one document. */
    public static final int PROJECTS = 1_000;

    /** Items of one list of the whole-unit part (key work plan, claimed items, departments, duties). */
    public static final int ITEMS = 1_000;

    /** A weight (分值) is a share of 100 points. */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    /** Every amount of money and every other figure stays below 10^14 (元 or 万元: more than any budget). */
    public static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(14);
}
