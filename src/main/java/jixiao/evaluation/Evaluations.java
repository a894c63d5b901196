package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.SubmissionRefused;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.persistence.EvaluationStore;
import jixiao.evaluation.persistence.EvaluationStore.Scores;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.unit.Account;
import jixiao.unit.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project self-evaluations: import, read, change, re-score, explain, submit and review, with the access rules of
 * each role applied here, so that pages and API alike obey them.
 */
@Service
@Transactional
public class Evaluations {

    private static final int NAME_LENGTH = 300;

    private final EvaluationStore store;
    private final RuleSets ruleSetStore;
    private final Clock clock;
    private final InterchangeReader reader = new InterchangeReader();
    private final InterchangeWriter writer = new InterchangeWriter();
    private final RuleSetFile ruleSets = new RuleSetFile();
    private final ObjectMapper json = new ObjectMapper();

    public Evaluations(EvaluationStore store, RuleSets ruleSetStore, Clock clock) {
        this.store = store;
        this.ruleSetStore = ruleSetStore;
        this.clock = clock;
    }

    /** The stable key under which an explanation of a finding is kept. */
    public static String key(Finding finding) {
        return finding.code() + "|" + Objects.toString(finding.indicator(), "") + "|" + finding.message();
    }

    /** Imports every project of a report as a draft of the unit; all or nothing. */
    public List<Long> importReport(SelfEvaluationReport report, long unitId, String by) {
        for (int i = 0; i < report.projects().size(); i++) {
            requireStorableName(
                    "$.projects[" + i + "].name", report.projects().get(i).name());
        }
        ReportAssessment assessment = new SelfEvaluationChecker(ruleSetStore.active()).assess(report);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            ProjectSelfEvaluation project = report.projects().get(i);
            ids.add(store.insert(
                    unitId,
                    report.fiscalYear(),
                    project.name(),
                    document(report, project),
                    scores(assessment.projects().get(i)),
                    now(),
                    by));
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public List<EvaluationRow> list(Account who, Integer fiscalYear) {
        return switch (who.role()) {
            case FILLER, UNIT_REVIEWER -> store.list(who.unitId(), null, fiscalYear);
            case BUREAU_REVIEWER -> store.list(null, who.regionId(), fiscalYear);
            case ADMINISTRATOR -> store.list(null, null, fiscalYear);
        };
    }

    @Transactional(readOnly = true)
    public EvaluationView view(Account who, long id) {
        EvaluationRow row = visible(who, id);
        RuleSet rules = rulesOf(row);
        SelfEvaluationReport report = read(row.document());
        return new EvaluationView(
                row, report, assessInContext(row, report.projects().get(0), rules), rules, store.explanations(id));
    }

    /** Scores an edited project as it would be saved, without saving it (the editor's live re-score). */
    @Transactional(readOnly = true)
    public ProjectAssessment rescore(Account who, long id, ProjectSelfEvaluation edited) {
        EvaluationRow row = visible(who, id);
        return assessInContext(row, edited, rulesOf(row));
    }

    /** Saves an edited project if nobody saved since {@code version}; every changed field goes to the history. */
    public EvaluationView update(Account who, long id, int version, ProjectSelfEvaluation edited) {
        EvaluationRow row = editable(who, id);
        if (row.version() != version) {
            throw new VersionConflict(row.updatedBy());
        }
        if (edited.name() == null || edited.name().isBlank()) {
            throw new Invalid("name", "项目名称不能为空");
        }
        requireStorableName("name", edited.name());
        SelfEvaluationReport old = read(row.document());
        SelfEvaluationReport report =
                new SelfEvaluationReport(old.fiscalYear(), old.moneyUnit(), old.unit(), null, List.of(edited));
        String document = writer.write(report);
        ProjectAssessment assessment = assessInContext(row, edited, rulesOf(row));
        LocalDateTime at = now();
        if (!store.update(id, version, edited.name(), document, scores(assessment), at, who.username())) {
            throw new VersionConflict("其他用户");
        }
        for (Map.Entry<String, String[]> change : diff(row.document(), document).entrySet()) {
            store.recordChange(
                    id,
                    new EvaluationChange(
                            at, who.username(), change.getKey(), change.getValue()[0], change.getValue()[1]));
        }
        return view(who, id);
    }

    public void explain(Account who, long id, String findingKey, String explanation) {
        editable(who, id);
        if (explanation == null || explanation.isBlank()) {
            throw new Invalid("explanation", "说明不能为空");
        }
        store.explain(id, new FindingExplanation(findingKey, explanation.trim(), who.username(), now()));
    }

    /**
     * 填报人 submits to the unit's reviewer; a 单位审核 submitting sends it straight to the finance bureau. Refused
     * while error findings remain unexplained; the rule set used is frozen with the evaluation.
     */
    public EvaluationView submit(Account who, long id) {
        EvaluationRow row = editable(who, id);
        EvaluationView view = view(who, id);
        List<Finding> unexplained = view.unexplainedErrors();
        if (!unexplained.isEmpty()) {
            throw new SubmissionRefused(unexplained);
        }
        EvaluationStatus to =
                who.role() == Role.UNIT_REVIEWER ? EvaluationStatus.UNIT_APPROVED : EvaluationStatus.SUBMITTED;
        move(row, to, ruleSets.write(view.ruleSet()), null, who);
        return view(who, id);
    }

    public EvaluationView approveForUnit(Account who, long id) {
        EvaluationRow row = visible(who, id);
        requireRole(who, Role.UNIT_REVIEWER, "只有单位审核人可以审核本单位的自评表");
        requireState(row, EvaluationStatus.SUBMITTED);
        move(row, EvaluationStatus.UNIT_APPROVED, row.frozenRuleSet(), null, who);
        return view(who, id);
    }

    public EvaluationView approve(Account who, long id) {
        EvaluationRow row = visible(who, id);
        requireRole(who, Role.BUREAU_REVIEWER, "只有财政局审核人可以审核通过");
        requireState(row, EvaluationStatus.UNIT_APPROVED);
        move(row, EvaluationStatus.APPROVED, row.frozenRuleSet(), null, who);
        return view(who, id);
    }

    /** Returns a submitted evaluation for changes, with the reason the unit will read. */
    public EvaluationView giveBack(Account who, long id, String reason) {
        EvaluationRow row = visible(who, id);
        if (reason == null || reason.isBlank()) {
            throw new Invalid("reason", "退回时必须填写原因");
        }
        if (who.role() == Role.UNIT_REVIEWER) {
            requireState(row, EvaluationStatus.SUBMITTED);
        } else if (who.role() == Role.BUREAU_REVIEWER) {
            requireState(row, EvaluationStatus.UNIT_APPROVED);
        } else {
            throw new NotAllowed("只有单位审核人或财政局审核人可以退回");
        }
        move(row, EvaluationStatus.RETURNED, null, reason.trim(), who);
        return view(who, id);
    }

    @Transactional(readOnly = true)
    public List<EvaluationChange> history(Account who, long id) {
        visible(who, id);
        return store.changes(id);
    }

    /**
     * The unit's evaluations of a year as one report (for documents); with {@code onlyId}, just that evaluation. Each
     * evaluation is scored with its own rule set where it was frozen at submission.
     */
    @Transactional(readOnly = true)
    public UnitYearReport unitYearReport(Account who, long unitId, int fiscalYear, Long onlyId) {
        List<EvaluationRow> rows = store.list(unitId, null, fiscalYear);
        if (rows.isEmpty()) {
            throw new NotFound(unitId);
        }
        visible(who, rows.get(0).id());
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        List<ProjectAssessment> assessments = new ArrayList<>();
        SelfEvaluationReport first = read(rows.get(0).document());
        for (EvaluationRow row : rows) {
            if (onlyId == null || row.id() == onlyId) {
                ProjectSelfEvaluation project = read(row.document()).projects().get(0);
                projects.add(project);
                assessments.add(assessInContext(row, project, rulesOf(row)));
            }
        }
        if (projects.isEmpty()) {
            throw new NotFound(onlyId);
        }
        SelfEvaluationReport report =
                new SelfEvaluationReport(fiscalYear, first.moneyUnit(), first.unit(), null, projects);
        return new UnitYearReport(report, new ReportAssessment(rulesOf(rows.get(0)), assessments, List.of()));
    }

    /** The evaluation as an interchange document (a report of one project). */
    @Transactional(readOnly = true)
    public String export(Account who, long id) {
        return visible(who, id).document();
    }

    private void move(EvaluationRow row, EvaluationStatus to, String frozen, String reason, Account who) {
        LocalDateTime at = now();
        if (!store.transition(row.id(), row.status(), to, frozen, reason, at, who.username())) {
            throw new WrongState("自评表的状态已被他人改变，请刷新后再试");
        }
        store.recordChange(
                row.id(),
                new EvaluationChange(at, who.username(), "状态", row.status().label(), to.label()));
        if (reason != null) {
            store.recordChange(row.id(), new EvaluationChange(at, who.username(), "退回原因", null, reason));
        }
    }

    private EvaluationRow visible(Account who, long id) {
        EvaluationRow row = store.find(id).orElseThrow(() -> new NotFound(id));
        boolean visible =
                switch (who.role()) {
                    case FILLER, UNIT_REVIEWER -> Objects.equals(who.unitId(), row.unitId());
                    case BUREAU_REVIEWER -> Objects.equals(who.regionId(), row.regionId());
                    case ADMINISTRATOR -> true;
                };
        if (!visible) {
            throw new NotFound(id);
        }
        return row;
    }

    private EvaluationRow editable(Account who, long id) {
        EvaluationRow row = visible(who, id);
        if (!who.role().belongsToUnit()) {
            throw new NotAllowed("只有本单位的填报人和审核人可以修改自评表");
        }
        if (!row.status().isEditable()) {
            throw new WrongState("自评表" + row.status().label() + "，不能再修改");
        }
        return row;
    }

    /** project_evaluation.name holds 300 characters: a longer name is the user's to shorten, not a server error. */
    private static void requireStorableName(String field, String name) {
        int length = name.codePointCount(0, name.length());
        if (length > NAME_LENGTH) {
            throw new Invalid(field, field + "：项目名称最多 " + NAME_LENGTH + " 个字，实际为 " + length + " 个字");
        }
    }

    private static void requireRole(Account who, Role role, String message) {
        if (who.role() != role) {
            throw new NotAllowed(message);
        }
    }

    private static void requireState(EvaluationRow row, EvaluationStatus state) {
        if (row.status() != state) {
            throw new WrongState("自评表当前为“" + row.status().label() + "”，不是“" + state.label() + "”");
        }
    }

    /** Scored among the unit's other projects of the year, so that checks across projects apply. */
    private ProjectAssessment assessInContext(EvaluationRow row, ProjectSelfEvaluation project, RuleSet rules) {
        List<EvaluationRow> siblings = store.list(row.unitId(), null, row.fiscalYear());
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        int index = 0;
        for (EvaluationRow sibling : siblings) {
            if (sibling.id() == row.id()) {
                index = projects.size();
                projects.add(project);
            } else {
                projects.add(read(sibling.document()).projects().get(0));
            }
        }
        SelfEvaluationReport own = read(row.document());
        SelfEvaluationReport report =
                new SelfEvaluationReport(own.fiscalYear(), own.moneyUnit(), own.unit(), null, projects);
        return new SelfEvaluationChecker(rules).assess(report).projects().get(index);
    }

    private RuleSet rulesOf(EvaluationRow row) {
        if (row.frozenRuleSet() == null) {
            return ruleSetStore.active();
        }
        try {
            return ruleSets.read(row.frozenRuleSet());
        } catch (InterchangeException e) {
            throw new IllegalStateException("stored rule set of evaluation " + row.id() + " is unreadable", e);
        }
    }

    private SelfEvaluationReport read(String document) {
        try {
            return reader.read(document);
        } catch (InterchangeException e) {
            throw new IllegalStateException("stored evaluation is unreadable: " + e.getMessage(), e);
        }
    }

    private String document(SelfEvaluationReport report, ProjectSelfEvaluation project) {
        return writer.write(new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(project)));
    }

    private static Scores scores(ProjectAssessment assessment) {
        int errors = 0;
        int warnings = 0;
        for (Finding finding : assessment.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Scores(assessment.total().value(), assessment.grade().label(), errors, warnings);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Field path → {old, new} for every leaf that differs between two documents. */
    private Map<String, String[]> diff(String before, String after) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        try {
            flatten("", json.readTree(before).path("projects").path(0), a);
            flatten("", json.readTree(after).path("projects").path(0), b);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (String path : b.keySet()) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                changes.put(path, new String[] {a.get(path), b.get(path)});
            }
        }
        for (String path : a.keySet()) {
            if (!b.containsKey(path)) {
                changes.put(path, new String[] {a.get(path), null});
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            out.put(path, node.asText());
        }
    }
}
