package jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.ClaimedExecution;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.rule.IndicatorKind;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import org.springframework.context.MessageSourceResolvable;

/**
 * The editor's form: every field as the user typed it (numbers too), so that a value that fails validation is shown
 * again exactly as entered. Converted to the model only when every number reads.
 */
public class EvaluationForm {
    private int version;
    private String name = "";
    private String competentDepartment = "";
    private String implementingUnit = "";
    private String filledBy = "";
    private String expectedGoal = "";
    private String achievedGoal = "";
    private String initialBudget = "";
    private String annualBudget = "";
    private String executed = "";
    private String executionWeight = "";
    private String claimedExecutionRate = "";
    private String claimedExecutionScore = "";
    private String claimedTotal = "";
    /** The 自评分析 paragraph. */
    private String analysis = "";
    /** While the claimed 总分 follows the computed one: "=" and the claim last filled in (as a row's). */
    private String claimedTotalFollows = "";
    /** While the claimed 执行率 score follows the computed one: "=" and the claim last filled in. */
    private String claimedExecutionScoreFollows = "";
    /** The rows whose computed scores the clerk adopted (采用计算得分) since the last save, by name. */
    private List<String> adopted = new ArrayList<>();

    private List<IndicatorRow> indicators = new ArrayList<>();

    /** One indicator row as typed. */
    public static class IndicatorRow {
        private String level1 = "";
        private String level2 = "";
        private String level3 = "";
        private String target = "";
        private String actual = "";
        private String weight = "";
        private String claimedScore = "";
        private String deviationReason = "";
        /** The 定性 tier chosen in the editor (a {@link jixiao.scoring.rule.Tier} name), or blank. */
        private String tier = "";
        /** The claimed score the tier was chosen or derived for: a new score derives the tier again. */
        private String tierScore = "";
        /**
         * While the claimed score follows the computed one (a new evaluation): "=" and the claim last filled in; a
         * claim typed over it no longer equals it, and the row stops following.
         */
        private String claimFollows = "";

        public IndicatorRow() {}

        IndicatorRow(Indicator indicator) {
            level1 = text(indicator.level1());
            level2 = text(indicator.level2());
            level3 = text(indicator.level3());
            target = text(indicator.target());
            actual = text(indicator.actual());
            weight = number(indicator.weight());
            claimedScore = number(indicator.claimedScore());
            deviationReason = text(indicator.deviationReason());
        }

        public String getLevel1() {
            return level1;
        }

        public void setLevel1(String level1) {
            this.level1 = level1;
        }

        public String getLevel2() {
            return level2;
        }

        public void setLevel2(String level2) {
            this.level2 = level2;
        }

        public String getLevel3() {
            return level3;
        }

        public void setLevel3(String level3) {
            this.level3 = level3;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getClaimedScore() {
            return claimedScore;
        }

        public void setClaimedScore(String claimedScore) {
            this.claimedScore = claimedScore;
        }

        public String getDeviationReason() {
            return deviationReason;
        }

        public void setDeviationReason(String deviationReason) {
            this.deviationReason = deviationReason;
        }

        public String getTier() {
            return tier;
        }

        public void setTier(String tier) {
            this.tier = tier;
        }

        public String getTierScore() {
            return tierScore;
        }

        public void setTierScore(String tierScore) {
            this.tierScore = tierScore;
        }

        public String getClaimFollows() {
            return claimFollows;
        }

        public void setClaimFollows(String claimFollows) {
            this.claimFollows = claimFollows;
        }

        boolean follows() {
            return EvaluationForm.follows(claimFollows, claimedScore);
        }
    }

    public EvaluationForm() {}

    static EvaluationForm of(ProjectSelfEvaluation project, int version) {
        EvaluationForm form = new EvaluationForm();
        form.version = version;
        form.name = text(project.name());
        form.competentDepartment = text(project.competentDepartment());
        form.implementingUnit = text(project.implementingUnit());
        form.filledBy = text(project.filledBy());
        if (project.goals() != null) {
            form.expectedGoal = text(project.goals().expected());
            form.achievedGoal = text(project.goals().achieved());
        }
        Funds funds = project.funds();
        if (funds != null) {
            if (funds.total() != null) {
                form.initialBudget = number(funds.total().initialBudget());
                form.annualBudget = number(funds.total().annualBudget());
                form.executed = number(funds.total().executed());
            }
            form.executionWeight = number(funds.weight());
            if (funds.claimed() != null) {
                form.claimedExecutionRate = text(funds.claimed().executionRate());
                form.claimedExecutionScore = number(funds.claimed().score());
            }
        }
        if (project.claimed() != null) {
            form.claimedTotal = number(project.claimed().total());
            if (project.claimed().analysis() != null) {
                form.analysis = text(project.claimed().analysis().text());
            }
        }
        for (Indicator indicator : project.indicators()) {
            form.indicators.add(new IndicatorRow(indicator));
        }
        return form;
    }

    /**
     * The project this form describes, keeping what the form does not edit (the other funds rows, the narrative)
     * from {@code original}; numbers that do not read are listed in {@code errors} by field name.
     */
    ProjectSelfEvaluation toProject(ProjectSelfEvaluation original, Map<String, MessageSourceResolvable> errors) {
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            String at = "indicators[" + i + "].";
            rows.add(new Indicator(
                    blankToNull(row.level1),
                    blankToNull(row.level2),
                    blankToNull(row.level3),
                    blankToNull(row.target),
                    blankToNull(row.actual),
                    decimal(row.weight, at + "weight", inRow(i, "editor.weight"), false, errors),
                    decimal(row.claimedScore, at + "claimedScore", inRow(i, "editor.claimed"), true, errors),
                    blankToNull(row.deviationReason)));
        }
        Funds old = original.funds();
        FundsRow total = new FundsRow(
                decimal(initialBudget, "initialBudget", label("editor.initial"), false, errors),
                decimal(annualBudget, "annualBudget", label("editor.annual"), false, errors),
                decimal(executed, "executed", label("editor.executed"), false, errors));
        Funds funds = new Funds(
                total,
                old == null ? null : old.fiscalAppropriation(),
                old == null ? null : old.carryOver(),
                old == null ? null : old.other(),
                decimal(executionWeight, "executionWeight", label("form.executionWeight"), false, errors),
                new ClaimedExecution(
                        blankToNull(claimedExecutionRate),
                        decimal(
                                claimedExecutionScore,
                                "claimedExecutionScore",
                                label("form.executionScore"),
                                true,
                                errors)));
        ClaimedProject claimed = original.claimed();
        ClaimedProject newClaimed = new ClaimedProject(
                decimal(claimedTotal, "claimedTotal", label("editor.total"), true, errors),
                claimed == null ? null : claimed.summary(),
                analysisOf(claimed == null ? null : claimed.analysis()));
        if (name == null || name.isBlank()) {
            errors.put("name", label("form.nameRequired"));
        }
        return new ProjectSelfEvaluation(
                name == null ? "" : name.trim(),
                blankToNull(competentDepartment),
                blankToNull(implementingUnit),
                blankToNull(filledBy),
                funds,
                new Goals(blankToNull(expectedGoal), blankToNull(achievedGoal)),
                rows,
                newClaimed,
                original.tableMissing() && rows.isEmpty());
    }

    /**
     * The 自评分析 as typed. The score a report's analysis names is kept while its text is unchanged; a text written in
     * the editor is checked as it stands (its amounts and rate against the table), with no separate score.
     */
    private ClaimedProject.Analysis analysisOf(ClaimedProject.Analysis original) {
        String typed = blankToNull(analysis);
        if (original != null
                && original.text() != null
                && original.text().trim().equals(typed)) {
            return original;
        }
        return typed == null ? null : new ClaimedProject.Analysis(null, typed);
    }

    /**
     * Marks the claims that follow the computed scores in a new evaluation: every non-定性 row whose claim is blank or
     * the rule's score, the 执行率 score and the total likewise (a claim the clerk typed otherwise stays his own).
     */
    void followComputed(ProjectAssessment assessment) {
        for (int i = 0; i < indicators.size() && i < assessment.indicators().size(); i++) {
            IndicatorAssessment scored = assessment.indicators().get(i);
            IndicatorRow row = indicators.get(i);
            boolean qualitative = scored.score().kind() == IndicatorKind.QUALITATIVE;
            row.claimFollows = !qualitative && followable(row.claimedScore, scored.computedScore())
                    ? FOLLOWS + row.claimedScore.trim()
                    : "";
        }
        claimedExecutionScoreFollows =
                followable(claimedExecutionScore, assessment.execution().score())
                        ? FOLLOWS + claimedExecutionScore.trim()
                        : "";
        claimedTotalFollows = followable(claimedTotal, assessment.total()) ? FOLLOWS + claimedTotal.trim() : "";
    }

    private static final String FOLLOWS = "=";

    /** True while a claim follows: marked so, and not typed over since it was filled in ({@code marker}). */
    private static boolean follows(String marker, String claim) {
        return marker != null
                && marker.startsWith(FOLLOWS)
                && marker.substring(FOLLOWS.length()).equals(claim == null ? "" : claim.trim());
    }

    /** True where the claim would follow: the clerk typed none, or the computed score itself. */
    private static boolean followable(String typed, Points computed) {
        BigDecimal number = decimal(typed);
        return typed == null || typed.isBlank() || (number != null && number.compareTo(computed.value()) == 0);
    }

    /**
     * Sets the claims that follow to the computed scores of {@code assessment}; true when one changed (the project
     * is then scored again, as its claims are checked against the table).
     */
    boolean applyFollowing(ProjectAssessment assessment) {
        boolean changed = false;
        boolean allByRule = assessment.execution().byRule();
        for (int i = 0; i < indicators.size() && i < assessment.indicators().size(); i++) {
            IndicatorRow row = indicators.get(i);
            IndicatorAssessment scored = assessment.indicators().get(i);
            allByRule &= scored.score().byRule();
            if (row.follows()) {
                // where no rule could score the row (a value missing or unreadable), the claim stays blank
                changed |= setClaim(row, scored.score().byRule() ? scored.computedScore() : null);
                row.claimFollows = FOLLOWS + row.claimedScore;
            } else {
                row.claimFollows = "";
            }
        }
        if (follows(claimedExecutionScoreFollows, claimedExecutionScore)) {
            String score = assessment.execution().byRule()
                    ? assessment.execution().score().toString()
                    : "";
            changed |= !score.equals(claimedExecutionScore);
            claimedExecutionScore = score;
            claimedExecutionScoreFollows = FOLLOWS + score;
        } else {
            claimedExecutionScoreFollows = "";
        }
        if (follows(claimedTotalFollows, claimedTotal)) {
            // the total follows only a table the rules scored throughout
            String total = allByRule ? followedTotal(assessment) : "";
            changed |= !total.equals(claimedTotal);
            claimedTotal = total;
            claimedTotalFollows = FOLLOWS + total;
        } else {
            claimedTotalFollows = "";
        }
        return changed;
    }

    /**
     * The total a following 总分 takes: the 总分 of the 填报得分 column is the sum of the claims (表中总分 = Σ 各指标填报得分
     * + 预算执行率得分, TOTAL_MISMATCH): where the clerk typed a row's claim of his own, the total is that sum and not
     * the computed total the claims no longer add up to (while every claim follows, the two are the same). Where a
     * claim is not a number (blank, words), the computed total.
     */
    private String followedTotal(ProjectAssessment assessment) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorRow row : indicators) {
            BigDecimal claim = decimal(row.claimedScore);
            if (claim == null) {
                return assessment.total().toString();
            }
            sum = sum.add(claim);
        }
        BigDecimal execution = decimal(claimedExecutionScore);
        sum = sum.add(execution == null ? assessment.execution().score().value() : execution);
        return Points.of(sum).toString();
    }

    /** True where some claim follows the computed scores. */
    boolean anyFollowing() {
        return follows(claimedTotalFollows, claimedTotal)
                || follows(claimedExecutionScoreFollows, claimedExecutionScore)
                || indicators.stream().anyMatch(IndicatorRow::follows);
    }

    /**
     * 采用计算得分: the computed score of row {@code index}, or of every row with the 执行率 score and the total
     * ({@code index} -1), becomes the claim; the rows are named in {@link #getAdopted()} for the history.
     */
    void adopt(int index, ProjectAssessment assessment) {
        List<IndicatorAssessment> scored = assessment.indicators();
        for (int i = 0; i < indicators.size() && i < scored.size(); i++) {
            if (index < 0 || index == i) {
                setClaim(indicators.get(i), scored.get(i).computedScore());
                String name = scored.get(i).indicator().name();
                if (index >= 0 && !name.isBlank() && !adopted.contains(name)) {
                    adopted.add(name);
                }
            }
        }
        if (index < 0) {
            claimedExecutionScore = assessment.execution().score().toString();
            claimedTotal = assessment.total().toString();
            adopted.clear();
            adopted.add(WHOLE_TABLE);
        }
    }

    /** How the history names an adoption of the whole table. */
    static final String WHOLE_TABLE = "全表";

    private static boolean setClaim(IndicatorRow row, Points computed) {
        String score = computed == null ? "" : computed.toString();
        boolean changed = !score.equals(row.claimedScore);
        row.claimedScore = score;
        // the tier select follows the new score
        row.tierScore = "";
        return changed;
    }

    /** Problems by field name, as message codes with their arguments (the page resolves them in its language). */
    static Map<String, MessageSourceResolvable> newErrors() {
        return FormErrors.none();
    }

    private static MessageSourceResolvable label(String code, Object... args) {
        return FormErrors.message(code, args);
    }

    private static MessageSourceResolvable inRow(int index, String code) {
        return label("form.row", String.valueOf(index + 1), label(code));
    }

    /** The number typed, or null where it is blank or does not read. */
    static BigDecimal decimal(String text) {
        return FormErrors.decimal(text, "", label(""), true, newErrors());
    }

    private static BigDecimal decimal(
            String text,
            String field,
            MessageSourceResolvable label,
            boolean negativeAllowed,
            Map<String, MessageSourceResolvable> errors) {
        return FormErrors.decimal(text, field, label, negativeAllowed, errors);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value);
    }

    /** Applies a row action of the editor: "add", "up:3", "down:3", "remove:3", "library:5". */
    void apply(String action, List<IndicatorLibrary.Entry> library) {
        if (action == null || action.isBlank()) {
            return;
        }
        String[] parts = action.split(":");
        int index = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> indicators.add(new IndicatorRow());
            case "remove" -> {
                if (index >= 0 && index < indicators.size()) {
                    indicators.remove(index);
                }
            }
            case "up" -> {
                if (index > 0 && index < indicators.size()) {
                    indicators.add(index - 1, indicators.remove(index));
                }
            }
            case "down" -> {
                if (index >= 0 && index + 1 < indicators.size()) {
                    indicators.add(index + 1, indicators.remove(index));
                }
            }
            case "library" -> {
                if (index >= 0 && index < library.size()) {
                    IndicatorLibrary.Entry entry = library.get(index);
                    indicators.add(placeOf(entry, library), entry.row());
                }
            }
            default -> {}
        }
    }

    /**
     * Where a row of the library goes, so that the table keeps the official order: after the last row of its 二级指标
     * within its 一级, else after the last row of its 一级, else before the first row of a 一级 that the library lists
     * after its own (产出 → 效益 → 满意度), else at the end.
     */
    private int placeOf(IndicatorLibrary.Entry entry, List<IndicatorLibrary.Entry> library) {
        int lastOfLevel2 = -1;
        int lastOfLevel1 = -1;
        int firstLater = -1;
        int rank = rankOf(entry.level1(), library);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            String level1 = text(row.getLevel1()).strip();
            if (level1.equals(entry.level1())) {
                lastOfLevel1 = i;
                if (text(row.getLevel2()).strip().equals(entry.level2())) {
                    lastOfLevel2 = i;
                }
            } else if (firstLater < 0 && rankOf(level1, library) > rank) {
                firstLater = i;
            }
        }
        if (lastOfLevel2 >= 0) {
            return lastOfLevel2 + 1;
        }
        if (lastOfLevel1 >= 0) {
            return lastOfLevel1 + 1;
        }
        return firstLater >= 0 ? firstLater : indicators.size();
    }

    /** The place of a 一级指标 in the library's order; one the library does not list comes first (never later). */
    private static int rankOf(String level1, List<IndicatorLibrary.Entry> library) {
        for (int i = 0; i < library.size(); i++) {
            if (library.get(i).level1().equals(level1)) {
                return i;
            }
        }
        return -1;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompetentDepartment() {
        return competentDepartment;
    }

    public void setCompetentDepartment(String competentDepartment) {
        this.competentDepartment = competentDepartment;
    }

    public String getImplementingUnit() {
        return implementingUnit;
    }

    public void setImplementingUnit(String implementingUnit) {
        this.implementingUnit = implementingUnit;
    }

    public String getFilledBy() {
        return filledBy;
    }

    public void setFilledBy(String filledBy) {
        this.filledBy = filledBy;
    }

    public String getExpectedGoal() {
        return expectedGoal;
    }

    public void setExpectedGoal(String expectedGoal) {
        this.expectedGoal = expectedGoal;
    }

    public String getAchievedGoal() {
        return achievedGoal;
    }

    public void setAchievedGoal(String achievedGoal) {
        this.achievedGoal = achievedGoal;
    }

    public String getInitialBudget() {
        return initialBudget;
    }

    public void setInitialBudget(String initialBudget) {
        this.initialBudget = initialBudget;
    }

    public String getAnnualBudget() {
        return annualBudget;
    }

    public void setAnnualBudget(String annualBudget) {
        this.annualBudget = annualBudget;
    }

    public String getExecuted() {
        return executed;
    }

    public void setExecuted(String executed) {
        this.executed = executed;
    }

    public String getExecutionWeight() {
        return executionWeight;
    }

    public void setExecutionWeight(String executionWeight) {
        this.executionWeight = executionWeight;
    }

    public String getClaimedExecutionRate() {
        return claimedExecutionRate;
    }

    public void setClaimedExecutionRate(String claimedExecutionRate) {
        this.claimedExecutionRate = claimedExecutionRate;
    }

    public String getClaimedExecutionScore() {
        return claimedExecutionScore;
    }

    public void setClaimedExecutionScore(String claimedExecutionScore) {
        this.claimedExecutionScore = claimedExecutionScore;
    }

    public String getClaimedTotal() {
        return claimedTotal;
    }

    public void setClaimedTotal(String claimedTotal) {
        this.claimedTotal = claimedTotal;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public String getClaimedTotalFollows() {
        return claimedTotalFollows;
    }

    public void setClaimedTotalFollows(String claimedTotalFollows) {
        this.claimedTotalFollows = claimedTotalFollows;
    }

    public String getClaimedExecutionScoreFollows() {
        return claimedExecutionScoreFollows;
    }

    public void setClaimedExecutionScoreFollows(String claimedExecutionScoreFollows) {
        this.claimedExecutionScoreFollows = claimedExecutionScoreFollows;
    }

    public List<String> getAdopted() {
        return adopted;
    }

    public void setAdopted(List<String> adopted) {
        this.adopted = adopted;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }
}
