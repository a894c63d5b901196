package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Goals;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.speed.Bigrams;
import jixiao.scoring.speed.Similarity;
import jixiao.scoring.value.ChineseText;
import org.jspecify.annotations.Nullable;

/** The 年度总体目标 of the report's projects against each other. */
final class GoalChecks {
    private GoalChecks() {}

    /** 年度总体目标照搬其他项目: the same goal (or the same with a word changed) as an earlier project of the report. */
    static final class GoalCopied implements ReportCheck {
        static final Check CHECK = Check.of(
                "GOAL_COPIED",
                FindingCode.GOAL_COPIED,
                QUALITY,
                WARNING,
                "项目的年度总体目标（预期目标）与同一报告中另一个项目相同或几乎相同（只改了个别字，或被截断），没有写出本项目自己的目标。");

        /** Texts this similar (character bigrams) count as the same goal: a copy with a word changed. */
        private static final int SAME_PERCENT = 90;

        /** A goal cut off in the PDF still counts as a copy when this much of it is left. */
        private static final int MIN_PREFIX = 10;

        @Override
        public Check check() {
            return CHECK;
        }

        /** Adds each finding to the project it is about: the later of two projects. */
        @Override
        public void run(List<ProjectSelfEvaluation> projects, List<Findings> byProject) {
            List<Goal> goals = new ArrayList<>(projects.size());
            for (ProjectSelfEvaluation project : projects) {
                goals.add(Goal.of(project));
            }
            for (int i = 0; i < projects.size(); i++) {
                Goal later = goals.get(i);
                if (later == null) {
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    Goal earlier = goals.get(j);
                    if (earlier == null || !same(earlier.expected(), later.expected())) {
                        continue;
                    }
                    String copied = same(earlier.achieved(), later.achieved()) ? "预期目标和实际完成情况" : "预期目标";
                    ProjectSelfEvaluation project = projects.get(i);
                    byProject
                            .get(i)
                            .add(
                                    Locate.project(project.name()),
                                    "年度总体目标的" + copied + "与项目“"
                                            + projects.get(j).name() + "”相同，未写出本项目自己的目标：“"
                                            + later.expected().text() + "”");
                    break;
                }
            }
        }

        /** Normalised texts: equal, one cut off from the other, or alike but for a word. */
        private static boolean same(Text a, Text b) {
            String x = a.normalized();
            String y = b.normalized();
            if (x.isEmpty() || y.isEmpty()) {
                return false;
            }
            if (x.equals(y)) {
                return true;
            }
            int shorter = Math.min(x.length(), y.length());
            int longer = Math.max(x.length(), y.length());
            if (shorter >= MIN_PREFIX && (x.startsWith(y) || y.startsWith(x))) {
                return true;
            }
            // a Dice coefficient of 90% needs lengths within about 20% of each other
            if (shorter * 100 < longer * 80) {
                return false;
            }
            return Similarity.atLeast(x, a.bigrams(), y, b.bigrams(), SAME_PERCENT);
        }
    }

    /** A goal normalised once, with its bigrams, so that comparing every pair of projects stays cheap. */
    private record Goal(Text expected, Text achieved) {
        /** The project's goal, or null where it printed no 预期目标. */
        static @Nullable Goal of(ProjectSelfEvaluation project) {
            Goals goals = project.goals();
            String expected = goals == null ? null : goals.expected();
            if (goals == null || expected == null || expected.isBlank()) {
                return null;
            }
            return new Goal(Text.of(expected), Text.of(goals.achieved()));
        }
    }

    /**
     * A text normalised and its character bigrams, both computed when first compared: the 实际完成情况 only is
     * compared where the 预期目标 are the same.
     */
    private static final class Text {
        private final @Nullable String text;
        private @Nullable String normalized;
        private @Nullable Bigrams bigrams;

        private Text(@Nullable String text) {
            this.text = text;
        }

        /** A text as printed, or null for none (which is the same as empty). */
        static Text of(@Nullable String text) {
            return new Text(text);
        }

        /** As printed. */
        @Nullable
        String text() {
            return text;
        }

        String normalized() {
            String done = normalized;
            if (done == null) {
                done = ChineseText.normalize(text);
                normalized = done;
            }
            return done;
        }

        Bigrams bigrams() {
            Bigrams done = bigrams;
            if (done == null) {
                done = Bigrams.of(normalized());
                bigrams = done;
            }
            return done;
        }
    }
}
