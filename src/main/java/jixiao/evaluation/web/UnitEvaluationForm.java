package jixiao.evaluation.web;

import static jixiao.evaluation.web.FormErrors.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private int version;
    private String staff = "";
    private String internalDepartments = "";
    private String functions = "";
    private Map<String, String> budget = new LinkedHashMap<>();
    private String budgetText = "";
    private Map<String, String> figures = new LinkedHashMap<>();
    private List<KeyWorkRow> keyWorkPlan = new ArrayList<>();
    private List<String> claimedScores = new ArrayList<>();

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
            form.staff = staffText(unit.profile().staff());
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

    /** Applies a row action of the key work plan: "addWork", "removeWork:3". */
    void apply(String action) {
        if (action == null || action.isBlank()) {
            return;
        }
        String[] parts = action.split(":");
        if (parts[0].equals("addWork")) {
            KeyWorkRow row = new KeyWorkRow();
            row.no = String.valueOf(keyWorkPlan.size() + 1);
            keyWorkPlan.add(row);
        } else if (parts[0].equals("removeWork") && parts.length > 1) {
            int index = Integer.parseInt(parts[1]);
            if (index >= 0 && index < keyWorkPlan.size()) {
                keyWorkPlan.remove(index);
            }
        }
    }

    static Map<String, MessageSourceResolvable> newErrors() {
        return FormErrors.none();
    }

    /** 人员编制 as "键：值" lines; nested values as JSON. */
    private static String staffText(Map<String, Object> staff) {
        if (staff == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> entry : staff.entrySet()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(entry.getKey()).append('：').append(valueText(entry.getValue()));
        }
        return out.toString();
    }

    private static String valueText(Object value) {
        if (value instanceof BigDecimal number) {
            return Decimals.plain(number);
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The typed 人员编制 lines read back; unchanged text keeps the stored values exactly. */
    private Map<String, Object> staffOf(Map<String, Object> original, Map<String, MessageSourceResolvable> errors) {
        if (original != null && staffText(original).equals(normalised(staff))) {
            return original;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        String[] lines = normalised(staff).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = indexOfColon(line);
            if (colon <= 0) {
                errors.put("staff", message("unit.error.staffLine", String.valueOf(i + 1), line));
                continue;
            }
            out.put(
                    line.substring(0, colon).strip(),
                    parsedValue(line.substring(colon + 1).strip()));
        }
        return out;
    }

    private static int indexOfColon(String line) {
        int full = line.indexOf('：');
        int half = line.indexOf(':');
        if (full < 0) {
            return half;
        }
        return half < 0 ? full : Math.min(full, half);
    }

    private static Object parsedValue(String text) {
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return numbersAsDecimals(JSON.readValue(text, Object.class));
            } catch (JsonProcessingException e) {
                return text;
            }
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @SuppressWarnings("unchecked")
    private static Object numbersAsDecimals(Object value) {
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, numbersAsDecimals(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(UnitEvaluationForm::numbersAsDecimals).toList();
        }
        return value;
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

    public String getStaff() {
        return staff;
    }

    public void setStaff(String staff) {
        this.staff = staff;
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
