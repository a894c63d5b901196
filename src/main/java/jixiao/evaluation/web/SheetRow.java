package jixiao.evaluation.web;

import java.util.List;
import java.util.Locale;
import jixiao.scoring.IndicatorAssessment;

/**
 * One indicator row of the editor's sheet as it is shown: the values as typed, where the row stands in the 一级/二级
 * grouping, and what the re-score computed for it.
 *
 * @param index the row's position in the form ({@code indicators[index]})
 * @param typed the row as typed
 * @param group where the row stands in the grouping (the group heads above it and their weights)
 * @param scored the row's assessment, or null where the project could not be scored that far
 * @param tier the 定性 tier select, or null where the row is not 定性
 * @param findings the findings about this row
 * @param explanationKey a digest of everything the row's explanation row shows ("" where it has none): the row
 *     carries it in a hidden input, and a partial answer leaves out the explanation rows the browser shows already
 */
public record SheetRow(
        int index,
        EvaluationForm.IndicatorRow typed,
        IndicatorGroups.Position group,
        IndicatorAssessment scored,
        TierChoice tier,
        List<FindingLines.FindingLine> findings,
        String explanationKey) {

    public SheetRow {
        findings = List.copyOf(findings);
    }

    static SheetRow of(
            int index,
            EvaluationForm.IndicatorRow typed,
            IndicatorGroups.Position group,
            IndicatorAssessment scored,
            TierChoice tier,
            List<FindingLines.FindingLine> findings,
            Locale locale) {
        return new SheetRow(
                index,
                typed,
                group,
                scored,
                tier,
                findings,
                explanationKey(index, typed, scored, tier, findings, locale));
    }

    /**
     * The row's number and a 64-bit FNV-1a hash of what its explanation row is rendered from: the language, the
     * claimed score (the tier select's hidden companion), the explanation, the tier select and the findings with the
     * explanations the unit gave.
     */
    private static String explanationKey(
            int index,
            EvaluationForm.IndicatorRow typed,
            IndicatorAssessment scored,
            TierChoice tier,
            List<FindingLines.FindingLine> findings,
            Locale locale) {
        if (scored == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(256)
                .append(locale)
                .append('\u0000')
                .append(typed.getClaimedScore())
                .append('\u0000')
                .append(scored.score().explanation().text())
                .append('\u0000')
                .append(tier);
        for (FindingLines.FindingLine finding : findings) {
            shown.append('\u0000').append(finding);
        }
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < shown.length(); i++) {
            hash = (hash ^ shown.charAt(i)) * 0x100000001b3L;
        }
        return index + ":" + Long.toHexString(hash);
    }
}
