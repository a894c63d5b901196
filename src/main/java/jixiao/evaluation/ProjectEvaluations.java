package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.report.ReportDocument;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project self-evaluations (项目支出绩效自评表): list, read, re-score and change; their workflow is the {@link
 * Workflow} of every kind, their access rules those of {@link EvaluationAccess}.
 */
@Service
@Transactional
public class ProjectEvaluations {

    private static final EvaluationKind PROJECT = EvaluationKind.PROJECT;

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Workflow workflow;
    private final Drafts drafts;
    private final ApplicationEventPublisher events;

    public ProjectEvaluations(
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Workflow workflow,
            Drafts drafts,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.workflow = workflow;
        this.drafts = drafts;
        this.events = events;
    }

    /** The project evaluations the user may see, optionally of one fiscal year. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(Account who, Integer fiscalYear) {
        // a finance bureau sees what its units sent to it, as in its lists (issue 14)
        return store.summaries(PROJECT, access.scope(who), fiscalYear, who.role() == Role.BUREAU_REVIEWER);
    }

    @Transactional(readOnly = true)
    public EvaluationView view(Account who, long id) {
        EvaluationRow row = access.visible(who, id, PROJECT);
        RuleSet rules = scoring.rulesOf(row);
        SelfEvaluationReport report = scoring.read(row.document());
        return new EvaluationView(
                row, report, scoring.project(row, report.projects().get(0), rules), rules, store.explanations(id));
    }

    /** Scores an edited project as it would be saved, without saving it (the editor's live re-score). */
    @Transactional(readOnly = true)
    public ProjectAssessment rescore(Account who, long id, ProjectSelfEvaluation edited) {
        EvaluationRow row = access.visible(who, id, PROJECT);
        return scoring.project(row, edited, scoring.rulesOf(row));
    }

    /**
     * A live re-score: the stored evaluation it starts from, the edited project's assessment and the explanations
     * the unit gave (the editor marks the findings they explain).
     */
    public record Rescore(
            EvaluationRow row,
            SelfEvaluationReport stored,
            RuleSet ruleSet,
            ProjectAssessment assessment,
            List<FindingExplanation> explanations) {}

    /**
     * The editor's live re-score in one read: the stored evaluation (if this user may see it) is handed to {@code
     * edit}, which gives the project as typed, and only that is scored. Unlike {@link #view} followed by {@link
     * #rescore(Account, long, ProjectSelfEvaluation)} the stored version is not scored too, which the re-score never
     * shows.
     */
    @Transactional(readOnly = true)
    public Rescore rescore(Account who, long id, Function<SelfEvaluationReport, ProjectSelfEvaluation> edit) {
        EvaluationRow row = access.visible(who, id, PROJECT);
        RuleSet rules = scoring.rulesOf(row);
        SelfEvaluationReport stored = scoring.read(row.document());
        return new Rescore(row, stored, rules, scoring.project(row, edit.apply(stored), rules), store.explanations(id));
    }

    /** Saves an edited project if nobody saved since {@code version}; every changed field goes to the history. */
    public EvaluationView update(Account who, long id, int version, ProjectSelfEvaluation edited) {
        return update(who, id, version, edited, List.of());
    }

    /**
     * As {@link #update(Account, long, int, ProjectSelfEvaluation)}, where the clerk chose the computed scores
     * (采用计算得分) for the rows named in {@code adopted} (or the whole table): the history keeps that choice beside
     * the changed scores.
     */
    public EvaluationView update(
            Account who, long id, int version, ProjectSelfEvaluation edited, List<String> adopted) {
        EvaluationRow row = access.editable(who, id, PROJECT);
        if (row.version() != version) {
            throw new VersionConflict(row.updatedBy());
        }
        if (edited.name() == null || edited.name().isBlank()) {
            throw new Invalid("name", "项目名称不能为空");
        }
        Imports.requireStorableName("name", edited.name());
        if (!edited.name().equals(row.name())) {
            // a rename: an import replaces a project by its name, which must stay one of a kind in the year
            drafts.requireNewName(row.unitId(), row.fiscalYear(), edited.name(), id);
        }
        SelfEvaluationReport changed = scoring.read(row.document()).withProjects(List.of(edited));
        String document = scoring.write(changed);
        ProjectAssessment assessment = scoring.project(row, edited, scoring.rulesOf(row));
        LocalDateTime at = workflow.now();
        if (!store.update(id, version, edited.name(), document, Scores.of(assessment, changed), at, who.username())) {
            throw new VersionConflict("其他用户");
        }
        workflow.saved(row, at, who.username(), "/projects/0", document);
        if (!adopted.isEmpty()) {
            store.recordChange(
                    id,
                    new EvaluationChange(
                            at, who.username(), EvaluationChange.ADOPTED, null, String.join("、", adopted)));
        }
        return view(who, id);
    }

    /**
     * True for a project evaluation created in the browser: its claimed scores follow the computed ones until the
     * clerk types another (an imported one keeps the scores the unit printed, which the checks compare).
     */
    @Transactional(readOnly = true)
    public boolean claimsFollowComputed(Account who, long id) {
        access.visible(who, id, PROJECT);
        return store.hasChange(id, EvaluationChange.CREATED);
    }

    /**
     * The 自评分析 the unit's report would write for the project as edited (the head of figures and the indicators
     * that lost points), numbered by the project's place in the report: the editor's 由数据生成 draft.
     */
    @Transactional(readOnly = true)
    public String analysisDraft(Account who, long id, ProjectAssessment assessment) {
        EvaluationRow row = access.visible(who, id, PROJECT);
        int ordinal = 1;
        for (EvaluationStore.Revision revision : store.revisions(PROJECT, row.unitId(), row.fiscalYear())) {
            if (revision.id() == id) {
                break;
            }
            ordinal++;
        }
        return ReportDocument.analysisDraft(
                ordinal,
                assessment,
                row.fiscalYear(),
                scoring.read(row.document()).moneyUnit(),
                scoring.rulesOf(row));
    }

    /**
     * The evaluation as an interchange document (a report of one project), for a page or the API alike: the download
     * is published ({@link DocumentDownload}), so that the audit trail keeps the finance bureau's.
     */
    @Transactional(readOnly = true)
    public String export(Account who, long id) {
        EvaluationRow row = access.visible(who, id, PROJECT);
        events.publishEvent(new DocumentDownload(
                who.username(), who.role(), row.unitId(), row.fiscalYear(), id, "自评表 " + row.name(), "json"));
        return row.document();
    }
}
