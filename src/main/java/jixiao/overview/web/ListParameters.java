package jixiao.overview.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.overview.ExecutionBand;
import jixiao.overview.ListColumn;
import jixiao.overview.ListQuery;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Grade;
import jixiao.scoring.UnitAssessment;
import jixiao.shared.PlainText;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * A list's request parameters read into a {@link ListQuery}: money in 万元 (as the 自评表 prints it) into 元, a rate in
 * percent into a fraction, codes into their values. A value that does not read is left out of the query and named,
 * with the parameter, in a problem the page shows; nothing is refused with an error page.
 */
final class ListParameters {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The year parameter's value for every year. */
    static final String ALL_YEARS = "all";

    private final MultiValueMap<String, String> params;
    private final List<DefaultMessageSourceResolvable> problems = new ArrayList<>();

    ListParameters(MultiValueMap<String, String> params) {
        this.params = params;
    }

    /** The query; {@code latestYear} stands in where no year is asked for. */
    ListQuery query(Integer latestYear) {
        String yearText = text("year");
        Integer year = ALL_YEARS.equals(yearText)
                ? null
                : yearText == null ? latestYear : parsed("year", yearText, Integer::valueOf);
        return new ListQuery(
                year,
                text("q"),
                named("status", EvaluationStatus.class),
                grade(),
                named("kind", EvaluationKind.class),
                flag("unresolved"),
                percent("rateBelow"),
                money("minBudget"),
                money("maxBudget"),
                flag("largeGap"),
                named("finding", FindingCode.class),
                number("unit", Long::valueOf),
                number("region", Long::valueOf),
                named("band", ExecutionBand.class),
                number("minTotal", BigDecimal::new),
                number("maxTotal", BigDecimal::new),
                flag("todo"),
                flag("copied"),
                sort(),
                "desc".equals(text("dir")),
                page("page", 1),
                page("size", ListQuery.DEFAULT_SIZE));
    }

    /** What did not read: each a message with the parameter's name and value. */
    List<DefaultMessageSourceResolvable> problems() {
        return List.copyOf(problems);
    }

    /**
     * A parameter's text without control characters (PlainText, as every bound form field): the search went to the
     * database as typed, and PostgreSQL refuses U+0000 in a query (a 500).
     */
    String text(String name) {
        String value = PlainText.of(params.getFirst(name));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean flag(String name) {
        String value = text(name);
        return value != null && !value.equals("false");
    }

    private String grade() {
        String code = text("grade");
        if (code == null) {
            return null;
        }
        if (code.equals("INCOMPLETE")) {
            return UnitAssessment.INCOMPLETE;
        }
        Grade grade = named("grade", Grade.class);
        return grade == null ? null : grade.label();
    }

    private ListColumn sort() {
        String value = text("sort");
        if (value == null) {
            return null;
        }
        return ListColumn.named(value).orElseGet(() -> {
            problem("sort", value);
            return null;
        });
    }

    private <E extends Enum<E>> E named(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(name, value);
            return null;
        }
    }

    private <T> T number(String name, Function<String, T> read) {
        String value = text(name);
        return value == null ? null : parsed(name, value, read);
    }

    private <T> T parsed(String name, String value, Function<String, T> read) {
        try {
            return read.apply(value.replace(",", ""));
        } catch (NumberFormatException e) {
            problem(name, value);
            return null;
        }
    }

    private BigDecimal money(String name) {
        BigDecimal tenThousands = number(name, BigDecimal::new);
        return tenThousands == null ? null : tenThousands.multiply(TEN_THOUSAND);
    }

    private BigDecimal percent(String name) {
        BigDecimal percent = number(name, BigDecimal::new);
        return percent == null ? null : percent.movePointLeft(2);
    }

    private int page(String name, int otherwise) {
        Integer value = number(name, Integer::valueOf);
        return value == null ? otherwise : value;
    }

    private void problem(String name, String value) {
        problems.add(new DefaultMessageSourceResolvable(
                new String[] {"list.error.parameter." + name, "list.error.parameter"}, new Object[] {name, value}));
    }
}
