package jixiao.evaluation.web;

import static jixiao.evaluation.web.FormErrors.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.scoring.UnitSelfEvaluation.Profile;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.Decimals;
import org.springframework.context.MessageSourceResolvable;

/**
 * The whole-unit editor's form: every field as the user typed it (numbers too), so that a value that fails
 * validation is shown again exactly as entered. Converted to the model only when every number reads; what the form
 * does not edit (项目支出基本情况, the key work items' texts, the claimed items' texts) is kept from the stored data.
 */
public class UnitEvaluationForm {

    /** The 部门财务情况 figures in print order, by field name (labelled {@code unit.budget.<name>}). */
    static final List<String> BUDGET_FIELDS = UnitBudget.FIGURES;

    private int version;
    private List<StaffRow> staffRows = new ArrayList<>();
    private String internalDepartments = "";
    private String functions = "";
    private Map<String, String> budget = new LinkedHashMap<>();
    private String budgetText = "";
    private Map<String, String> figures = new LinkedHashMap<>();
    private List<KeyWorkRow> keyWorkPlan = new ArrayList<>();
    private List<String> claimedScores = new ArrayList<>();
    /** The tier chosen for each qualitative item (a {@link jixiao.scoring.rule.Tier} name), by item index. */
    private List<String> tiers = new ArrayList<>();
    /** The claimed score each tier was shown for: a new score derives the tier again. */
    private List<String> tierScores = new ArrayList<>();
    /** The key work items ticked for a bulk change of their 完成情况, by index. */
    private List<Integer> selectedWork = new ArrayList<>();
    /** The 完成情况 to give the ticked items ({@code action=bulkStatus}). */
    private String bulkStatus = "";

    /**
     * One line of 人员编制: a name and a value. A nested value of a report ("二级机构": {"name": …}) is a line per
     * leaf, its name the path ("二级机构／name"), so that nothing is shown or typed as JSON.
     */
    public static class StaffRow {
        private String name = "";
        private String value = "";

        public StaffRow() {}

        StaffRow(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (value == null || value.isBlank());
        }
    }

    /** Separates the levels of a nested 人员编制 name. */
    static final String PATH = "／";

    /** One item of the 重点工作计划 as typed. */
    public static class KeyWorkRow {
        private String no = "";
        private String title = "";
        private String responsibleDepartment = "";
        private String deadline = "";
        private String status = "";
        private String evidence = "";
        private String text = "";

        public KeyWorkRow() {}

        KeyWorkRow(KeyWorkItem item) {
            no = item.no() == null ? "" : item.no().toString();
            title = text(item.title());
            responsibleDepartment = text(item.responsibleDepartment());
            deadline = text(item.deadline());
            status = item.status() == null ? "" : item.status().name();
            evidence = text(item.evidence());
            text = text(item.text());
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getNo() {
            return no;
        }

        public void setNo(String no) {
            this.no = no;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getResponsibleDepartment() {
            return responsibleDepartment;
        }

        public void setResponsibleDepartment(String responsibleDepartment) {
            this.responsibleDepartment = responsibleDepartment;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    public UnitEvaluationForm() {}

    static UnitEvaluationForm of(UnitSelfEvaluation unit, UnitAssessment assessment, int version) {
        UnitEvaluationForm form = new UnitEvaluationForm();
        form.version = version;
        if (unit.profile() != null) {
            form.staffRows = staffRows(unit.profile().staff());
            form.internalDepartments = lines(unit.profile().internalDepartments());
            form.functions = lines(unit.profile().functions());
        }
        UnitBudget b = unit.budget();
        List<BigDecimal> values = b == null ? null : b.figures();
        for (int i = 0; i < BUDGET_FIELDS.size(); i++) {
            form.budget.put(BUDGET_FIELDS.get(i), values == null ? "" : number(values.get(i)));
        }
        form.budgetText = b == null ? "" : text(b.text());
        for (UnitFigure figure : enteredFigures()) {
            form.figures.put(figure.key(), number(unit.figures().get(figure)));
        }
        for (KeyWorkItem item : unit.keyWorkPlan()) {
            form.keyWorkPlan.add(new KeyWorkRow(item));
        }
        for (UnitItemAssessment item : assessment.items()) {
            form.claimedScores.add(
                    item.claimedScore() == null
                            ? ""
                            : number(item.claimedScore().value()));
        }
        return form;
    }

    static List<UnitFigure> enteredFigures() {
        return java.util.Arrays.stream(UnitFigure.values())
                .filter(f -> f.source() == UnitFigure.Source.ENTERED)
                .toList();
    }

    /**
     * The whole-unit data this form describes; {@code original} and its {@code assessment} (by the same framework)
     * give what the form does not edit. Numbers that do not read are listed in {@code errors} by field name, as
     * message codes (the page resolves them in its language).
     */
    UnitSelfEvaluation toUnit(
            UnitSelfEvaluation original, UnitAssessment assessment, Map<String, MessageSourceResolvable> errors) {
        Profile profile = new Profile(
                staffOf(original.profile() == null ? null : original.profile().staff(), errors),
                linesOf(internalDepartments),
                linesOf(functions));
        List<BigDecimal> values = new ArrayList<>();
        for (String field : BUDGET_FIELDS) {
            values.add(decimal(budget.get(field), "budget[" + field + "]", message("unit.budget." + field), errors));
        }
        UnitBudget newBudget = UnitBudget.of(values, blankToNull(budgetText));
        Map<UnitFigure, BigDecimal> newFigures = new EnumMap<>(UnitFigure.class);
        for (UnitFigure figure : enteredFigures()) {
            BigDecimal value = decimal(
                    figures.get(figure.key()),
                    "figures[" + figure.key() + "]",
                    message("unit.figure." + figure.key()),
                    errors);
            if (value != null) {
                newFigures.put(figure, value);
            }
        }
        List<KeyWorkItem> items = new ArrayList<>();
        for (int i = 0; i < keyWorkPlan.size(); i++) {
            KeyWorkRow row = keyWorkPlan.get(i);
            String at = "keyWorkPlan[" + i + "].";
            String line = String.valueOf(i + 1);
            Integer no = null;
            if (row.no != null && !row.no.isBlank()) {
                try {
                    no = Integer.valueOf(row.no.trim());
                } catch (NumberFormatException e) {
                    errors.put(at + "no", message("unit.error.workNo", line, row.no));
                }
            }
            if ((row.title == null || row.title.isBlank()) && (row.text == null || row.text.isBlank())) {
                errors.put(at + "title", message("unit.error.workTitle", line));
            }
            KeyWorkStatus status = null;
            if (row.status != null && !row.status.isBlank()) {
                try {
                    status = KeyWorkStatus.valueOf(row.status);
                } catch (IllegalArgumentException e) {
                    errors.put(at + "status", message("unit.error.workStatus", line, row.status));
                }
            }
            items.add(new KeyWorkItem(
                    no,
                    blankToNull(row.title),
                    blankToNull(row.text),
                    blankToNull(row.responsibleDepartment),
                    blankToNull(row.deadline),
                    status,
                    blankToNull(row.evidence)));
        }
        List<ClaimedItem> claimed = new ArrayList<>(original.claimedItems());
        for (int i = 0; i < assessment.items().size() && i < claimedScores.size(); i++) {
            UnitItemAssessment item = assessment.items().get(i);
            BigDecimal score = decimal(
                    claimedScores.get(i),
                    "claimedScores[" + i + "]",
                    message("unit.claimedOf", item.item().name()),
                    errors);
            ClaimedItem before = item.claimed();
            if (before != null) {
                int at = claimed.indexOf(before);
                ClaimedItem after = new ClaimedItem(before.area(), before.name(), score, before.text());
                if (at >= 0) {
                    claimed.set(at, after);
                }
            } else if (score != null) {
                claimed.add(new ClaimedItem(item.item().area(), item.item().name(), score, null));
            }
        }
        return new UnitSelfEvaluation(profile, newBudget, original.projectExpenditure(), items, claimed, newFigures);
    }

    /**
     * Applies a row action: of the key work plan "addWork", "removeWork:3", "bulkStatus" (the ticked items get {@code
     * bulkStatus}); of 人员编制 "addStaff", "removeStaff:2".
     */
    void apply(String action) {
        if (action == null || action.isBlank()) {
            return;
        }
        String[] parts = action.split(":");
        int index = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "addWork" -> {
                KeyWorkRow row = new KeyWorkRow();
                row.no = String.valueOf(keyWorkPlan.size() + 1);
                keyWorkPlan.add(row);
            }
            case "removeWork" -> {
                if (index >= 0 && index < keyWorkPlan.size()) {
                    keyWorkPlan.remove(index);
                }
            }
            case "bulkStatus" -> {
                for (int selected : selectedWork) {
                    if (selected >= 0 && selected < keyWorkPlan.size()) {
                        keyWorkPlan.get(selected).status = bulkStatus == null ? "" : bulkStatus;
                    }
                }
                selectedWork = new ArrayList<>();
            }
            case "addStaff" -> staffRows.add(new StaffRow());
            case "removeStaff" -> {
                if (index >= 0 && index < staffRows.size()) {
                    staffRows.remove(index);
                }
            }
            default -> {}
        }
    }

    /** Key work items read from a pasted table or a workbook, added after the typed ones. */
    void addWork(List<KeyWorkItem> items) {
        for (KeyWorkItem item : items) {
            keyWorkPlan.add(new KeyWorkRow(item));
        }
    }

    static Map<String, MessageSourceResolvable> newErrors() {
        return FormErrors.none();
    }

    /** 人员编制 as lines of a name and a value; a nested value as a line per leaf, named by its path. */
    static List<StaffRow> staffRows(Map<String, Object> staff) {
        List<StaffRow> rows = new ArrayList<>();
        if (staff != null) {
            staff.forEach((name, value) -> flatten(name, value, rows));
        }
        return rows;
    }

    private static void flatten(String name, Object value, List<StaffRow> rows) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(name + PATH + key, inner, rows));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(name + "[" + (i + 1) + "]", list.get(i), rows);
            }
        } else {
            rows.add(new StaffRow(name, valueText(value)));
        }
    }

    private static String valueText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return Decimals.plain(number);
        }
        return value.toString();
    }

    /**
     * The typed 人员编制 lines read back: unchanged lines keep the stored values exactly (nested ones, booleans);
     * changed ones are read as numbers where they are numbers, names with {@code ／} as nested values.
     */
    private Map<String, Object> staffOf(Map<String, Object> original, Map<String, MessageSourceResolvable> errors) {
        List<StaffRow> typed = staffRows.stream().filter(row -> !row.isBlank()).toList();
        if (original != null && sameRows(staffRows(original), typed)) {
            return original;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < staffRows.size(); i++) {
            StaffRow row = staffRows.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.name == null || row.name.isBlank()) {
                errors.put("staffRows[" + i + "].name", message("unit.error.staffName", String.valueOf(i + 1)));
                continue;
            }
            put(out, row.name.strip().split(PATH), parsedValue(row.value == null ? "" : row.value.strip()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> map, String[] path, Object value) {
        Map<String, Object> at = map;
        for (int i = 0; i < path.length - 1; i++) {
            Object inner = at.get(path[i].strip());
            if (!(inner instanceof Map<?, ?>)) {
                inner = new LinkedHashMap<String, Object>();
                at.put(path[i].strip(), inner);
            }
            at = (Map<String, Object>) inner;
        }
        at.put(path[path.length - 1].strip(), value);
    }

    private static boolean sameRows(List<StaffRow> a, List<StaffRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name.strip().equals(b.get(i).name.strip())
                    || !a.get(i)
                            .value
                            .strip()
                            .equals(b.get(i).value == null ? "" : b.get(i).value.strip())) {
                return false;
            }
        }
        return true;
    }

    private static Object parsedValue(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static String lines(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }

    private static List<String> linesOf(String text) {
        return normalised(text)
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A figure of the whole unit: never negative (a negative one is reported and left out). */
    private static BigDecimal decimal(
            String text, String field, MessageSourceResolvable label, Map<String, MessageSourceResolvable> errors) {
        BigDecimal value = FormErrors.decimal(text, field, label, false, errors);
        return value == null || value.signum() < 0 ? null : value;
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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<StaffRow> getStaffRows() {
        return staffRows;
    }

    public void setStaffRows(List<StaffRow> staffRows) {
        this.staffRows = staffRows;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(List<String> tiers) {
        this.tiers = tiers;
    }

    public List<String> getTierScores() {
        return tierScores;
    }

    public void setTierScores(List<String> tierScores) {
        this.tierScores = tierScores;
    }

    public List<Integer> getSelectedWork() {
        return selectedWork;
    }

    public void setSelectedWork(List<Integer> selectedWork) {
        this.selectedWork = selectedWork;
    }

    public String getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(String bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    public String getInternalDepartments() {
        return internalDepartments;
    }

    public void setInternalDepartments(String internalDepartments) {
        this.internalDepartments = internalDepartments;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public Map<String, String> getBudget() {
        return budget;
    }

    public void setBudget(Map<String, String> budget) {
        this.budget = budget;
    }

    public String getBudgetText() {
        return budgetText;
    }

    public void setBudgetText(String budgetText) {
        this.budgetText = budgetText;
    }

    public Map<String, String> getFigures() {
        return figures;
    }

    public void setFigures(Map<String, String> figures) {
        this.figures = figures;
    }

    public List<KeyWorkRow> getKeyWorkPlan() {
        return keyWorkPlan;
    }

    public void setKeyWorkPlan(List<KeyWorkRow> keyWorkPlan) {
        this.keyWorkPlan = keyWorkPlan;
    }

    public List<String> getClaimedScores() {
        return claimedScores;
    }

    public void setClaimedScores(List<String> claimedScores) {
        this.claimedScores = claimedScores;
    }
}
