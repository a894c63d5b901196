package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.value.ScoreText;
import jixiao.shared.MoneyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code self-evaluation/1} document (domain.md §5) into a {@link SelfEvaluationReport}, field by field, so
 * that every problem names its JSON path and the value found. It checks the shape only: what the figures mean (wrong
 * sums, a negative claimed score, a project without indicators) is for the scoring engine to report as findings.
 *
 * <p>Numbers are read exactly (BigDecimal, never double). Unknown fields and duplicate keys are errors; every field
 * but the required ones may be absent or null. The only exception thrown is {@link InterchangeException}.
 */
public final class InterchangeReader {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final String AMOUNT = "金额";
    private static final String WEIGHT = "分值";

    private static final List<String> REPORT_FIELDS =
            List.of("format", "fiscalYear", "moneyUnit", "unit", "department", "projects", "narrative");
    private static final List<String> NARRATIVE_FIELDS =
            List.of("notice", "organisation", "problems", "improvements", "otherMatters");
    private static final List<String> UNIT_FIELDS = List.of("name", "code", "nature");
    private static final List<String> DEPARTMENT_FIELDS =
            List.of("profile", "budget", "projectExpenditure", "keyWorkPlan", "claimedItems", "figures");
    private static final List<String> PROFILE_FIELDS = List.of("staff", "internalDepartments", "functions");
    private static final List<String> UNIT_BUDGET_FIELDS = withText(UnitSelfEvaluation.UnitBudget.FIGURES);
    private static final List<String> PROJECT_EXPENDITURE_FIELDS = List.of(
            "budget", "regularBudget", "supplementaryBudget", "regularExecuted", "supplementaryExecuted", "text");
    private static final List<String> KEY_WORK_ITEM_FIELDS =
            List.of("no", "title", "text", "responsibleDepartment", "deadline", "status", "evidence");
    /** The figures a unit enters beside its budget (UnitFigure with source ENTERED), by their keys. */
    private static final List<String> FIGURE_FIELDS = Arrays.stream(UnitFigure.values())
            .filter(f -> f.source() == UnitFigure.Source.ENTERED)
            .map(UnitFigure::key)
            .toList();

    private static final List<String> CLAIMED_ITEM_FIELDS = List.of("area", "name", "claimedScore", "text");
    private static final List<String> PROJECT_FIELDS = List.of(
            "name",
            "competentDepartment",
            "implementingUnit",
            "filledBy",
            "funds",
            "goals",
            "indicators",
            "claimed",
            "tableMissing");
    private static final List<String> FUNDS_FIELDS =
            List.of("total", "fiscalAppropriation", "carryOver", "other", "weight", "claimed");
    private static final List<String> FUNDS_ROW_FIELDS = List.of("initialBudget", "annualBudget", "executed");
    private static final List<String> CLAIMED_EXECUTION_FIELDS = List.of("executionRate", "score");
    private static final List<String> GOALS_FIELDS = List.of("expected", "achieved");
    private static final List<String> INDICATOR_FIELDS = List.of(
            "level1",
            "level2",
            "level3",
            "target",
            "actual",
            "weight",
            "claimedScore",
            "deviationReason",
            "notApplicable");
    private static final List<String> NOT_APPLICABLE_FIELDS = List.of("reason");
    private static final List<String> CLAIMED_PROJECT_FIELDS = List.of("total", "summary", "analysis");
    private static final List<String> SUMMARY_FIELDS =
            List.of("output", "effect", "satisfaction", "execution", "total", "text");
    private static final List<String> ANALYSIS_FIELDS = List.of("score", "text");

    private final boolean limited;

    /** A reader of input: a document beyond the limits of {@link DocumentLimits} is refused. */
    public InterchangeReader() {
        this(true);
    }

    private InterchangeReader(boolean limited) {
        this.limited = limited;
    }

    /**
     * A reader of documents the system stored itself, without the input limits: a document stored before a limit
     * existed (a weight of 100000, kept as a finding then) stays readable.
     */
    public static InterchangeReader ofStoredDocuments() {
        return new InterchangeReader(false);
    }

    public SelfEvaluationReport read(Path file) throws InterchangeException {
        return report(JsonDocument.parse(file));
    }

    /** Reads the whole stream (UTF-8); does not close it. */
    public SelfEvaluationReport read(InputStream in) throws InterchangeException {
        return report(JsonDocument.parse(in));
    }

    public SelfEvaluationReport read(String json) throws InterchangeException {
        return report(JsonDocument.parse(json));
    }

    private SelfEvaluationReport report(ObjectNode root) throws InterchangeException {
        checkFormat(root.get("format"));
        if (limited) {
            DocumentLimits.check(root);
        }
        JsonObjectView report = JsonObjectView.of(root, "$", REPORT_FIELDS);
        int fiscalYear = fiscalYear(report);
        MoneyUnit moneyUnit = moneyUnit(report);
        BudgetUnit unit = budgetUnit(report.requiredObject("unit", UNIT_FIELDS));
        JsonObjectView department = report.object("department", DEPARTMENT_FIELDS);
        List<ProjectSelfEvaluation> projects = report.requiredList("projects", InterchangeReader::project);
        JsonObjectView narrative = report.object("narrative", NARRATIVE_FIELDS);
        return new SelfEvaluationReport(
                fiscalYear,
                moneyUnit,
                unit,
                department == null ? null : department(department),
                projects,
                narrative == null ? ReportNarrative.NONE : narrative(narrative));
    }

    private static ReportNarrative narrative(JsonObjectView narrative) throws InterchangeException {
        return new ReportNarrative(
                narrative.text("notice"),
                narrative.text("organisation"),
                narrative.text("problems"),
                narrative.text("improvements"),
                narrative.text("otherMatters"));
    }

    /** Checked first: a document of another format would otherwise fail on its first unknown field. */
    private static void checkFormat(JsonNode format) throws InterchangeException {
        String expected = SelfEvaluationReport.FORMAT;
        if (format == null) {
            throw InterchangeException.at("$.format", "缺少必填字段 \"format\"（应为 \"" + expected + "\"）");
        }
        if (!format.isTextual() || !format.textValue().equals(expected)) {
            String actual =
                    format.isTextual() ? " " + JsonValues.quoted(format.textValue()) : JsonValues.describe(format);
            throw InterchangeException.at("$.format", "应为 \"" + expected + "\"，实际为" + actual);
        }
    }

    private static int fiscalYear(JsonObjectView report) throws InterchangeException {
        String path = report.pathOf("fiscalYear");
        BigDecimal year = JsonObjectView.numberOf(report.required("fiscalYear"), path);
        if (year.stripTrailingZeros().scale() > 0) {
            throw InterchangeException.at(path, "年度应为整数，实际为 " + year.toPlainString());
        }
        if (year.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0 || year.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
            throw InterchangeException.at(
                    path, "年度应在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间，实际为 " + year.toPlainString());
        }
        return year.intValue();
    }

    private static MoneyUnit moneyUnit(JsonObjectView report) throws InterchangeException {
        String path = report.pathOf("moneyUnit");
        String label = JsonObjectView.textOf(report.required("moneyUnit"), path);
        for (MoneyUnit unit : MoneyUnit.values()) {
            if (unit.label().equals(label)) {
                return unit;
            }
        }
        throw InterchangeException.at(path, "金额单位应为 \"万元\" 或 \"元\"，实际为 " + JsonValues.quoted(label));
    }

    private static BudgetUnit budgetUnit(JsonObjectView unit) throws InterchangeException {
        return new BudgetUnit(unit.requiredName("name"), unit.text("code"), unit.text("nature"));
    }

    private static UnitSelfEvaluation department(JsonObjectView department) throws InterchangeException {
        JsonObjectView profile = department.object("profile", PROFILE_FIELDS);
        JsonObjectView budget = department.object("budget", UNIT_BUDGET_FIELDS);
        JsonObjectView expenditure = department.object("projectExpenditure", PROJECT_EXPENDITURE_FIELDS);
        return new UnitSelfEvaluation(
                profile == null ? null : profile(profile),
                budget == null ? null : unitBudget(budget),
                expenditure == null ? null : projectExpenditure(expenditure),
                department.listOrEmpty("keyWorkPlan", InterchangeReader::keyWorkItem),
                department.listOrEmpty("claimedItems", InterchangeReader::claimedItem),
                figures(department.object("figures", FIGURE_FIELDS)));
    }

    private static Map<UnitFigure, BigDecimal> figures(@Nullable JsonObjectView figures) throws InterchangeException {
        Map<UnitFigure, BigDecimal> out = new EnumMap<>(UnitFigure.class);
        if (figures == null) {
            return out;
        }
        for (String key : FIGURE_FIELDS) {
            UnitFigure figure = UnitFigure.byKey(key).orElseThrow();
            BigDecimal value = figures.nonNegative(key, figure.label());
            if (value != null) {
                out.put(figure, value);
            }
        }
        return out;
    }

    private static UnitSelfEvaluation.Profile profile(JsonObjectView profile) throws InterchangeException {
        return new UnitSelfEvaluation.Profile(
                profile.freeObject("staff"),
                profile.list("internalDepartments", JsonObjectView::textOf),
                profile.list("functions", JsonObjectView::textOf));
    }

    private static UnitSelfEvaluation.UnitBudget unitBudget(JsonObjectView budget) throws InterchangeException {
        List<@Nullable BigDecimal> figures = new ArrayList<>();
        for (String figure : UnitSelfEvaluation.UnitBudget.FIGURES) {
            figures.add(budget.nonNegative(figure, AMOUNT));
        }
        return UnitSelfEvaluation.UnitBudget.of(figures, budget.text("text"));
    }

    private static List<String> withText(List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("text");
        return List.copyOf(all);
    }

    private static UnitSelfEvaluation.ProjectExpenditure projectExpenditure(JsonObjectView expenditure)
            throws InterchangeException {
        return new UnitSelfEvaluation.ProjectExpenditure(
                expenditure.nonNegative("budget", AMOUNT),
                expenditure.nonNegative("regularBudget", AMOUNT),
                expenditure.nonNegative("supplementaryBudget", AMOUNT),
                expenditure.nonNegative("regularExecuted", AMOUNT),
                expenditure.nonNegative("supplementaryExecuted", AMOUNT),
                expenditure.text("text"));
    }

    private static UnitSelfEvaluation.KeyWorkItem keyWorkItem(JsonNode value, String path) throws InterchangeException {
        JsonObjectView item = JsonObjectView.of(value, path, KEY_WORK_ITEM_FIELDS);
        return new UnitSelfEvaluation.KeyWorkItem(
                item.integer("no"),
                item.text("title"),
                item.text("text"),
                item.text("responsibleDepartment"),
                item.text("deadline"),
                keyWorkStatus(item),
                item.text("evidence"));
    }

    private static UnitSelfEvaluation.@Nullable KeyWorkStatus keyWorkStatus(JsonObjectView item)
            throws InterchangeException {
        String status = item.text("status");
        if (status == null) {
            return null;
        }
        for (UnitSelfEvaluation.KeyWorkStatus value : UnitSelfEvaluation.KeyWorkStatus.values()) {
            if (InterchangeWriter.statusName(value).equals(status)) {
                return value;
            }
        }
        throw InterchangeException.at(
                item.pathOf("status"),
                "完成情况应为 \"completed\"、\"partial\" 或 \"notCompleted\"，实际为 " + JsonValues.quoted(status));
    }

    private static UnitSelfEvaluation.ClaimedItem claimedItem(JsonNode value, String path) throws InterchangeException {
        JsonObjectView item = JsonObjectView.of(value, path, CLAIMED_ITEM_FIELDS);
        return new UnitSelfEvaluation.ClaimedItem(
                item.text("area"), item.text("name"), item.number("claimedScore"), item.text("text"));
    }

    private static ProjectSelfEvaluation project(JsonNode value, String path) throws InterchangeException {
        JsonObjectView project = JsonObjectView.of(value, path, PROJECT_FIELDS);
        String name = project.requiredName("name");
        String competentDepartment = project.text("competentDepartment");
        String implementingUnit = project.text("implementingUnit");
        String filledBy = project.text("filledBy");
        JsonObjectView funds = project.object("funds", FUNDS_FIELDS);
        JsonObjectView goals = project.object("goals", GOALS_FIELDS);
        List<Indicator> indicators = project.requiredList("indicators", InterchangeReader::indicator);
        JsonObjectView claimed = project.object("claimed", CLAIMED_PROJECT_FIELDS);
        Boolean tableMissing = project.flag("tableMissing");
        return new ProjectSelfEvaluation(
                name,
                competentDepartment,
                implementingUnit,
                filledBy,
                funds == null ? null : funds(funds),
                goals == null ? null : new Goals(goals.text("expected"), goals.text("achieved")),
                indicators,
                claimed == null ? null : claimedProject(claimed),
                Boolean.TRUE.equals(tableMissing));
    }

    private static Funds funds(JsonObjectView funds) throws InterchangeException {
        JsonObjectView claimed = funds.object("claimed", CLAIMED_EXECUTION_FIELDS);
        return new Funds(
                fundsRow(funds.object("total", FUNDS_ROW_FIELDS)),
                fundsRow(funds.object("fiscalAppropriation", FUNDS_ROW_FIELDS)),
                fundsRow(funds.object("carryOver", FUNDS_ROW_FIELDS)),
                fundsRow(funds.object("other", FUNDS_ROW_FIELDS)),
                funds.nonNegative("weight", WEIGHT),
                claimed == null
                        ? null
                        : new Funds.ClaimedExecution(claimed.text("executionRate"), claimed.number("score")));
    }

    private static Funds.@Nullable FundsRow fundsRow(@Nullable JsonObjectView row) throws InterchangeException {
        if (row == null) {
            return null;
        }
        return new Funds.FundsRow(
                row.nonNegative("initialBudget", "年初预算数"),
                row.nonNegative("annualBudget", "全年预算数"),
                row.nonNegative("executed", "全年执行数"));
    }

    private static Indicator indicator(JsonNode value, String path) throws InterchangeException {
        JsonObjectView indicator = JsonObjectView.of(value, path, INDICATOR_FIELDS);
        JsonObjectView notApplicable = indicator.object("notApplicable", NOT_APPLICABLE_FIELDS);
        JsonNode claimed = indicator.value("claimedScore");
        @Nullable BigDecimal claimedScore;
        @Nullable String claimedScoreText = null;
        if (claimed != null && claimed.isTextual()) {
            // a score typed as text ("15分", "九点五"): read as the number it says; in words, kept as typed
            ScoreText.Read read = ScoreText.read(claimed.textValue());
            if (read == null) {
                throw InterchangeException.at(
                        indicator.pathOf("claimedScore"),
                        "无法识别为得分：" + JsonValues.quoted(claimed.textValue()) + "（应为数字，如 9.5，或“九点五”）");
            }
            claimedScore = read.value();
            claimedScoreText = read.inWords() ? claimed.textValue() : null;
        } else {
            claimedScore = indicator.number("claimedScore");
        }
        return new Indicator(
                indicator.text("level1"),
                indicator.text("level2"),
                indicator.text("level3"),
                indicator.textOrNumber("target"),
                indicator.textOrNumber("actual"),
                indicator.nonNegative("weight", WEIGHT),
                claimedScore,
                indicator.text("deviationReason"),
                notApplicable == null ? null : new Indicator.NotApplicable(notApplicable.text("reason")),
                claimedScoreText);
    }

    private static ClaimedProject claimedProject(JsonObjectView claimed) throws InterchangeException {
        JsonObjectView summary = claimed.object("summary", SUMMARY_FIELDS);
        JsonObjectView analysis = claimed.object("analysis", ANALYSIS_FIELDS);
        return new ClaimedProject(
                claimed.number("total"),
                summary == null
                        ? null
                        : new ClaimedProject.Summary(
                                summary.number("output"),
                                summary.number("effect"),
                                summary.number("satisfaction"),
                                summary.number("execution"),
                                summary.number("total"),
                                summary.text("text")),
                analysis == null ? null : new ClaimedProject.Analysis(analysis.number("score"), analysis.text("text")));
    }
}
