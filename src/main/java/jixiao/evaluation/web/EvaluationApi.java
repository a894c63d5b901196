package jixiao.evaluation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationSummary;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.interchange.AssessmentJson;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.ProjectSelfEvaluation;
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

/** The JSON API over the same operations and access rules as the pages. */
@RestController
@RequestMapping(path = "/api/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "项目支出绩效自评表", description = "import, read, update, score, check, submit, review")
public class EvaluationApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final EvaluationKind PROJECT = EvaluationKind.PROJECT;

    private final ProjectEvaluations evaluations;
    private final Workflow workflow;
    private final Imports imports;
    private final ProjectJson projects = new ProjectJson();

    public EvaluationApi(ProjectEvaluations evaluations, Workflow workflow, Imports imports) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "The evaluations the user may see, optionally of one fiscal year")
    public ArrayNode list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        ArrayNode out = MAPPER.createArrayNode();
        for (EvaluationSummary row : evaluations.list(user.account(), year)) {
            out.add(EvaluationJson.summary(row));
        }
        return out;
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import a self-evaluation/1 document into the user's unit; all or nothing. ids: the project"
                    + " evaluations; unitEvaluation: the 部门（单位）整体自评 created from its department (400 when the"
                    + " unit already has one for that year); reportTexts: the report's own texts (narrative), stored as"
                    + " the unit's 自评报告 of the year")
    public ResponseEntity<JsonNode> importReport(@AuthenticationPrincipal CurrentUser user, @RequestBody String body) {
        Account who = user.account();
        if (!who.role().belongsToUnit()) {
            throw new jixiao.evaluation.EvaluationException.NotAllowed("只有预算单位的账号可以导入本单位的自评表");
        }
        try {
            Imports.Imported imported =
                    imports.importReport(new InterchangeReader().read(body), who.unitId(), who.username());
            ObjectNode out = MAPPER.createObjectNode();
            ArrayNode list = out.putArray("ids");
            imported.projects().forEach(list::add);
            if (imported.unit() != null) {
                out.put("unitEvaluation", imported.unit());
            }
            if (imported.texts() != null) {
                out.put("reportTexts", imported.texts());
            }
            return ResponseEntity.status(201).body(out);
        } catch (InterchangeException e) {
            throw new Invalid(e.path(), e.getMessage());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evaluation: the project as entered, its scores with explanations, its findings")
    public ObjectNode read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return full(evaluations.view(user.account(), id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a changed project: {\"version\": n, \"project\": {...}}; 409 when someone saved first")
    public ObjectNode update(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        EvaluationView current = evaluations.view(user.account(), id);
        JsonNode version = body.path("version");
        if (!version.isInt()) {
            throw new Invalid("version", "version：应为打开时的版本号（整数），实际为 " + version);
        }
        ProjectSelfEvaluation edited = projects.read(body.get("project"), current.report(), "project");
        return full(evaluations.update(user.account(), id, version.intValue(), edited));
    }

    @PostMapping(path = "/{id}/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score and check a changed project without saving it")
    public ObjectNode score(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        JsonNode project = body.has("project") ? body.get("project") : body;
        return AssessmentJson.project(
                evaluations
                        .rescore(user.account(), id, stored -> projects.read(project, stored, "project"))
                        .assessment(),
                true);
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "The findings, each with its key and explanation")
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
        workflow.explain(
                user.account(), id, PROJECT, key, body.path("explanation").asText(null));
        return findingsOf(evaluations.view(user.account(), id));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit; refused with 422 while error findings remain unexplained")
    public ObjectNode submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        workflow.submit(user.account(), id, PROJECT);
        return full(evaluations.view(user.account(), id));
    }

    @PostMapping("/{id}/unit-approval")
    @Operation(summary = "单位审核: approve a submitted evaluation and send it to the finance bureau")
    public ObjectNode approveForUnit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        workflow.approveForUnit(user.account(), id, PROJECT);
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
                PROJECT,
                body == null ? null : body.path("opinion").asText(null));
        return full(evaluations.view(user.account(), id));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return for changes: {\"reason\": \"...\"}")
    public ObjectNode giveBack(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
        workflow.giveBack(user.account(), id, PROJECT, body.path("reason").asText(null));
        return full(evaluations.view(user.account(), id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change: who, when, field, old and new value")
    public ArrayNode history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return EvaluationJson.history(workflow.history(user.account(), id, PROJECT));
    }

    @GetMapping(path = "/{id}/export")
    @Operation(summary = "The evaluation as a self-evaluation/1 document")
    public ResponseEntity<String> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(evaluations.export(user.account(), id));
    }

    private ObjectNode full(EvaluationView view) {
        ObjectNode o = EvaluationJson.summary(view.row().summary());
        o.put("returnReason", view.row().returnReason());
        o.put("reviewOpinion", view.row().reviewOpinion());
        ObjectNode rules = o.putObject("ruleSet");
        rules.put("name", view.ruleSet().name());
        rules.put("version", view.ruleSet().version());
        o.set("project", projects.write(view.report()));
        o.set("assessment", AssessmentJson.project(view.assessment(), false));
        o.set("findings", findingsOf(view));
        return o;
    }

    private static ArrayNode findingsOf(EvaluationView view) {
        return EvaluationJson.findings(view.assessment().findings(), view::explanationOf);
    }
}
