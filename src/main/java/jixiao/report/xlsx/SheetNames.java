package jixiao.report.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or ending with
 * an apostrophe, not "History", and unique ignoring case. A project's name is kept as far as it can be: forbidden
 * characters become their full-width forms (“/” → “／”), so that a clerk still recognises the project.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** Reserves a fixed name (汇总, 问题清单) so that no project sheet takes it. */
    String reserve(String name) {
        taken.add(key(name));
        return name;
    }

    /** A valid name for the project, unique in this workbook: "专家评审费", or "专家评审费(2)" for a second one. */
    String forProject(String projectName, int position) {
        String base = clean(projectName);
        if (base.isEmpty()) {
            base = "项目" + position;
        }
        String name = truncate(base, MAX_LENGTH);
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "(" + n + ")";
            name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String clean(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(
                    switch (c) {
                        case '[' -> '［';
                        case ']' -> '］';
                        case ':' -> '：';
                        case '*' -> '＊';
                        case '?' -> '？';
                        case '/' -> '／';
                        case '\\' -> '＼';
                        default -> Character.isISOControl(c) ? ' ' : c;
                    });
        }
        String cleaned = out.toString().strip();
        while (cleaned.startsWith("'")) {
            cleaned = cleaned.substring(1);
        }
        while (cleaned.endsWith("'")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.equalsIgnoreCase("History") ? cleaned + "_" : cleaned.strip();
    }

    /** Excel counts UTF-16 units; a character outside the BMP is never split. */
    private static String truncate(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
        return name.substring(0, end).strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
