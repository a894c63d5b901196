package jixiao.scoring.check;

import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.ProjectSelfEvaluation;

/** 年度总体目标 copied from another project of the same report (GOAL_COPIED). */
final class GoalChecks {
    private GoalChecks() {}

    /** Texts this similar (character bigrams) count as the same goal: a copy with a word changed or cut off. */
    private static final int SAME_PERCENT = 90;

    /** A goal cut off in the PDF still counts as a copy when this much of it is left. */
    private static final int MIN_PREFIX = 10;

    /** Adds each finding to the list of the project it is about (the later of two projects). */
    static void check(List<ProjectSelfEvaluation> projects, List<List<Finding>> byProject) {
        for (int i = 0; i < projects.size(); i++) {
            ProjectSelfEvaluation later = projects.get(i);
            if (later.goals() == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                ProjectSelfEvaluation earlier = projects.get(j);
                if (earlier.goals() == null) {
                    continue;
                }
                String copied = copiedParts(earlier, later);
                if (copied != null) {
                    byProject
                            .get(i)
                            .add(Locate.project(later.name())
                                    .warning(
                                            FindingCode.GOAL_COPIED,
                                            "年度总体目标的" + copied + "与项目“" + earlier.name() + "”相同，未写出本项目自己的目标：“"
                                                    + later.goals().expected() + "”"));
                    break;
                }
            }
        }
    }

    private static String copiedParts(ProjectSelfEvaluation earlier, ProjectSelfEvaluation later) {
        boolean expected = same(earlier.goals().expected(), later.goals().expected());
        if (!expected) {
            return null;
        }
        return same(earlier.goals().achieved(), later.goals().achieved()) ? "预期目标和实际完成情况" : "预期目标";
    }

    private static boolean same(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        String x = ChineseText.normalize(a);
        String y = ChineseText.normalize(b);
        boolean truncated = Math.min(x.length(), y.length()) >= MIN_PREFIX && (x.startsWith(y) || y.startsWith(x));
        return x.equals(y) || truncated || ChineseText.similarity(x, y) * 100 >= SAME_PERCENT;
    }
}
