package jixiao.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.evaluation.EvaluationStore.Revision;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.interchange.RuleSetFile;
import jixiao.organisation.BudgetUnits;
import jixiao.rules.RegionRuleSets;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.value.ValueParser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How a stored evaluation is scored, for every kind: with the rule set (and framework) frozen at submission or the
 * ones in force, a project among the unit's other projects of the year (so that checks across projects apply), the
 * whole unit together with those projects. Parsed documents, rule sets and projects are kept by content or revision.
 */
@Component
public class EvaluationScoring {

    /** Parsed documents kept: a unit's projects of a year are scored together on every re-score (a few KB each). */
    private static final int DOCUMENTS_KEPT = 2000;

    private static final int RULE_SETS_KEPT = 50;

    private final EvaluationStore store;
    private final RegionRuleSets ruleSetStore;
    private final BudgetUnits units;
    private final UnitFrameworks frameworks;
    /** Documents this system stored, read without the input limits (one stored before a limit stays readable). */
    private final InterchangeReader reader = InterchangeReader.ofStoredDocuments();

    /** What is stored from now on keeps the input limits, whichever way it came (editor, API, import). */
    private final InterchangeReader limits = new InterchangeReader();

    private final InterchangeWriter writer = new InterchangeWriter();
    private final RuleSetFile ruleSets = new RuleSetFile();
    /** Shared by every request's checker: thread-safe, and it remembers the texts it read. */
    private final ValueParser parser = new ValueParser();

    private final ParsedDocuments<String, SelfEvaluationReport> documents = new ParsedDocuments<>(DOCUMENTS_KEPT);
    private final ParsedDocuments<String, RuleSet> frozenRuleSets = new ParsedDocuments<>(RULE_SETS_KEPT);
    /** The unit's projects of a year by revision: a re-score then reads only their revisions (see projectsOfYear). */
    private final ParsedDocuments<Revision, ProjectSelfEvaluation> projectsByRevision =
            new ParsedDocuments<>(DOCUMENTS_KEPT);

    public EvaluationScoring(
            EvaluationStore store, RegionRuleSets ruleSetStore, BudgetUnits units, UnitFrameworks frameworks) {
        this.store = store;
        this.ruleSetStore = ruleSetStore;
        this.units = units;
        this.frameworks = frameworks;
    }

    /** What a stored evaluation of any kind was scored with and found: what its submission checks and freezes. */
    public record Assessed(List<Finding> findings, RuleSet ruleSet, UnitFramework framework) {}

    /** The stored evaluation as it stands, of any kind; the report's texts are not scored (no findings). */
    public Assessed assessed(EvaluationRow row) {
        RuleSet rules = rulesOf(row);
        SelfEvaluationReport stored = read(row.document());
        return switch (row.kind()) {
            case PROJECT ->
                new Assessed(project(row, stored.projects().get(0), rules).findings(), rules, null);
            case UNIT -> {
                UnitFramework framework = frameworkOf(row);
                yield new Assessed(
                        unit(row.unitId(), row.fiscalYear(), stored, stored.department(), rules, framework)
                                .unitFindings(),
                        rules,
                        framework);
            }
            case REPORT -> new Assessed(List.of(), rules, null);
        };
    }

    /** Scored among the unit's other projects of the year, so that checks across projects apply. */
    public ProjectAssessment project(EvaluationRow row, ProjectSelfEvaluation project, RuleSet rules) {
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
    public ReportAssessment unit(
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

    /**
     * A unit's stored evaluations of a year scored together with a rule set of the caller's choosing, as a re-check
     * across a region asks what the same documents would score: the projects in the order of the list ({@code ORDER
     * BY id}, as every re-score takes them) and the 部门（单位）整体自评, or null where the unit has none. Reads nothing
     * from the database: the caller gives the rows and the framework ({@link #frameworkOf}). The documents are parsed
     * without being kept: a re-check reads each once, and keeping them would push the editors' documents out and fill
     * the heap (2,000 parsed documents are about 100 MB).
     */
    public ReportAssessment together(
            List<EvaluationRow> projects, EvaluationRow unitRow, RuleSet rules, UnitFramework framework) {
        List<ProjectSelfEvaluation> parsed = new ArrayList<>(projects.size());
        SelfEvaluationReport own = null;
        for (EvaluationRow row : projects) {
            SelfEvaluationReport stored = parse(row.document());
            own = own == null ? stored : own;
            parsed.add(stored.projects().get(0));
        }
        SelfEvaluationReport unit = unitRow == null ? null : parse(unitRow.document());
        own = unit != null ? unit : own;
        if (own == null) {
            return new ReportAssessment(rules, List.of(), List.of());
        }
        SelfEvaluationReport report = new SelfEvaluationReport(
                own.fiscalYear(), own.moneyUnit(), own.unit(), unit == null ? null : unit.department(), parsed);
        return checker(rules, framework == null ? UnitFramework.defaults() : framework)
                .assess(report);
    }

    /** A report of a unit's new evaluations scored as a whole, with the configuration in force (an import). */
    ReportAssessment report(long unitId, SelfEvaluationReport report) {
        return checker(rulesFor(unitId, report.fiscalYear()), UnitFramework.defaults())
                .assess(report);
    }

    /** The rule set in force for a unit's new evaluations of a year: its region's (issue 15). */
    RuleSet rulesFor(long unitId, int fiscalYear) {
        long regionId = units.unit(unitId)
                .orElseThrow(() -> new EvaluationException.NotFound("单位 " + unitId))
                .regionId();
        return ruleSetStore.inForce(regionId, fiscalYear);
    }

    /** The framework in force for new whole-unit evaluations. */
    UnitFramework activeFramework() {
        return frameworks.active();
    }

    /**
     * The rule set a row is scored with: the frozen one after submission, else the one in force for its unit's region
     * and its fiscal year.
     */
    public RuleSet rulesOf(EvaluationRow row) {
        if (row.frozenRuleSet() == null) {
            return ruleSetStore.inForce(row.regionId(), row.fiscalYear());
        }
        return frozenRuleSets.parsed(row.frozenRuleSet(), content -> {
            try {
                return ruleSets.read(content);
            } catch (InterchangeException e) {
                throw new IllegalStateException("stored rule set of evaluation " + row.id() + " is unreadable", e);
            }
        });
    }

    /** The framework a whole-unit row is scored with: the frozen one after submission, else the one in force. */
    public UnitFramework frameworkOf(EvaluationRow row) {
        return row.frozenFramework() == null ? frameworks.active() : frameworks.read(row.frozenFramework());
    }

    /** A stored document, parsed once per distinct content (the parse is a pure function of the text). */
    public SelfEvaluationReport read(String document) {
        return documents.parsed(document, this::parse);
    }

    private SelfEvaluationReport parse(String document) {
        try {
            return reader.read(document);
        } catch (InterchangeException e) {
            throw new IllegalStateException("stored evaluation is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The report as stored; refused ({@link EvaluationException.Invalid}, naming the path) where it is beyond the input
     * limits: the editors' forms are checked here, after they became a report, like every document.
     */
    String write(SelfEvaluationReport report) {
        String document = writer.write(report);
        try {
            limits.read(document);
        } catch (InterchangeException e) {
            throw new EvaluationException.Invalid(e.path(), e.getMessage());
        }
        return document;
    }

    String writeRules(RuleSet rules) {
        return ruleSets.write(rules);
    }

    String writeFramework(UnitFramework framework) {
        return frameworks.write(framework);
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
        for (EvaluationRow row : store.list(EvaluationKind.PROJECT, Scope.unit(unitId), fiscalYear)) {
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
}
