package jixiao.recheck;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A re-check as JSON ({@code recheck/1}, described in {@code schema/recheck-1.schema.json}), written with Jackson's
 * generator as units arrive: the plan, then {@code units} (each with its counts and the evaluations that change,
 * with their finding changes),
 * then the {@code summary}.
 */
final class RecheckJson implements AutoCloseable {

    static final String FORMAT = "recheck/1";

    private final JsonGenerator json;

    RecheckJson(RecheckPlan plan, OutputStream out) throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeObjectFieldStart("region");
        json.writeNumberField("id", plan.regionId());
        json.writeStringField("name", plan.regionName());
        json.writeEndObject();
        json.writeNumberField("fiscalYear", plan.fiscalYear());
        json.writeStringField("rules", plan.rulesName());
        json.writeStringField("madeAt", plan.at().toString());
        json.writeArrayFieldStart("units");
    }

    void add(RecheckedUnit unit) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", unit.id());
        json.writeStringField("name", unit.name());
        json.writeStringField("region", unit.region());
        json.writeNumberField("evaluationCount", unit.evaluations().size());
        json.writeNumberField("gradesChanged", unit.gradesChanged());
        json.writeNumberField("totalsChanged", unit.totalsChanged());
        json.writeNumberField("added", unit.added());
        json.writeNumberField("vanished", unit.vanished());
        json.writeArrayFieldStart("evaluations");
        for (RecheckedEvaluation e : unit.evaluations()) {
            if (!e.changed()) {
                continue;
            }
            json.writeStartObject();
            json.writeNumberField("id", e.id());
            json.writeStringField("kind", e.kind());
            json.writeStringField("name", e.name());
            json.writeStringField("status", e.status());
            number("claimed", e.claimed());
            number("total", e.total());
            json.writeStringField("grade", e.grade());
            number("rechecked", e.rechecked());
            json.writeStringField("recheckedGrade", e.recheckedGrade());
            json.writeBooleanField("gradeChanged", e.gradeChanged());
            json.writeBooleanField("totalChanged", e.totalChanged());
            findings("added", e.added());
            findings("vanished", e.vanished());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    void finish(RecheckSummary summary) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("units", summary.units());
        json.writeNumberField("evaluations", summary.evaluations());
        json.writeNumberField("gradesChanged", summary.gradesChanged());
        json.writeNumberField("totalsChanged", summary.totalsChanged());
        json.writeNumberField("added", summary.added());
        json.writeNumberField("vanished", summary.vanished());
        json.writeArrayFieldStart("unitsChanging");
        for (RecheckSummary.UnitCount unit : summary.unitsChanging()) {
            json.writeStartObject();
            json.writeStringField("unit", unit.unit());
            json.writeStringField("region", unit.region());
            json.writeNumberField("gradesChanged", unit.gradesChanged());
            json.writeNumberField("totalsChanged", unit.totalsChanged());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("newFindings");
        for (RecheckSummary.CategoryCount category : summary.newFindings()) {
            json.writeStartObject();
            json.writeStringField("code", category.code());
            json.writeStringField("category", category.category());
            json.writeNumberField("count", category.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void number(String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private void findings(String name, List<FindingChange> findings) throws IOException {
        json.writeArrayFieldStart(name);
        for (FindingChange f : findings) {
            json.writeStartObject();
            json.writeStringField("code", f.code());
            json.writeStringField("category", f.category());
            json.writeStringField("severity", f.severity());
            json.writeStringField("location", f.location());
            json.writeStringField("message", f.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
