package jixiao.evidence;

import java.util.Objects;

/**
 * What a file is attached to within an evaluation: the evaluation as a whole, one of its indicators (by its name, the
 * 三级指标), one of its key work items (by its title), or a 整改 answer (by the rectification's id). Written as text in
 * the API and the store: {@code evaluation}, {@code indicator:服务人次}, {@code work:建立目标管理考核机制},
 * {@code rectification:12}.
 *
 * <p>An indicator or a work item is named, not numbered: rows are moved and removed, and a file stays with the row of
 * its name (a renamed row leaves its files listed under the old name, with the evaluation's).
 */
public record Part(Kind kind, String ref) {

    public enum Kind {
        EVALUATION("evaluation"),
        INDICATOR("indicator"),
        WORK_ITEM("work"),
        RECTIFICATION("rectification");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static final Part EVALUATION = new Part(Kind.EVALUATION, null);

    public Part {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.EVALUATION) {
            ref = null;
        } else if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException(kind.prefix + " needs a name or an id");
        }
    }

    public static Part indicator(String name) {
        return new Part(Kind.INDICATOR, name.strip());
    }

    public static Part workItem(String title) {
        return new Part(Kind.WORK_ITEM, title.strip());
    }

    public static Part rectification(long id) {
        return new Part(Kind.RECTIFICATION, Long.toString(id));
    }

    /** The part a text names ({@link #text()}), or null where it names none. */
    public static Part parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.equals(Kind.EVALUATION.prefix)) {
            return EVALUATION;
        }
        int colon = trimmed.indexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            return null;
        }
        String prefix = trimmed.substring(0, colon);
        String ref = trimmed.substring(colon + 1).strip();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.EVALUATION && kind.prefix.equals(prefix) && !ref.isEmpty()) {
                if (kind == Kind.RECTIFICATION && !ref.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                return new Part(kind, ref);
            }
        }
        return null;
    }

    public String text() {
        return kind == Kind.EVALUATION ? kind.prefix : kind.prefix + ":" + ref;
    }

    /** How the history and the report's 附件 name the part (the indicator's name, the work item's title …). */
    public String describe() {
        return switch (kind) {
            case EVALUATION -> "整张表";
            case INDICATOR -> "指标“" + ref + "”";
            case WORK_ITEM -> "重点工作“" + ref + "”";
            case RECTIFICATION -> "整改事项 " + ref;
        };
    }
}
