package jixiao.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jixiao.evaluation.EvaluationStore.Scores;
import jixiao.rules.DraftRescoring;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts a region's new rule set reaches (not submitted: no frozen rule set), scored as they stand and with the
 * new set, for the bureau to look at before the set takes effect; once in force, their stored scores follow (the
 * lists and dashboards read those). Submitted evaluations keep the set they were submitted with and are left alone.
 */
@Component
@Transactional
class DraftRescores implements DraftRescoring {

    private final EvaluationStore store;
    private final EvaluationScoring scoring;

    DraftRescores(EvaluationStore store, EvaluationScoring scoring) {
        this.store = store;
        this.scoring = scoring;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rescore> preview(Collection<Long> regionIds, Years years, RulesOfRegion rulesOf) {
        List<Rescore> rescores = new ArrayList<>();
        for (EvaluationRow row : drafts(regionIds, years)) {
            Scores before = scores(row, scoring.rulesOf(row));
            Scores after = scores(row, rulesOf.rules(row.regionId(), row.fiscalYear()));
            rescores.add(new Rescore(
                    row.id(),
                    row.kind().name(),
                    row.unitName(),
                    row.name(),
                    before.total(),
                    before.grade(),
                    after.total(),
                    after.grade()));
        }
        return rescores;
    }

    @Override
    public int rescore(Collection<Long> regionIds, Years years) {
        int stored = 0;
        for (EvaluationRow row : drafts(regionIds, years)) {
            if (store.rescored(row.id(), row.version(), scores(row, scoring.rulesOf(row)))) {
                stored++;
            }
        }
        return stored;
    }

    /** The scored kinds' evaluations of the years in the regions whose rule set is not frozen. */
    private List<EvaluationRow> drafts(Collection<Long> regionIds, Years years) {
        Scope scope = Scope.regions(List.copyOf(regionIds));
        List<EvaluationRow> drafts = new ArrayList<>();
        for (EvaluationKind kind : List.of(EvaluationKind.PROJECT, EvaluationKind.UNIT)) {
            store.list(kind, scope, years.from() == years.to() ? years.from() : null).stream()
                    .filter(row -> row.frozenRuleSet() == null && years.contains(row.fiscalYear()))
                    .forEach(drafts::add);
        }
        return drafts;
    }

    private Scores scores(EvaluationRow row, RuleSet rules) {
        SelfEvaluationReport stored = scoring.read(row.document());
        if (row.kind() == EvaluationKind.PROJECT) {
            return Scores.of(scoring.project(row, stored.projects().get(0), rules), stored);
        }
        ReportAssessment whole = scoring.unit(
                row.unitId(), row.fiscalYear(), stored, stored.department(), rules, scoring.frameworkOf(row));
        return Scores.of(whole.department(), whole.unitFindings());
    }
}
