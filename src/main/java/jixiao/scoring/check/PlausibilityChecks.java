package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.PLAUSIBILITY;
import static jixiao.scoring.Severity.INFO;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.rule.Attainment;
import jixiao.scoring.rule.IndicatorKind;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.scoring.rule.RuleNotes;
import jixiao.scoring.rule.TimelinessRule;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.scoring.value.ParsedValue.Timing;
import jixiao.scoring.value.TimePoint;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * What accounting firms look for by hand when they re-check a county's self-evaluations (domain.md §7): figures that
 * add up but that a reviewer would not accept without an explanation. Each is a finding to look into, not an error.
 */
final class PlausibilityChecks {
    private PlausibilityChecks() {}

    /** Whether a row's claimed score is its whole weight. */
    static boolean claimedFull(IndicatorAssessment row) {
        Points claimed = row.claimedScore();
        return claimed != null && claimed.compareTo(row.score().weight()) == 0;
    }

    /** Every indicator of a table claimed at full marks. */
    static final class AllIndicatorsAtFullMarks implements ProjectCheck {
        static final Check CHECK = Check.of(
                        "ALL_INDICATORS_AT_FULL_MARKS",
                        FindingCode.ALL_AT_FULL_MARKS,
                        PLAUSIBILITY,
                        INFO,
                        "自评表的全部绩效指标都填报满分（至少规定个数的指标时），复核时须逐项核实完成依据。")
                .with(CheckParameter.of("minIndicators", "指标个数达到此数才检查", "3", "1", null));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            int counted = 0;
            for (IndicatorAssessment row : table.rows()) {
                if (row.score().isExcluded()) {
                    continue;
                }
                if (!claimedFull(row)) {
                    return;
                }
                counted++;
            }
            BigDecimal least = table.rules().parameter(CHECK, "minIndicators");
            if (counted > 0 && BigDecimal.valueOf(counted).compareTo(least) >= 0) {
                out.add(table.at(), "全部 " + counted + " 个绩效指标都填报满分，应逐项核实完成依据");
            }
        }
    }

    /** Every project of the report claimed at full marks. */
    static final class AllProjectsAtFullMarks implements UnitCheck {
        static final Check CHECK = Check.of(
                        "ALL_PROJECTS_AT_FULL_MARKS",
                        FindingCode.ALL_AT_FULL_MARKS,
                        PLAUSIBILITY,
                        WARNING,
                        "单位的全部项目（至少规定个数时）每个绩效指标都填报满分，复核时须抽查完成依据。")
                .with(CheckParameter.of("minProjects", "项目个数达到此数才检查", "2", "2", null));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            int counted = 0;
            for (ProjectSelfEvaluation project : unit.report().projects()) {
                if (project.tableMissing() || project.indicators().isEmpty()) {
                    continue;
                }
                for (Indicator indicator : project.indicators()) {
                    if (indicator.claimedScore() == null
                            || indicator.weight() == null
                            || indicator.claimedScore().compareTo(indicator.weight()) != 0) {
                        return;
                    }
                }
                counted++;
            }
            BigDecimal least = unit.rules().parameter(CHECK, "minProjects");
            if (counted > 0 && BigDecimal.valueOf(counted).compareTo(least) >= 0) {
                out.add(Locate.wholeUnit(), "全部 " + counted + " 个项目的每个绩效指标都填报满分，应抽查各项目的完成依据");
            }
        }
    }

    /** 成本指标 is a ceiling of spending (反向): written with ≥ it would reward spending more. */
    static final class CostWrittenAsFloor implements RowCheck {
        static final Check CHECK = Check.of(
                "COST_WRITTEN_AS_FLOOR",
                FindingCode.COST_WRITTEN_AS_FLOOR,
                PLAUSIBILITY,
                WARNING,
                "成本指标的指标值写成“≥”“不低于”等下限，花钱越多反而越好；成本指标应写成“≤”（不超过）。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            if (row.indicator().isCost()
                    && row.score().target() instanceof Quantity target
                    && target.comparator().isPositive()) {
                out.add(row.at(), "成本指标的指标值“" + target.text() + "”是下限，成本指标应写成不超过某个数额（“≤”）");
            }
        }
    }

    /**
     * A result far beyond its target without a reason (the target set too low), from a lower share than {@link
     * RowChecks.ReasonForFarOverTarget}, which reports the rows beyond its own ratio where it is on.
     */
    static final class TargetSetTooLow implements RowCheck {
        static final Check CHECK = Check.of(
                        "TARGET_SET_TOO_LOW",
                        FindingCode.TARGET_SET_TOO_LOW,
                        PLAUSIBILITY,
                        WARNING,
                        "实际完成值达到指标值的规定比例以上（如 130%），没有说明原因：指标值可能定得过低。")
                .with(CheckParameter.of("ratio", "实际完成值达到指标值的此倍数即检查", "1.3", "1.01", null));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            if (score.attainment() != Attainment.MET || score.achievement() == null || row.hasReason()) {
                return;
            }
            BigDecimal ratio = row.table().rules().parameter(CHECK, "ratio");
            if (!score.achievement().isAtLeast(ratio)
                    || score.isNoted(RuleNotes.INDICATOR_DEVIATION)
                    || (row.table().rules().isOn(RowChecks.ReasonForFarOverTarget.CHECK)
                            && RowChecks.ReasonForFarOverTarget.applies(row))) {
                return;
            }
            out.add(
                    row.at(),
                    "实际完成值是指标值的 " + score.achievement().ratio().toPlainString() + " 倍（达到 " + percent(ratio)
                            + " 以上），没有说明原因，指标值可能定得过低");
        }
    }

    /** Outputs claimed met while little of the budget was spent. */
    static final class OutputsMetWithoutSpending implements ProjectCheck {
        static final Check CHECK = Check.of(
                        "OUTPUTS_MET_WITHOUT_SPENDING",
                        FindingCode.OUTPUTS_WITHOUT_SPENDING,
                        PLAUSIBILITY,
                        WARNING,
                        "预算执行率低于规定比例（如 30%），产出指标却全部填报满分：钱几乎没花，产出却全部完成。")
                .with(CheckParameter.of("maxExecutionRate", "预算执行率低于此比例即检查", "0.3", "0", "1"));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            BigDecimal below = table.rules().parameter(CHECK, "maxExecutionRate");
            if (table.execution().rate() == null || !table.execution().rate().isBelow(below)) {
                return;
            }
            int outputs = 0;
            for (IndicatorAssessment row : table.rows()) {
                Indicator indicator = row.indicator();
                if (row.score().isExcluded()
                        || indicator.isCost()
                        || indicator.level1() == null
                        || !indicator.level1().contains("产出")) {
                    continue;
                }
                if (!claimedFull(row)) {
                    return;
                }
                outputs++;
            }
            if (outputs > 0) {
                out.add(
                        table.at(),
                        "预算执行率只有 " + table.execution().rate() + "，" + outputs + " 个产出指标却全部填报满分，应说明资金未支出的原因并核实产出");
            }
        }
    }

    /** A cost far below its target without a reason: saved, fewer outputs, or a target set too high. */
    static final class CostFarBelowTarget implements RowCheck {
        static final Check CHECK = Check.of(
                        "COST_FAR_BELOW_TARGET",
                        FindingCode.COST_FAR_BELOW_TARGET,
                        PLAUSIBILITY,
                        WARNING,
                        "成本指标（总成本或单位成本）的实际完成值低于指标值的规定比例（如 50%），没有说明原因。")
                .with(CheckParameter.of("minShare", "实际成本低于指标值的此比例即检查", "0.5", "0", "1"));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            if (!row.indicator().isCost()
                    || row.hasReason()
                    || score.kind() != IndicatorKind.REVERSE
                    || score.achievement() == null
                    || score.achievement().target().signum() <= 0) {
                return;
            }
            BigDecimal share = row.table().rules().parameter(CHECK, "minShare");
            BigDecimal actual = score.achievement().actual();
            if (actual.compareTo(score.achievement().target().multiply(share)) < 0) {
                out.add(
                        row.at(),
                        "实际成本“" + score.actual().text() + "”不到指标值“"
                                + score.target().text() + "”的 " + percent(share) + "，没有说明原因（节约、产出减少还是指标值偏高）");
            }
        }
    }

    private static final Pattern NO_COMPLAINT = Pattern.compile("(未|没有|无|零)(收到|接到|发生|出现)?(任何|有效|相关)?(的)?(投诉|举报|信访)");
    private static final Pattern SURVEY = Pattern.compile("调查|问卷|测评|回访|访谈|抽样|座谈");

    /** 满意度 taken from "未收到投诉" without a survey. */
    static final class SatisfactionFromNoComplaints implements RowCheck {
        static final Check CHECK = Check.of(
                "SATISFACTION_FROM_NO_COMPLAINTS",
                FindingCode.SATISFACTION_WITHOUT_SURVEY,
                PLAUSIBILITY,
                WARNING,
                "满意度指标以“未收到投诉”等作为完成情况，没有问卷调查、回访等依据。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            Indicator indicator = row.indicator();
            if (!mentions(indicator.level1(), "满意") && !mentions(indicator.level2(), "满意")) {
                return;
            }
            Matcher complaint = NO_COMPLAINT.matcher(orEmpty(indicator.actual()));
            if (!complaint.find()) {
                complaint = NO_COMPLAINT.matcher(orEmpty(indicator.deviationReason()));
                if (!complaint.find()) {
                    return;
                }
            }
            if (SURVEY.matcher(orEmpty(indicator.actual())).find()
                    || SURVEY.matcher(orEmpty(indicator.deviationReason())).find()
                    || SURVEY.matcher(projectTexts(row.table().project())).find()) {
                return;
            }
            out.add(row.at(), "满意度以“" + complaint.group() + "”为依据，没有问卷调查、回访等满意度调查");
        }
    }

    /** Measure words of activities held rather than of their effect ("3次", "2场"). */
    private static final Set<String> ACTIVITY_WORDS = Set.of("次", "场", "场次", "期", "批", "轮", "届", "篇", "条", "次数");

    /** A 效益 indicator that counts activities: what was done is an output, not its effect. */
    static final class BenefitCountsActivities implements RowCheck {
        static final Check CHECK = Check.of(
                "BENEFIT_COUNTS_ACTIVITIES",
                FindingCode.BENEFIT_COUNTS_ACTIVITIES,
                PLAUSIBILITY,
                INFO,
                "效益指标的指标值是开展活动的次数、场次等（属于产出），没有反映项目带来的效果。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            Indicator indicator = row.indicator();
            if (!mentions(indicator.level1(), "效益")
                    || !(row.score().target() instanceof Quantity target)
                    || target.measureUnit().dimension() != Dimension.COUNT
                    || !ACTIVITY_WORDS.contains(target.measureUnit().symbol())) {
                return;
            }
            out.add(row.at(), "效益指标的指标值“" + target.text() + "”只统计开展的次数，应反映项目带来的效果");
        }
    }

    /** "5月份", "2022年3月", "11月底": a month named in a text, with its year where printed. */
    private static final Pattern MONTH =
            Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(?<![\\d.个])(1[0-2]|0?[1-9])\\s*月(?!份?内)");
    /** Words every 时效 row says, which tell nothing about what the work was. */
    private static final Set<String> TIME_WORDS = Set.of(
            "时间", "节点", "完成", "工作", "按时", "计划", "及时", "要求", "任务", "按照", "上级", "当前", "各项", "创建", "时限", "情况", "开展", "相关",
            "进行");

    /**
     * A 时效 row the rules read as met while a date the project's texts give for the same work (年度总体目标's
     * 实际完成情况, the summary or the 自评分析) lies after its deadline or before its period.
     */
    static final class DeadlineContradicted implements RowCheck {
        static final Check CHECK = Check.of(
                "DEADLINE_CONTRADICTED",
                FindingCode.DEADLINE_CONTRADICTED,
                PLAUSIBILITY,
                WARNING,
                "时效指标按时完成，但自评报告其他地方写的同一项工作的完成时间在指标值规定的时间之外。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            if (score.kind() != IndicatorKind.TIMELINESS
                    || score.attainment() != Attainment.MET
                    || !(score.target() instanceof Timing target)) {
                return;
            }
            int fiscalYear = row.table().context().fiscalYear();
            for (DatedPassage passage : row.table().datedPassages()) {
                if (!sharesTopic(passage.text(), row.indicator().name())) {
                    continue;
                }
                for (int i = 0; i < passage.dates().size(); i++) {
                    if (TimelinessRule.isOutside(target, passage.dates().get(i), fiscalYear)) {
                        out.add(
                                row.at(),
                                "指标值“" + target.text() + "”，实际完成值“"
                                        + orEmpty(row.indicator().actual()) + "”，自评报告却写“"
                                        + excerpt(passage.text(), passage.at().get(i)) + "”，时间不一致");
                        return;
                    }
                }
            }
        }
    }

    /** A passage of the project's texts that names months, with each month and where it starts. */
    record DatedPassage(String text, java.util.List<TimePoint> dates, java.util.List<Integer> at) {}

    private static final Pattern PASSAGE_BREAK =
            Pattern.compile("\\n|(?=[(（][一二三四五六七八九十]+[)）])|(?<=[。；])(?=\\d{1,2}、)");

    /**
     * The passages of the project's own texts (实际完成情况, the summary paragraph, the 自评分析) that name a month: read
     * once per project, as only 时效 rows ask and most texts name none.
     */
    static java.util.List<DatedPassage> datedPassages(ProjectSelfEvaluation project) {
        java.util.List<DatedPassage> dated = null;
        ClaimedProject claimed = project.claimed();
        for (String text : new @Nullable String[] {
            project.goals() == null ? null : project.goals().achieved(),
            claimed == null || claimed.summary() == null
                    ? null
                    : claimed.summary().text(),
            claimed == null || claimed.analysis() == null
                    ? null
                    : claimed.analysis().text()
        }) {
            if (text == null || text.indexOf('月') < 0) {
                continue; // most texts name no month: nothing is split or matched
            }
            for (String passage : PASSAGE_BREAK.split(text)) {
                if (passage.indexOf('月') < 0) {
                    continue;
                }
                Matcher month = MONTH.matcher(passage);
                java.util.List<TimePoint> dates = new java.util.ArrayList<>();
                java.util.List<Integer> at = new java.util.ArrayList<>();
                while (month.find()) {
                    Integer year = month.group(1) == null ? null : Integer.valueOf(month.group(1));
                    dates.add(new TimePoint(year, Integer.parseInt(month.group(2)), null));
                    at.add(month.start());
                }
                if (!dates.isEmpty()) {
                    if (dated == null) {
                        dated = new java.util.ArrayList<>();
                    }
                    dated.add(new DatedPassage(passage, dates, at));
                }
            }
        }
        return dated == null ? java.util.List.of() : dated;
    }

    /** The project's own texts: 实际完成情况, the summary paragraph and the 自评分析. */
    private static String projectTexts(ProjectSelfEvaluation project) {
        StringBuilder texts = new StringBuilder();
        if (project.goals() != null) {
            texts.append(orEmpty(project.goals().achieved())).append('\n');
        }
        ClaimedProject claimed = project.claimed();
        if (claimed != null && claimed.summary() != null) {
            texts.append(orEmpty(claimed.summary().text())).append('\n');
        }
        if (claimed != null && claimed.analysis() != null) {
            texts.append(orEmpty(claimed.analysis().text()));
        }
        return texts.toString();
    }

    /** Whether a passage shares a two-character word with the indicator's name, other than the words of time. */
    static boolean sharesTopic(String passage, String name) {
        // the name's characters without spaces ("按时间节点完成 创建…" as PDFs break it), pair by pair
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isIdeographic(previous) && Character.isIdeographic(c)) {
                String pair = new String(new char[] {previous, c});
                if (!TIME_WORDS.contains(pair) && passage.contains(pair)) {
                    return true;
                }
            }
            previous = c;
        }
        return false;
    }

    private static String excerpt(String passage, int at) {
        int end = passage.length();
        for (int i = at; i < passage.length(); i++) {
            if ("。；，,\n".indexOf(passage.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return passage.substring(at, Math.min(end, at + 40)).strip();
    }

    private static boolean mentions(@Nullable String text, String word) {
        return text != null && text.contains(word);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** A share as a reader says it: 1.3 → "130%". */
    private static String percent(BigDecimal share) {
        return Decimals.plain(share.movePointRight(2)) + "%";
    }
}
