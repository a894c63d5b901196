package jixiao.evaluation.web;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The structure of the editor's sheet, as a short text the sheet carries in a hidden input ({@code layout}): the
 * number of indicator rows and for each whether it opens a 一级 or a 二级 group, has the 定性 tier select and is
 * scored, then the fields marked invalid, and whether the sheet is editable.
 *
 * <p>Everything else the sheet shows is either typed by the user (the inputs, which a re-score posts and would only
 * echo) or computed (the scores, explanations, group weights, tier bands, total, grade and findings). So when a live
 * re-score comes out with the layout the browser posted, the browser needs only the computed parts, and its inputs,
 * with the focus and anything typed meanwhile, stay as they are; any other re-score answers the whole sheet.
 *
 * @param signature for example {@code e7:b9a88b8d} (editable, 7 rows, one hex digit of flags per row) followed by
 *     {@code ;name;indicators[2].weight} for fields marked invalid
 */
record SheetLayout(String signature) {

    private static final int OPENS_LEVEL1 = 1;
    private static final int OPENS_LEVEL2 = 2;
    private static final int HAS_TIER = 4;
    private static final int SCORED = 8;

    static SheetLayout of(List<SheetRow> rows, Collection<String> invalidFields, boolean editable) {
        StringBuilder text = new StringBuilder();
        text.append(editable ? 'e' : 'r').append(rows.size()).append(':');
        for (SheetRow row : rows) {
            int flags = (row.group().startsLevel1() ? OPENS_LEVEL1 : 0)
                    | (row.group().startsLevel2() ? OPENS_LEVEL2 : 0)
                    | (row.tier() != null ? HAS_TIER : 0)
                    | (row.scored() != null ? SCORED : 0);
            text.append(Character.forDigit(flags, 16));
        }
        for (String field : new TreeSet<>(invalidFields)) {
            text.append(';').append(field);
        }
        return new SheetLayout(text.toString());
    }

    /** True where the browser posted this layout (a missing one is never the same). */
    boolean isShownAs(String posted) {
        return signature.equals(posted);
    }
}
