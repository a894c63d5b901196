package jixiao.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link SelfEvaluationReport} as a {@code self-evaluation/1} document: UTF-8, two-space indent, Chinese
 * unescaped, the field order of the reference fixture, every field written (null where the value is absent) except
 * {@code tableMissing}, which appears only where it is true. Numbers are written as plain decimals with the scale
 * they were read with, so that {@link InterchangeReader} reads back an equal report.
 */
public final class InterchangeWriter {

    /** The document as text, ending in a newline. */
    public String write(SelfEvaluationReport report) {
        return JsonDocument.text(g -> report(g, report));
    }

    public void write(SelfEvaluationReport report, Path file) throws IOException {
        JsonDocument.write(file, g -> report(g, report));
    }

    /** Writes the document (UTF-8) to the stream; does not close it. */
    public void write(SelfEvaluationReport report, OutputStream out) throws IOException {
        JsonDocument.write(out, g -> report(g, report));
    }

    private static void report(JsonGenerator g, SelfEvaluationReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", SelfEvaluationReport.FORMAT);
        g.writeNumberField("fiscalYear", report.fiscalYear());
        g.writeStringField("moneyUnit", report.moneyUnit().label());
        g.writeFieldName("unit");
        unit(g, report.unit());
        g.writeFieldName("department");
        if (report.department() == null) {
            g.writeNull();
        } else {
            department(g, report.department());
        }
        g.writeArrayFieldStart("projects");
        for (ProjectSelfEvaluation project : report.projects()) {
            project(g, project);
        }
        g.writeEndArray();
        if (!report.narrative().isEmpty()) {
            g.writeFieldName("narrative");
            narrative(g, report.narrative());
        }
        g.writeEndObject();
    }

    /** Written only where the report has texts of its own, so that a document without them reads as before. */
    private static void narrative(JsonGenerator g, ReportNarrative narrative) throws IOException {
        g.writeStartObject();
        text(g, "notice", narrative.notice());
        text(g, "organisation", narrative.organisation());
        text(g, "problems", narrative.problems());
        text(g, "improvements", narrative.improvements());
        text(g, "otherMatters", narrative.otherMatters());
        g.writeEndObject();
    }

    private static void unit(JsonGenerator g, BudgetUnit unit) throws IOException {
        g.writeStartObject();
        text(g, "name", unit.name());
        text(g, "code", unit.code());
        text(g, "nature", unit.nature());
        g.writeEndObject();
    }

    private static void department(JsonGenerator g, UnitSelfEvaluation department) throws IOException {
        g.writeStartObject();
        g.writeFieldName("profile");
        profile(g, department.profile());
        g.writeFieldName("budget");
        unitBudget(g, department.budget());
        g.writeFieldName("projectExpenditure");
        projectExpenditure(g, department.projectExpenditure());
        g.writeArrayFieldStart("keyWorkPlan");
        for (UnitSelfEvaluation.KeyWorkItem item : department.keyWorkPlan()) {
            g.writeStartObject();
            g.writeFieldName("no");
            if (item.no() == null) {
                g.writeNull();
            } else {
                g.writeNumber(item.no());
            }
            text(g, "title", item.title());
            text(g, "text", item.text());
            if (item.responsibleDepartment() != null) {
                text(g, "responsibleDepartment", item.responsibleDepartment());
            }
            if (item.deadline() != null) {
                text(g, "deadline", item.deadline());
            }
            if (item.status() != null) {
                text(g, "status", statusName(item.status()));
            }
            if (item.evidence() != null) {
                text(g, "evidence", item.evidence());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claimedItems");
        for (UnitSelfEvaluation.ClaimedItem item : department.claimedItems()) {
            g.writeStartObject();
            text(g, "area", item.area());
            text(g, "name", item.name());
            number(g, "claimedScore", item.claimedScore());
            text(g, "text", item.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!department.figures().isEmpty()) {
            g.writeObjectFieldStart("figures");
            for (Map.Entry<UnitFigure, BigDecimal> figure : department.figures().entrySet()) {
                number(g, figure.getKey().key(), figure.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A key work item's 完成情况 in the interchange format. */
    static String statusName(UnitSelfEvaluation.KeyWorkStatus status) {
        return switch (status) {
            case COMPLETED -> "completed";
            case PARTIAL -> "partial";
            case NOT_COMPLETED -> "notCompleted";
        };
    }

    private static void profile(JsonGenerator g, UnitSelfEvaluation.@Nullable Profile profile) throws IOException {
        if (profile == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName("staff");
        free(g, profile.staff());
        texts(g, "internalDepartments", profile.internalDepartments());
        texts(g, "functions", profile.functions());
        g.writeEndObject();
    }

    private static void unitBudget(JsonGenerator g, UnitSelfEvaluation.@Nullable UnitBudget budget) throws IOException {
        if (budget == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        List<@Nullable BigDecimal> figures = budget.figures();
        for (int i = 0; i < figures.size(); i++) {
            number(g, UnitSelfEvaluation.UnitBudget.FIGURES.get(i), figures.get(i));
        }
        text(g, "text", budget.text());
        g.writeEndObject();
    }

    private static void projectExpenditure(JsonGenerator g, UnitSelfEvaluation.@Nullable ProjectExpenditure expenditure)
            throws IOException {
        if (expenditure == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "budget", expenditure.budget());
        number(g, "regularBudget", expenditure.regularBudget());
        number(g, "supplementaryBudget", expenditure.supplementaryBudget());
        number(g, "regularExecuted", expenditure.regularExecuted());
        number(g, "supplementaryExecuted", expenditure.supplementaryExecuted());
        text(g, "text", expenditure.text());
        g.writeEndObject();
    }

    private static void project(JsonGenerator g, ProjectSelfEvaluation project) throws IOException {
        g.writeStartObject();
        text(g, "name", project.name());
        text(g, "competentDepartment", project.competentDepartment());
        text(g, "implementingUnit", project.implementingUnit());
        text(g, "filledBy", project.filledBy());
        g.writeFieldName("funds");
        funds(g, project.funds());
        g.writeFieldName("goals");
        goals(g, project.goals());
        g.writeArrayFieldStart("indicators");
        for (Indicator indicator : project.indicators()) {
            indicator(g, indicator);
        }
        g.writeEndArray();
        g.writeFieldName("claimed");
        claimed(g, project.claimed());
        if (project.tableMissing()) {
            g.writeBooleanField("tableMissing", true);
        }
        g.writeEndObject();
    }

    private static void funds(JsonGenerator g, @Nullable Funds funds) throws IOException {
        if (funds == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        fundsRow(g, "total", funds.total());
        fundsRow(g, "fiscalAppropriation", funds.fiscalAppropriation());
        fundsRow(g, "carryOver", funds.carryOver());
        fundsRow(g, "other", funds.other());
        number(g, "weight", funds.weight());
        g.writeFieldName("claimed");
        if (funds.claimed() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            text(g, "executionRate", funds.claimed().executionRate());
            number(g, "score", funds.claimed().score());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void fundsRow(JsonGenerator g, String name, Funds.@Nullable FundsRow row) throws IOException {
        g.writeFieldName(name);
        if (row == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "initialBudget", row.initialBudget());
        number(g, "annualBudget", row.annualBudget());
        number(g, "executed", row.executed());
        g.writeEndObject();
    }

    private static void goals(JsonGenerator g, @Nullable Goals goals) throws IOException {
        if (goals == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        text(g, "expected", goals.expected());
        text(g, "achieved", goals.achieved());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator indicator) throws IOException {
        g.writeStartObject();
        text(g, "level1", indicator.level1());
        text(g, "level2", indicator.level2());
        text(g, "level3", indicator.level3());
        text(g, "target", indicator.target());
        text(g, "actual", indicator.actual());
        number(g, "weight", indicator.weight());
        if (indicator.claimedScoreText() != null) {
            g.writeStringField("claimedScore", indicator.claimedScoreText()); // as typed, in words
        } else {
            number(g, "claimedScore", indicator.claimedScore());
        }
        text(g, "deviationReason", indicator.deviationReason());
        if (indicator.notApplicable() != null) {
            g.writeObjectFieldStart("notApplicable");
            text(g, "reason", indicator.notApplicable().reason());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void claimed(JsonGenerator g, @Nullable ClaimedProject claimed) throws IOException {
        if (claimed == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "total", claimed.total());
        g.writeFieldName("summary");
        ClaimedProject.Summary summary = claimed.summary();
        if (summary == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            number(g, "output", summary.output());
            number(g, "effect", summary.effect());
            number(g, "satisfaction", summary.satisfaction());
            number(g, "execution", summary.execution());
            number(g, "total", summary.total());
            text(g, "text", summary.text());
            g.writeEndObject();
        }
        g.writeFieldName("analysis");
        ClaimedProject.Analysis analysis = claimed.analysis();
        if (analysis == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            number(g, "score", analysis.score());
            text(g, "text", analysis.text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, @Nullable String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void texts(JsonGenerator g, String name, @Nullable List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, @Nullable BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    /** A free-form value as the reader makes it: String, BigDecimal (or another Number), Boolean, List, Map, null. */
    private static void free(JsonGenerator g, @Nullable Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof BigDecimal number) {
            g.writeNumber(number);
        } else if (value instanceof Number number) {
            g.writeNumber(new BigDecimal(number.toString()));
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof List<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                free(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> members) {
            g.writeStartObject();
            for (Map.Entry<?, ?> member : members.entrySet()) {
                g.writeFieldName(String.valueOf(member.getKey()));
                free(g, member.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("profile.staff holds a "
                    + value.getClass().getName() + "; only String, Number, Boolean, List and Map can be written");
        }
    }
}
