package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.SubmissionRefused;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.persistence.EvaluationStore;
import jixiao.evaluation.persistence.EvaluationStore.Revision;
import jixiao.evaluation.persistence.EvaluationStore.Scores;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.value.ValueParser;
import jixiao.unit.Account;
import jixiao.unit.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Project self-evaluations: import, read, change, re-score, explain, submit and review, with the access rules of
 * each role applied here, so that pages and API alike obey them.
 */
@Service
@Transactional
public class Evaluations {

    private static final int NAME_LENGTH = 300;
    /** Parsed documents kept: a unit's projects of a year are scored together on every re-score (a few KB each). */
    private static final int DOCUMENTS_KEPT = 2000;

    private static final int RULE_SETS_KEPT = 50;

    private final EvaluationStore store;
    private final RuleSets ruleSetStore;
    private final UnitFrameworks frameworks;
    private final Clock clock;
    private final InterchangeReader reader = new InterchangeReader();
    /** Shared by every request's checker: thread-safe, and it remembers the texts it read. */
    private final ValueParser parser = new ValueParser();

    private final InterchangeWriter writer = new InterchangeWriter();
    private final RuleSetFile ruleSets = new RuleSetFile();
    private final ParsedDocuments<String, SelfEvaluationReport> documents = new ParsedDocuments<>(DOCUMENTS_KEPT);
    private final ParsedDocuments<String, RuleSet> frozenRuleSets = new ParsedDocuments<>(RULE_SETS_KEPT);
    /** The unit's projects of a year by revision: a re-score then reads only their revisions (see projectsOfYear). */
    private final ParsedDocuments<Revision, ProjectSelfEvaluation> projectsByRevision =
            new ParsedDocuments<>(DOCUMENTS_KEPT);

    private final ObjectMapper json = new ObjectMapper();

    public Evaluations(EvaluationStore store, RuleSets ruleSetStore, UnitFrameworks frameworks, Clock clock) {
        this.store = store;
        this.ruleSetStore = ruleSetStore;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** The stable key under which an explanation of a finding is kept. */
    public static String key(Finding finding) {
        return finding.code() + "|" + Objects.toString(finding.indicator(), "") + "|" + finding.message();
    }

    /**
     * Imports every project of a report as a draft of the unit and, where the report has a {@code department}, the
     * unit's 部门（单位）整体自评 of that year; all or nothing. A second whole-unit evaluation of a unit and year is
     * refused.
     */
    public List<Long> importReport(SelfEvaluationReport report, long unitId, String by) {
        return imported(report, unitId, by).projects();
    }

    /**
     * What an import created: the project evaluations, the whole-unit one and the report's texts (each null where the
     * report had none).
     */
    public record Imported(List<Long> projects, Long unit, Long texts) {}

    /** As {@link #importReport}, telling the whole-unit evaluation apart. */
    public Imported imported(SelfEvaluationReport report, long unitId, String by) {
        for (int i = 0; i < report.projects().size(); i++) {
            requireStorableName(
                    "$.projects[" + i + "].name", report.projects().get(i).name());
        }
        if (report.department() != null
                && !store.summaries(EvaluationKind.UNIT, unitId, null, report.fiscalYear())
                        .isEmpty()) {
            throw new Invalid(
                    "$.department",
                    "$.department：本单位 " + report.fiscalYear()
                            + " 年度的部门（单位）整体自评已经存在，不能再导入一份；未导入任何内容。请在已有的整体自评上修改，或导入不含 department 的文件");
        }
        EvaluationRow storedTexts = report.narrative().isEmpty() ? null : reportTextsOf(unitId, report.fiscalYear());
        if (storedTexts != null && !storedTexts.status().isEditable()) {
            throw new Invalid(
                    "$.narrative",
                    "$.narrative：本单位 " + report.fiscalYear() + " 年度的自评报告"
                            + storedTexts.status().label() + "，其文字部分不能再由导入替换；未导入任何内容");
        }
        ReportAssessment assessment =
                checker(ruleSetStore.active(), UnitFramework.defaults()).assess(report);
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
        Long unit = null;
        if (report.department() != null) {
            SelfEvaluationReport own = new SelfEvaluationReport(
                    report.fiscalYear(), report.moneyUnit(), report.unit(), report.department(), List.of());
            ReportAssessment scored = assessUnit(
                    unitId, report.fiscalYear(), own, report.department(), ruleSetStore.active(), frameworks.active());
            try {
                unit = store.insert(
                        EvaluationKind.UNIT,
                        unitId,
                        report.fiscalYear(),
                        UNIT_EVALUATION_NAME,
                        writer.write(own),
                        scores(scored.unit(), scored.unitFindings()),
                        now(),
                        by);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new Invalid("$.department", "$.department：本单位 " + report.fiscalYear() + " 年度的部门（单位）整体自评已经存在");
            }
        }
        return new Imported(ids, unit, importTexts(report, unitId, storedTexts, by));
    }

    /**
     * The report's own texts, stored as the unit's REPORT row of the year: a new one, or the texts of the one there
     * (still editable; checked before anything was imported) replaced, with every changed text in its history.
     */
    private Long importTexts(SelfEvaluationReport report, long unitId, EvaluationRow stored, String by) {
        if (report.narrative().isEmpty()) {
            return null;
        }
        String document = writer.write(new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(), report.narrative()));
        LocalDateTime at = now();
        if (stored == null) {
            return store.insert(
                    EvaluationKind.REPORT,
                    unitId,
                    report.fiscalYear(),
                    REPORT_TEXTS_NAME,
                    document,
                    NOT_SCORED,
                    at,
                    by);
        }
        if (!store.update(stored.id(), stored.version(), stored.name(), document, NOT_SCORED, at, by)) {
            throw new VersionConflict("其他用户");
        }
        recordChanges(stored.id(), at, by, "/narrative", stored.document(), document);
        return stored.id();
    }

    /** The unit's REPORT row of a year, if there is one. */
    private EvaluationRow reportTextsOf(long unitId, int fiscalYear) {
        List<EvaluationRow> rows = store.list(EvaluationKind.REPORT, unitId, null, fiscalYear);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The name the texts of a unit's 自评报告 are stored under. */
    public static final String REPORT_TEXTS_NAME = "自评报告";

    /** The report's texts are not scored: no total, no grade, no findings. */
    private static final Scores NOT_SCORED = new Scores(null, null, 0, 0);

    /** The name a whole-unit evaluation is listed under. */
    public static final String UNIT_EVALUATION_NAME = "部门（单位）整体自评";

    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(Account who, Integer fiscalYear) {
        return switch (who.role()) {
            case FILLER, UNIT_REVIEWER -> store.summaries(EvaluationKind.PROJECT, who.unitId(), null, fiscalYear);
            case BUREAU_REVIEWER -> store.summaries(EvaluationKind.PROJECT, null, who.regionId(), fiscalYear);
            case ADMINISTRATOR -> store.summaries(EvaluationKind.PROJECT, null, null, fiscalYear);
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

    /** A live re-score: the stored evaluation it starts from and the edited project's assessment. */
    public record Rescore(
            EvaluationRow row, SelfEvaluationReport stored, RuleSet ruleSet, ProjectAssessment assessment) {}

    /**
     * The editor's live re-score in one read: the stored evaluation (if this user may see it) is handed to {@code
     * edit}, which gives the project as typed, and only that is scored. Unlike {@link #view} followed by {@link
     * #rescore(Account, long, ProjectSelfEvaluation)} the stored version is not scored too, which the re-score never
     * shows.
     */
    @Transactional(readOnly = true)
    public Rescore rescore(Account who, long id, Function<SelfEvaluationReport, ProjectSelfEvaluation> edit) {
        EvaluationRow row = visible(who, id);
        RuleSet rules = rulesOf(row);
        SelfEvaluationReport stored = read(row.document());
        return new Rescore(row, stored, rules, assessInContext(row, edit.apply(stored), rules));
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
        recordChanges(id, at, who, "/projects/0", row.document(), document);
        return view(who, id);
    }

    /** Every leaf under {@code root} that differs between the two documents goes to the history. */
    void recordChanges(long id, LocalDateTime at, Account who, String root, String before, String after) {
        recordChanges(id, at, who.username(), root, before, after);
    }

    private void recordChanges(long id, LocalDateTime at, String by, String root, String before, String after) {
        for (Map.Entry<String, String[]> change : diff(root, before, after).entrySet()) {
            store.recordChange(
                    id, new EvaluationChange(at, by, change.getKey(), change.getValue()[0], change.getValue()[1]));
        }
    }

    public void explain(Account who, long id, String findingKey, String explanation) {
        explain(who, id, EvaluationKind.PROJECT, findingKey, explanation);
    }

    void explain(Account who, long id, EvaluationKind kind, String findingKey, String explanation) {
        editable(who, id, kind);
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
        submit(who, row, view.unexplainedErrors(), ruleSets.write(view.ruleSet()), null);
        return view(who, id);
    }

    /** The submission step of either kind: refused while errors are unexplained; freezes what the row was scored with. */
    void submit(Account who, EvaluationRow row, List<Finding> unexplained, String frozenRules, String frozenFramework) {
        if (!unexplained.isEmpty()) {
            throw new SubmissionRefused(unexplained);
        }
        EvaluationStatus to =
                who.role() == Role.UNIT_REVIEWER ? EvaluationStatus.UNIT_APPROVED : EvaluationStatus.SUBMITTED;
        move(row, to, frozenRules, frozenFramework, null, who);
    }

    public EvaluationView approveForUnit(Account who, long id) {
        approveForUnit(who, id, EvaluationKind.PROJECT);
        return view(who, id);
    }

    void approveForUnit(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = visible(who, id, kind);
        requireRole(who, Role.UNIT_REVIEWER, "只有单位审核人可以审核本单位的自评表");
        requireState(row, EvaluationStatus.SUBMITTED);
        move(row, EvaluationStatus.UNIT_APPROVED, row.frozenRuleSet(), row.frozenFramework(), null, who);
    }

    public EvaluationView approve(Account who, long id) {
        approve(who, id, EvaluationKind.PROJECT);
        return view(who, id);
    }

    void approve(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = visible(who, id, kind);
        requireRole(who, Role.BUREAU_REVIEWER, "只有财政局审核人可以审核通过");
        requireState(row, EvaluationStatus.UNIT_APPROVED);
        move(row, EvaluationStatus.APPROVED, row.frozenRuleSet(), row.frozenFramework(), null, who);
    }

    /** Returns a submitted evaluation for changes, with the reason the unit will read. */
    public EvaluationView giveBack(Account who, long id, String reason) {
        giveBack(who, id, EvaluationKind.PROJECT, reason);
        return view(who, id);
    }

    void giveBack(Account who, long id, EvaluationKind kind, String reason) {
        EvaluationRow row = visible(who, id, kind);
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
        move(row, EvaluationStatus.RETURNED, null, null, reason.trim(), who);
    }

    @Transactional(readOnly = true)
    public List<EvaluationChange> history(Account who, long id) {
        return history(who, id, EvaluationKind.PROJECT);
    }

    @Transactional(readOnly = true)
    List<EvaluationChange> history(Account who, long id, EvaluationKind kind) {
        visible(who, id, kind);
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
        Map<Finding, String> explanations = new HashMap<>();
        SelfEvaluationReport first = read(rows.get(0).document());
        for (EvaluationRow row : rows) {
            if (onlyId == null || row.id() == onlyId) {
                ProjectSelfEvaluation project = read(row.document()).projects().get(0);
                projects.add(project);
                ProjectAssessment assessment = assessInContext(row, project, rulesOf(row));
                assessments.add(assessment);
                explained(assessment.findings(), store.explanations(row.id()), explanations);
            }
        }
        if (projects.isEmpty()) {
            throw new NotFound(onlyId);
        }
        LocalDate today = now().toLocalDate();
        List<EvaluationRow> units =
                onlyId == null ? store.list(EvaluationKind.UNIT, unitId, null, fiscalYear) : List.of();
        // the report's own texts belong to the whole report, not to the 自评表 of one evaluation
        EvaluationRow texts = onlyId == null ? reportTextsOf(unitId, fiscalYear) : null;
        ReportNarrative narrative =
                texts == null ? ReportNarrative.NONE : read(texts.document()).narrative();
        if (units.isEmpty()) {
            SelfEvaluationReport report =
                    new SelfEvaluationReport(fiscalYear, first.moneyUnit(), first.unit(), null, projects, narrative);
            return new UnitYearReport(
                    report, new ReportAssessment(rulesOf(rows.get(0)), assessments, List.of()), explanations, today);
        }
        // the 部门（单位）整体自评 part, scored as its editor shows it
        EvaluationRow unitRow = units.get(0);
        SelfEvaluationReport own = read(unitRow.document());
        ReportAssessment whole =
                assessUnit(unitId, fiscalYear, own, own.department(), rulesOf(unitRow), frameworkOf(unitRow));
        explained(whole.unitFindings(), store.explanations(unitRow.id()), explanations);
        SelfEvaluationReport report = new SelfEvaluationReport(
                fiscalYear, first.moneyUnit(), first.unit(), own.department(), projects, narrative);
        return new UnitYearReport(
                report,
                new ReportAssessment(rulesOf(rows.get(0)), assessments, whole.unitFindings(), whole.unit()),
                explanations,
                today);
    }

    /**
     * The report a review opinion (审核意见书) is written from: the unit's year, or one evaluation, for those who review
     * it (单位审核 of the unit, 财政局审核 of the region, 管理员); a 填报人 sees the findings in the editor instead.
     */
    @Transactional(readOnly = true)
    public UnitYearReport reviewedReport(Account who, long unitId, int fiscalYear, Long onlyId) {
        UnitYearReport report = unitYearReport(who, unitId, fiscalYear, onlyId);
        if (who.role() == Role.FILLER) {
            throw new NotAllowed("审核意见书只提供给审核人（单位审核、财政局审核、管理员）");
        }
        return report;
    }

    /** Each finding the unit explained, with its explanation, into {@code out}. */
    private static void explained(
            List<Finding> findings, List<FindingExplanation> explanations, Map<Finding, String> out) {
        Map<String, String> byKey = new HashMap<>();
        for (FindingExplanation explanation : explanations) {
            byKey.put(explanation.findingKey(), explanation.explanation());
        }
        for (Finding finding : findings) {
            String explanation = byKey.get(key(finding));
            if (explanation != null) {
                out.put(finding, explanation);
            }
        }
    }

    /** The evaluation as an interchange document (a report of one project). */
    @Transactional(readOnly = true)
    public String export(Account who, long id) {
        return visible(who, id).document();
    }

    private void move(
            EvaluationRow row, EvaluationStatus to, String frozen, String frozenFramework, String reason, Account who) {
        LocalDateTime at = now();
        if (!store.transition(row.id(), row.status(), to, frozen, frozenFramework, reason, at, who.username())) {
            throw new WrongState("自评表的状态已被他人改变，请刷新后再试");
        }
        store.recordChange(
                row.id(),
                new EvaluationChange(
                        at,
                        who.username(),
                        EvaluationChange.STATUS,
                        row.status().label(),
                        to.label()));
        if (reason != null) {
            store.recordChange(
                    row.id(), new EvaluationChange(at, who.username(), EvaluationChange.RETURN_REASON, null, reason));
        }
    }

    private EvaluationRow visible(Account who, long id) {
        return visible(who, id, EvaluationKind.PROJECT);
    }

    /** The row if this user may see it and it is of this kind; otherwise not found (the two are not told apart). */
    EvaluationRow visible(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = store.find(id).filter(r -> r.kind() == kind).orElseThrow(() -> new NotFound(id));
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
        return editable(who, id, EvaluationKind.PROJECT);
    }

    EvaluationRow editable(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = visible(who, id, kind);
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
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        int index = 0;
        for (StoredProject sibling : projectsOfYear(row.unitId(), row.fiscalYear())) {
            if (sibling.id() == row.id()) {
                index = projects.size();
                projects.add(project);
            } else {
                projects.add(sibling.project());
            }
        }
        SelfEvaluationReport own = read(row.document());
        SelfEvaluationReport report =
                new SelfEvaluationReport(own.fiscalYear(), own.moneyUnit(), own.unit(), null, projects);
        return checker(rules, UnitFramework.defaults()).assess(report, index);
    }

    /**
     * The 部门（单位）整体自评 scored together with the unit's project evaluations of the year, so that the checks
     * across the whole-unit figures and the project tables apply; {@code own} gives the year, money unit and unit.
     */
    ReportAssessment assessUnit(
            long unitId,
            int fiscalYear,
            SelfEvaluationReport own,
            UnitSelfEvaluation department,
            RuleSet rules,
            UnitFramework framework) {
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        for (StoredProject sibling : projectsOfYear(unitId, fiscalYear)) {
            projects.add(sibling.project());
        }
        SelfEvaluationReport report =
                new SelfEvaluationReport(fiscalYear, own.moneyUnit(), own.unit(), department, projects);
        return checker(rules, framework).assess(report);
    }

    /** A checker sharing the one value parser, so that what it read for earlier requests is remembered. */
    private SelfEvaluationChecker checker(RuleSet rules, UnitFramework framework) {
        return new SelfEvaluationChecker(rules, framework, parser);
    }

    /** A stored project evaluation, parsed. */
    private record StoredProject(long id, ProjectSelfEvaluation project) {}

    /**
     * The unit's project evaluations of a year, parsed, in the order of the list. Only their revisions are read when
     * every one is kept already, as on the editor's re-scores, where the other projects rarely change: their documents
     * are most of what a re-score would otherwise read from the database.
     */
    private List<StoredProject> projectsOfYear(long unitId, int fiscalYear) {
        List<StoredProject> projects = new ArrayList<>();
        for (Revision revision : store.revisions(EvaluationKind.PROJECT, unitId, fiscalYear)) {
            ProjectSelfEvaluation project = projectsByRevision.kept(revision);
            if (project == null) {
                return readProjectsOfYear(unitId, fiscalYear);
            }
            projects.add(new StoredProject(revision.id(), project));
        }
        return projects;
    }

    private List<StoredProject> readProjectsOfYear(long unitId, int fiscalYear) {
        List<StoredProject> projects = new ArrayList<>();
        Map<Revision, ProjectSelfEvaluation> read = new LinkedHashMap<>();
        for (EvaluationRow row : store.list(EvaluationKind.PROJECT, unitId, null, fiscalYear)) {
            ProjectSelfEvaluation project = read(row.document()).projects().get(0);
            projects.add(new StoredProject(row.id(), project));
            read.put(Revision.of(row), project);
        }
        keepOnceCommitted(read);
        return projects;
    }

    /**
     * Kept by revision only once the transaction that read them has committed: until then a revision may be this
     * transaction's own change, which a rollback would undo while its version number is given to another change.
     */
    private void keepOnceCommitted(Map<Revision, ProjectSelfEvaluation> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            read.forEach(projectsByRevision::keep);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                read.forEach(projectsByRevision::keep);
            }
        });
    }

    /** The framework a whole-unit row is scored with: the frozen one after submission, else the active one. */
    UnitFramework frameworkOf(EvaluationRow row) {
        return row.frozenFramework() == null ? frameworks.active() : frameworks.read(row.frozenFramework());
    }

    String writeFramework(UnitFramework framework) {
        return frameworks.write(framework);
    }

    String writeRules(RuleSet rules) {
        return ruleSets.write(rules);
    }

    String write(SelfEvaluationReport report) {
        return writer.write(report);
    }

    EvaluationStore store() {
        return store;
    }

    RuleSet rulesOf(EvaluationRow row) {
        if (row.frozenRuleSet() == null) {
            return ruleSetStore.active();
        }
        return frozenRuleSets.parsed(row.frozenRuleSet(), content -> {
            try {
                return ruleSets.read(content);
            } catch (InterchangeException e) {
                throw new IllegalStateException("stored rule set of evaluation " + row.id() + " is unreadable", e);
            }
        });
    }

    /** A stored document, parsed once per distinct content (the parse is a pure function of the text). */
    SelfEvaluationReport read(String document) {
        return documents.parsed(document, text -> {
            try {
                return reader.read(text);
            } catch (InterchangeException e) {
                throw new IllegalStateException("stored evaluation is unreadable: " + e.getMessage(), e);
            }
        });
    }

    private String document(SelfEvaluationReport report, ProjectSelfEvaluation project) {
        return writer.write(new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, List.of(project)));
    }

    private static Scores scores(ProjectAssessment assessment) {
        return scores(
                assessment.findings(),
                assessment.total().value(),
                assessment.grade().label());
    }

    /** While an item is unscored the whole-unit total is not graded: the list says 未完成评分. */
    static Scores scores(UnitAssessment assessment, List<Finding> findings) {
        return scores(
                findings,
                assessment.total().value(),
                assessment.complete() ? assessment.grade().label() : UnitAssessment.INCOMPLETE);
    }

    private static Scores scores(List<Finding> findings, java.math.BigDecimal total, String grade) {
        int errors = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Scores(total, grade, errors, warnings);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Field path → {old, new} for every leaf that differs between two documents. */
    private Map<String, String[]> diff(String root, String before, String after) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        try {
            flatten("", json.readTree(before).at(root), a);
            flatten("", json.readTree(after).at(root), b);
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
