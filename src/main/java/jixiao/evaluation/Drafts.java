package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.organisation.BudgetUnitRow;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.shared.MoneyUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's drafts made in the browser: a project's 自评表 (from the empty official form, from last year's table of the
 * same project, with rows picked from the 常用指标库), the 部门（单位）整体自评 of a year and the texts of its 自评报告;
 * and a draft deleted. Only the unit's own staff make and delete them; each is in its history from the start.
 */
@Service
@Transactional
public class Drafts {

    /** The years a unit evaluates: 绩效自评 began with 财预〔2020〕10号's predecessors; a typo like 20211 is refused. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Workflow workflow;
    private final BudgetUnits units;

    public Drafts(
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Workflow workflow,
            BudgetUnits units) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.workflow = workflow;
        this.units = units;
    }

    /**
     * A new project evaluation of the user's unit: from last year's table of the same project ({@code carriedFrom}, an
     * earlier year's evaluation of the unit) or from the empty form of the rule set in force, with the rows {@code
     * picked} from the 常用指标库 placed in their groups. The name must be new among the unit's projects of the year;
     * carried over without a name, the project keeps the one it had.
     */
    public long createProject(Account who, int fiscalYear, String name, Long carriedFrom, List<Indicator> picked) {
        requireUnitStaff(who);
        requireYear(fiscalYear);
        EvaluationRow from = carriedFrom == null ? null : access.visible(who, carriedFrom, EvaluationKind.PROJECT);
        // carried over, the project keeps its name unless the clerk gives it another
        String named = (name == null || name.isBlank()) && from != null ? from.name() : name;
        String trimmed = requireNewName(who.unitId(), fiscalYear, named, null);
        RuleSet rules = scoring.rulesFor(who.unitId(), fiscalYear);
        MoneyUnit moneyUnit = MoneyUnit.TEN_THOUSAND_YUAN;
        ProjectSelfEvaluation project;
        if (from == null) {
            project = ProjectSkeleton.empty(trimmed, rules);
        } else {
            if (from.fiscalYear() >= fiscalYear) {
                throw new Invalid(
                        "carriedFrom",
                        String.valueOf(from.fiscalYear()),
                        "carriedFrom：只能沿用往年的自评表，所选的是 " + from.fiscalYear() + " 年度的");
            }
            SelfEvaluationReport old = scoring.read(from.document());
            moneyUnit = old.moneyUnit();
            project = ProjectSkeleton.carriedOver(trimmed, old.projects().get(0), rules);
        }
        project = ProjectSkeleton.withPicked(project, picked);
        SelfEvaluationReport report =
                new SelfEvaluationReport(fiscalYear, moneyUnit, unitOf(who), null, List.of(project));
        ReportAssessment scored = scoring.report(who.unitId(), report);
        LocalDateTime at = workflow.now();
        long id = store.insert(
                EvaluationKind.PROJECT,
                who.unitId(),
                fiscalYear,
                trimmed,
                scoring.write(report),
                Scores.of(scored.projects().get(0), report),
                at,
                who.username());
        workflow.created(store.find(id).orElseThrow(), who.username(), at);
        return id;
    }

    /**
     * The unit's 部门（单位）整体自评 of a year, empty: the framework in force gives its items; a second of the year is
     * refused.
     */
    public long createUnitEvaluation(Account who, int fiscalYear) {
        requireUnitStaff(who);
        requireYear(fiscalYear);
        UnitSelfEvaluation empty = new UnitSelfEvaluation(
                new UnitSelfEvaluation.Profile(Map.of(), List.of(), List.of()), null, null, List.of(), List.of());
        SelfEvaluationReport own =
                new SelfEvaluationReport(fiscalYear, MoneyUnit.TEN_THOUSAND_YUAN, unitOf(who), empty, List.of());
        ReportAssessment scored = scoring.unit(
                who.unitId(),
                fiscalYear,
                own,
                empty,
                scoring.rulesFor(who.unitId(), fiscalYear),
                scoring.activeFramework());
        return insertOnePerYear(
                who,
                EvaluationKind.UNIT,
                fiscalYear,
                Imports.UNIT_EVALUATION_NAME,
                scoring.write(own),
                Scores.of(scored.department(), scored.unitFindings()));
    }

    /** The texts of the unit's 自评报告 of a year, empty; a second of the year is refused. */
    public long createReportTexts(Account who, int fiscalYear) {
        requireUnitStaff(who);
        requireYear(fiscalYear);
        SelfEvaluationReport own = new SelfEvaluationReport(
                fiscalYear, MoneyUnit.TEN_THOUSAND_YUAN, unitOf(who), null, List.of(), ReportNarrative.NONE);
        return insertOnePerYear(
                who,
                EvaluationKind.REPORT,
                fiscalYear,
                Imports.REPORT_TEXTS_NAME,
                scoring.write(own),
                Imports.NOT_SCORED);
    }

    /** Deletes a draft of any kind that was never submitted; the audit trail keeps that it was. */
    public EvaluationRow delete(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = access.editable(who, id, kind);
        if (row.status() != EvaluationStatus.DRAFT) {
            throw new WrongState("只能删除从未提交过的草稿；这张自评表" + row.status().label());
        }
        // the event first: what other features keep of the draft (the overview's text fingerprints) goes before it
        workflow.deleted(row, who.username(), workflow.now());
        store.delete(id);
        return row;
    }

    /** The unit's project evaluations of years before {@code fiscalYear}, newest first: what a new one may carry over. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> earlierProjects(Account who, int fiscalYear) {
        if (!who.role().belongsToUnit()) {
            return List.of();
        }
        return store.summaries(EvaluationKind.PROJECT, Scope.unit(who.unitId()), null).stream()
                .filter(row -> row.fiscalYear() < fiscalYear)
                .sorted(Comparator.comparing(EvaluationSummary::fiscalYear)
                        .reversed()
                        .thenComparing(EvaluationSummary::name))
                .toList();
    }

    /** The unit's evaluation of a kind that is one per year (the whole unit, the report's texts), if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<EvaluationSummary> ofYear(Account who, EvaluationKind kind, int fiscalYear) {
        if (!who.role().belongsToUnit() || !kind.isOnePerYear()) {
            return java.util.Optional.empty();
        }
        return store.summaries(kind, Scope.unit(who.unitId()), fiscalYear).stream()
                .findFirst();
    }

    /**
     * The name, trimmed, if the unit has no other project of that name in the year ({@code exceptId}: the one being
     * renamed); an import replaces a project by its name, so two of one name would make it ambiguous.
     */
    String requireNewName(long unitId, int fiscalYear, String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new Invalid("name", "项目名称不能为空");
        }
        String trimmed = name.trim();
        Imports.requireStorableName("name", trimmed);
        for (EvaluationSummary other : store.summaries(EvaluationKind.PROJECT, Scope.unit(unitId), fiscalYear)) {
            if (other.name().equals(trimmed) && (exceptId == null || other.id() != exceptId)) {
                throw new Invalid("name", trimmed, "name：本单位 " + fiscalYear + " 年度已有名为“" + trimmed + "”的项目自评表，请换一个名称");
            }
        }
        return trimmed;
    }

    private long insertOnePerYear(
            Account who, EvaluationKind kind, int fiscalYear, String name, String document, Scores scores) {
        Invalid exists = new Invalid(
                "existing",
                String.valueOf(fiscalYear),
                "fiscalYear：本单位 " + fiscalYear + " 年度的" + name + "已经存在，请在已有的上面修改");
        if (!store.summaries(kind, Scope.unit(who.unitId()), fiscalYear).isEmpty()) {
            throw exists;
        }
        LocalDateTime at = workflow.now();
        long id;
        try {
            id = store.insert(kind, who.unitId(), fiscalYear, name, document, scores, at, who.username());
        } catch (DataIntegrityViolationException e) {
            // another session made it meanwhile: the unique constraint per unit, year and kind
            throw exists;
        }
        workflow.created(store.find(id).orElseThrow(), who.username(), at);
        return id;
    }

    private BudgetUnit unitOf(Account who) {
        BudgetUnitRow unit = units.unit(who.unitId()).orElseThrow();
        return new BudgetUnit(unit.name(), unit.code(), unit.nature());
    }

    private static void requireUnitStaff(Account who) {
        if (!who.role().belongsToUnit()) {
            throw new NotAllowed("只有预算单位的填报人和审核人可以新建本单位的自评表");
        }
    }

    private static void requireYear(int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw new Invalid(
                    "fiscalYear",
                    String.valueOf(fiscalYear),
                    "fiscalYear：年度应在 " + FIRST_YEAR + "～" + LAST_YEAR + " 之间，实际为 " + fiscalYear);
        }
    }
}
