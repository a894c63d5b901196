package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.List;
import jixiao.account.Account;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 部门（单位）整体自评 of a unit and year: read, change, re-score, explain, submit and review. It is stored and
 * reviewed like a project evaluation (the workflow, history, explanations, versions and access rules are those of
 * {@link Evaluations}); it is scored by the active framework, or the one frozen at submission, together with the
 * unit's project evaluations of the year.
 */
@Service
@Transactional
public class UnitEvaluations {

    private static final EvaluationKind UNIT = EvaluationKind.UNIT;

    private final Evaluations evaluations;

    public UnitEvaluations(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The whole-unit evaluations the user may see, optionally of one fiscal year. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> list(Account who, Integer fiscalYear) {
        var store = evaluations.store();
        return switch (who.role()) {
            case FILLER, UNIT_REVIEWER -> store.summaries(UNIT, who.unitId(), null, fiscalYear);
            case BUREAU_REVIEWER -> store.summaries(UNIT, null, who.regionId(), fiscalYear);
            case ADMINISTRATOR -> store.summaries(UNIT, null, null, fiscalYear);
        };
    }

    @Transactional(readOnly = true)
    public UnitEvaluationView view(Account who, long id) {
        EvaluationRow row = evaluations.visible(who, id, UNIT);
        SelfEvaluationReport report = evaluations.read(row.document());
        return new UnitEvaluationView(
                row,
                report,
                assess(row, report.department()),
                evaluations.rulesOf(row),
                evaluations.store().explanations(id));
    }

    /** Scores edited whole-unit data as it would be saved, without saving it (the editor's live re-score). */
    @Transactional(readOnly = true)
    public ReportAssessment rescore(Account who, long id, UnitSelfEvaluation edited) {
        return assess(evaluations.visible(who, id, UNIT), edited);
    }

    /** Saves edited whole-unit data if nobody saved since {@code version}; every changed field goes to the history. */
    public UnitEvaluationView update(Account who, long id, int version, UnitSelfEvaluation edited) {
        EvaluationRow row = evaluations.editable(who, id, UNIT);
        if (row.version() != version) {
            throw new VersionConflict(row.updatedBy());
        }
        SelfEvaluationReport old = evaluations.read(row.document());
        SelfEvaluationReport report =
                new SelfEvaluationReport(old.fiscalYear(), old.moneyUnit(), old.unit(), edited, List.of());
        String document = evaluations.write(report);
        ReportAssessment scored = assess(row, edited);
        LocalDateTime at = evaluations.now();
        boolean saved = evaluations
                .store()
                .update(
                        id,
                        version,
                        row.name(),
                        document,
                        Evaluations.scores(scored.unit(), scored.unitFindings()),
                        at,
                        who.username());
        if (!saved) {
            throw new VersionConflict("其他用户");
        }
        evaluations.recordChanges(id, at, who, "/department", row.document(), document);
        return view(who, id);
    }

    public void explain(Account who, long id, String findingKey, String explanation) {
        evaluations.explain(who, id, UNIT, findingKey, explanation);
    }

    /** Refused while error findings remain unexplained; the rule set and the framework are frozen with it. */
    public UnitEvaluationView submit(Account who, long id) {
        EvaluationRow row = evaluations.editable(who, id, UNIT);
        UnitEvaluationView view = view(who, id);
        evaluations.submit(
                who,
                row,
                view.unexplainedErrors(),
                evaluations.writeRules(view.ruleSet()),
                evaluations.writeFramework(view.framework()));
        return view(who, id);
    }

    public UnitEvaluationView approveForUnit(Account who, long id) {
        evaluations.approveForUnit(who, id, UNIT);
        return view(who, id);
    }

    public UnitEvaluationView approve(Account who, long id) {
        evaluations.approve(who, id, UNIT);
        return view(who, id);
    }

    public UnitEvaluationView giveBack(Account who, long id, String reason) {
        evaluations.giveBack(who, id, UNIT, reason);
        return view(who, id);
    }

    @Transactional(readOnly = true)
    public List<EvaluationChange> history(Account who, long id) {
        return evaluations.history(who, id, UNIT);
    }

    /** The whole-unit evaluation as a self-evaluation/1 document (the department, no projects). */
    @Transactional(readOnly = true)
    public String export(Account who, long id) {
        return evaluations.visible(who, id, UNIT).document();
    }

    private ReportAssessment assess(EvaluationRow row, UnitSelfEvaluation department) {
        SelfEvaluationReport own = evaluations.read(row.document());
        RuleSet rules = evaluations.rulesOf(row);
        UnitFramework framework = evaluations.frameworkOf(row);
        return evaluations.assessUnit(row.unitId(), row.fiscalYear(), own, department, rules, framework);
    }
}
