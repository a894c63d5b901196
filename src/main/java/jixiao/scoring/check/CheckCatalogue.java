package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.scoring.Check;
import jixiao.scoring.CheckCategory;
import jixiao.scoring.FindingCode;
import jixiao.scoring.rule.RuleNotes;

/**
 * Every check, in the order a reviewer reads a report and the findings are listed: each project's table as a whole,
 * then each of its rows, then its narrative; the checks across the report's projects; then the whole unit. A rule set
 * switches a check off or changes its severity or parameters by its {@link Check#code() code}.
 */
public final class CheckCatalogue {
    private CheckCatalogue() {}

    /** A project's 自评表 as a whole, before its rows. */
    static final List<ProjectCheck> TABLE = List.of(
            new TableChecks.TableMissing(),
            new TableChecks.HeaderBlank(),
            new TableChecks.NoIndicators(),
            new RuleNoteChecks.OnTable(RuleNotes.FUNDS_STAND_IN),
            new RuleNoteChecks.OnTable(RuleNotes.FUNDS_MISSING),
            new RuleNoteChecks.OnTable(RuleNotes.WEIGHTS_SHARED),
            new RuleNoteChecks.OnTable(RuleNotes.NOT_APPLICABLE_EXCLUDED),
            new RuleNoteChecks.OnTable(RuleNotes.TOTAL_CAPPED),
            new ExecutionChecks.RateUnreadable(),
            new ExecutionChecks.RateMismatch(),
            new ExecutionChecks.RateRounding(),
            new ExecutionChecks.ScoreNotClaimed(),
            new ExecutionChecks.ScoreMismatch(),
            new ExecutionChecks.ReasonForLowExecution(),
            new TableChecks.WeightsNot100(),
            new TableChecks.Level1WeightsNonstandard(),
            new TableChecks.ClaimedTotal(),
            new TableChecks.DuplicateIndicator(),
            new CostChecks.CostTargetInconsistent(),
            new TableChecks.FundsRowsSum(),
            new PlausibilityChecks.AllIndicatorsAtFullMarks(),
            new PlausibilityChecks.OutputsMetWithoutSpending());

    /**
     * What the indicator scorer notes about a row's values, placed first for each row, in the order the scorer raises
     * them: a 不适用 mark not accepted, a missing weight, a vague target, a fraction read as a percentage, then at most
     * one of the others, and a deviation.
     */
    static final List<Check> ROW_NOTES = List.of(
            RuleNotes.NOT_APPLICABLE_NOT_ADMITTED,
            RuleNotes.NOT_APPLICABLE_UNEXPLAINED,
            RuleNotes.WEIGHT_MISSING,
            RuleNotes.VAGUE_TARGET,
            RuleNotes.TARGET_MISSING,
            RuleNotes.TARGET_UNREADABLE,
            RuleNotes.ACTUAL_MISSING,
            RuleNotes.ACTUAL_UNREADABLE,
            RuleNotes.ACTUAL_NOT_A_QUANTITY,
            RuleNotes.ACTUAL_IN_WORDS,
            RuleNotes.ACTUAL_WITHOUT_TIME,
            RuleNotes.TIER_UNKNOWN,
            RuleNotes.FRACTION_READ_AS_PERCENT,
            RuleNotes.MEASURE_UNIT_MISMATCH,
            RuleNotes.INDICATOR_DEVIATION);

    /** Each 绩效指标 row, in the table's order, after its notes. */
    static final List<RowCheck> ROWS = List.of(
            new RowChecks.ScoreInWords(),
            new RowChecks.ScoreNotClaimed(),
            new RowChecks.ScoreExceedsWeight(),
            new RowChecks.QualitativeScoreOutOfTier(),
            new RowChecks.TargetMetScoreReduced(),
            new RowChecks.TargetMissedFullScore(),
            new RowChecks.ScoreMismatch(),
            new RowChecks.ReasonForLostPoints(),
            new RowChecks.ReasonForFarOverTarget(),
            new PlausibilityChecks.TargetSetTooLow(),
            new PlausibilityChecks.CostWrittenAsFloor(),
            new PlausibilityChecks.CostFarBelowTarget(),
            new PlausibilityChecks.SatisfactionFromNoComplaints(),
            new PlausibilityChecks.BenefitCountsActivities(),
            new PlausibilityChecks.DeadlineContradicted());

    /** A project's narrative against its table, after its rows. */
    static final List<ProjectCheck> NARRATIVE = List.of(
            new NarrativeChecks.SummaryProjectName(),
            new NarrativeChecks.SummaryFigures(),
            new NarrativeChecks.AnalysisProjectName(),
            new NarrativeChecks.AnalysisFigures());

    /** The report's projects against each other. */
    static final List<ReportCheck> ACROSS_PROJECTS = List.of(new GoalChecks.GoalCopied());

    /** The report as a whole and its 部门（单位）整体自评. */
    static final List<UnitCheck> UNIT = List.of(
            new DepartmentChecks.DuplicateProjectTable(),
            new DepartmentChecks.UnitBudgetSums(),
            new DepartmentChecks.OverspendingStated(),
            new DepartmentChecks.ProjectExpenditureSum(),
            new DepartmentChecks.ProjectExpenditureAgainstTables(),
            new DepartmentChecks.FinalAccountsAgainstTables(),
            new DepartmentChecks.DuplicateClaimedItem(),
            new DepartmentChecks.SpecialFundsProjectsListed(),
            new DepartmentChecks.StatedRate(),
            new DepartmentChecks.YuanForTenThousand(),
            new DepartmentChecks.KeyWorkPlanMissing(),
            new DepartmentChecks.KeyWorkRateStated(),
            new DepartmentChecks.KeyWorkRateUnverifiable(),
            new DepartmentChecks.KeyWorkDuplicates(),
            new DepartmentChecks.SelfEvaluationCount(),
            new FrameworkChecks.FrameworkNot100(),
            new FrameworkChecks.ItemExceedsWeight(),
            new FrameworkChecks.ItemNotComputable(),
            new FrameworkChecks.ItemScoreMismatch(),
            new FrameworkChecks.ItemNotScored(),
            new FrameworkChecks.StatedRateUsed(),
            new FrameworkChecks.ItemNotInFramework(),
            new FrameworkChecks.KeyWorkReasonMissing(),
            new FrameworkChecks.KeyWorkStatusPartlyGiven(),
            new PlausibilityChecks.AllProjectsAtFullMarks());

    private static final Map<String, Check> BY_CODE = byCode();

    private static Map<String, Check> byCode() {
        Map<String, Check> checks = new LinkedHashMap<>();
        List<Check> all = new ArrayList<>();
        TABLE.forEach(c -> all.add(c.check()));
        all.addAll(ROW_NOTES);
        ROWS.forEach(c -> all.add(c.check()));
        NARRATIVE.forEach(c -> all.add(c.check()));
        ACROSS_PROJECTS.forEach(c -> all.add(c.check()));
        UNIT.forEach(c -> all.add(c.check()));
        for (Check check : all) {
            if (checks.put(check.code(), check) != null) {
                throw new IllegalStateException("two checks of the code " + check.code());
            }
        }
        return Collections.unmodifiableMap(checks);
    }

    /** Every check, in the order they run. */
    public static List<Check> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** The check of this code. */
    public static Optional<Check> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The category of a finding code: the category of the checks that raise it (one for each code). The one place a
     * finding code gets the Chinese category a reviewer reads it under ({@link CheckCategory#label()}).
     */
    public static CheckCategory categoryOf(FindingCode code) {
        CheckCategory category = CATEGORIES.get(code);
        if (category == null) {
            throw new IllegalArgumentException("no check of the catalogue raises " + code);
        }
        return category;
    }

    private static final Map<FindingCode, CheckCategory> CATEGORIES = categories();

    private static Map<FindingCode, CheckCategory> categories() {
        Map<FindingCode, CheckCategory> categories = new EnumMap<>(FindingCode.class);
        for (Check check : BY_CODE.values()) {
            CheckCategory other = categories.put(check.finding(), check.category());
            if (other != null && other != check.category()) {
                throw new IllegalStateException(
                        check.code() + " puts " + check.finding() + " under " + check.category() + ", not " + other);
            }
        }
        return Collections.unmodifiableMap(categories);
    }
}
