package jixiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;

/**
 * What a document needs beyond its data: the date it carries (cover, 落款), and how many error findings are still
 * unresolved, so that a document generated before they are resolved is marked as a draft on every page. The date is
 * an argument: the report package reads no clock.
 *
 * @param unresolvedErrors error findings neither fixed nor explained; 0 for a final document
 * @param evidence the files (佐证材料) attached to the evaluations, which the report lists in its 附件; kept outside
 *     the interchange format, which has no files
 */
public record Edition(LocalDate date, int unresolvedErrors, List<AnnexedEvidence> evidence) {
    public Edition {
        Objects.requireNonNull(date, "date");
        if (unresolvedErrors < 0) {
            throw new IllegalArgumentException("unresolved errors must not be negative: " + unresolvedErrors);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Without attached files (the command line's documents). */
    public Edition(LocalDate date, int unresolvedErrors) {
        this(date, unresolvedErrors, List.of());
    }

    /** Dated {@code date}, every error finding of the assessment unresolved (nothing explains them outside the web). */
    public static Edition of(ReportAssessment assessment, LocalDate date) {
        return new Edition(date, (int)
                assessment.findings().stream().filter(Finding::isError).count());
    }

    /** "2022年3月15日", the way GB/T 9704 writes a date: Arabic numerals, no leading zeros. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The draft mark, or null when nothing is unresolved. */
    public String draftMark() {
        return unresolvedErrors == 0 ? null : "草稿：尚有 " + unresolvedErrors + " 处错误未更正或说明，不作为正式报告报送";
    }
}
