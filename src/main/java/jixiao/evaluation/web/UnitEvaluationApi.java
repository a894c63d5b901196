package jixiao.evaluation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationSummary;
import jixiao.evaluation.UnitEvaluationView;
import jixiao.evaluation.UnitEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.interchange.AssessmentJson;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the 部门（单位）整体自评, over the same operations and access rules as its pages. It is created by
 * importing a self-evaluation/1 document with a {@code department} ({@code POST /api/evaluations/import}).
 */
@RestController
@RequestMapping(path = "/api/unit-evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "部门（单位）整体自评",
        description = "read, update, score, check, submit, review the whole-unit self-evaluation of a unit and year")
public class UnitEvaluationApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final EvaluationKind UNIT = EvaluationKind.UNIT;

    private final UnitEvaluations evaluations;
    private final Workflow workflow;
    private final DepartmentJson departments = new DepartmentJson();

    public UnitEvaluationApi(UnitEvaluations evaluations, Workflow workflow) {
        this.evaluations = evaluations;
        this.workflow = workflow;
    }

    @GetMapping
    @Operation(summary = "The whole-unit evaluations the user may see, optionally of one fiscal year")
    public ArrayNode list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        ArrayNode out = MAPPER.createArrayNode();
        for (EvaluationSummary row : evaluations.list(user.account(), year)) {
            out.add(EvaluationJson.summary(row));
        }
        return out;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One whole-unit evaluation: the department as entered, each framework item scored with its"
                    + " explanation (weightInferred and weightBasis where the weight is inferred), its findings")
    public ObjectNode read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return full(evaluations.view(user.account(), id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Save changed whole-unit data: {\"version\": n, \"department\": {...}} (the interchange"
                    + " format's department); 409 when someone saved first, 400 naming the field")
    public ObjectNode update(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        UnitEvaluationView current = evaluations.view(user.account(), id);
        JsonNode version = body.path("version");
        if (!version.isInt()) {
            throw new Invalid("version", "version：应为打开时的版本号（整数），实际为 " + version);
        }
        UnitSelfEvaluation edited = departments.read(body.get("department"), current.report(), "department");
        return full(evaluations.update(user.account(), id, version.intValue(), edited));
    }

    @PostMapping(path = "/{id}/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score and check changed whole-unit data without saving it: {\"department\": {...}}")
    public ObjectNode score(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        UnitEvaluationView current = evaluations.view(user.account(), id);
        UnitSelfEvaluation edited = departments.read(
                body.has("department") ? body.get("department") : body, current.report(), "department");
        ReportAssessment scored = evaluations.rescore(user.account(), id, edited);
        ObjectNode out = DepartmentJson.assessment(scored.department());
        out.set("findings", AssessmentJson.findings(scored.unitFindings()));
        return out;
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "The whole-unit findings, each with its key and explanation")
    public ArrayNode findings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return findingsOf(evaluations.view(user.account(), id));
    }

    @PostMapping(path = "/{id}/explanations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Explain a finding: {\"key\": \"...\", \"explanation\": \"...\"}")
    public ArrayNode explain(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        String key = body.path("key").asText(null);
        if (key == null || key.isBlank()) {
            throw new Invalid("key", "key：应为要说明的问题的 key");
        }
        workflow.explain(user.account(), id, UNIT, key, body.path("explanation").asText(null));
        return findingsOf(evaluations.view(user.account(), id));
    }

    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit; refused with 422 while error findings remain unexplained; the rule set and the"
                    + " framework are frozen with it")
    public ObjectNode submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        workflow.submit(user.account(), id, UNIT);
        return full(evaluations.view(user.account(), id));
    }

    @PostMapping("/{id}/unit-approval")
    @Operation(summary = "单位审核: approve a submitted whole-unit evaluation and send it to the finance bureau")
    public ObjectNode approveForUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        workflow.approveForUnit(user.account(), id, UNIT);
        return full(evaluations.view(user.account(), id));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "财政局审核: approve with the 审核意见 (required): {\"opinion\": \"...\"}")
    public ObjectNode approve(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        workflow.approve(
                user.account(),
                id,
                UNIT,
                body == null ? null : body.path("opinion").asText(null));
        return full(evaluations.view(user.account(), id));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return for changes: {\"reason\": \"...\"}")
    public ObjectNode giveBack(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        workflow.giveBack(user.account(), id, UNIT, body.path("reason").asText(null));
        return full(evaluations.view(user.account(), id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change: who, when, field, old and new value")
    public ArrayNode history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return EvaluationJson.history(workflow.history(user.account(), id, UNIT));
    }

    @GetMapping(path = "/{id}/export")
    @Operation(summary = "The whole-unit evaluation as a self-evaluation/1 document (the department, no projects)")
    public ResponseEntity<String> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"unit-evaluation-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(evaluations.export(user.account(), id));
    }

    private ObjectNode full(UnitEvaluationView view) {
        ObjectNode o = EvaluationJson.summary(view.row().summary());
        o.put("returnReason", view.row().returnReason());
        o.put("reviewOpinion", view.row().reviewOpinion());
        ObjectNode rules = o.putObject("ruleSet");
        rules.put("name", view.ruleSet().name());
        rules.put("version", view.ruleSet().version());
        o.set("department", departments.write(view.report()));
        o.set("assessment", DepartmentJson.assessment(view.assessment()));
        o.set("findings", findingsOf(view));
        return o;
    }

    private static ArrayNode findingsOf(UnitEvaluationView view) {
        return EvaluationJson.findings(view.findings(), view::explanationOf);
    }
}
