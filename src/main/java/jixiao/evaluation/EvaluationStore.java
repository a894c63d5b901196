package jixiao.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** project_evaluation, evaluation_change and finding_explanation, with explicit SQL and row mapping. */
@Repository
public class EvaluationStore {

    private static final String SELECT = "SELECT e.*, u.name AS unit_name, u.region_id FROM project_evaluation e"
            + " JOIN budget_unit u ON u.id = e.unit_id";

    private final JdbcClient jdbc;
    private final UnitRevisions unitRevisions;

    public EvaluationStore(JdbcClient jdbc, UnitRevisions unitRevisions) {
        this.jdbc = jdbc;
        this.unitRevisions = unitRevisions;
    }

    /**
     * The scores of an assessment, stored beside the document for lists, and its findings (evaluation_finding), which
     * a dashboard counts by category and whose unexplained errors a list shows.
     */
    public record Scores(
            BigDecimal total, String grade, int errors, int warnings, ListFigures figures, List<Finding> findings) {

        public Scores {
            findings = List.copyOf(findings);
        }

        /** Scores without findings: the report's texts, which are not assessed. */
        public Scores(BigDecimal total, String grade, int errors, int warnings, ListFigures figures) {
            this(total, grade, errors, warnings, figures, List.of());
        }

        /** A project as assessed, with the figures of its stored document. */
        static Scores of(ProjectAssessment assessment, SelfEvaluationReport stored) {
            return of(
                    assessment.findings(),
                    assessment.total().value(),
                    assessment.grade().label(),
                    ListFigures.of(stored));
        }

        /** While an item is unscored the whole-unit total is not graded: the list says 未完成评分. */
        static Scores of(UnitAssessment assessment, List<Finding> findings) {
            return of(
                    findings,
                    assessment.total().value(),
                    assessment.complete() ? assessment.grade().label() : UnitAssessment.INCOMPLETE,
                    ListFigures.NONE);
        }

        private static Scores of(List<Finding> findings, BigDecimal total, String grade, ListFigures figures) {
            int errors = 0;
            int warnings = 0;
            for (Finding finding : findings) {
                if (finding.severity() == Severity.ERROR) {
                    errors++;
                } else if (finding.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
            return new Scores(total, grade, errors, warnings, figures, findings);
        }
    }

    /**
     * A new draft; a second evaluation of a kind that is one per unit and year breaks the unique constraint on
     * (unit_id, unit_year, kind).
     */
    public long insert(
            EvaluationKind kind,
            long unitId,
            int fiscalYear,
            String name,
            String document,
            Scores scores,
            LocalDateTime at,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project_evaluation (kind, unit_year, unit_id, fiscal_year, name, status, document,"
                        + " version, total, grade, errors, warnings, unresolved, claimed_total, budget, executed,"
                        + " execution_rate, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        kind.name(),
                        kind.isOnePerYear() ? fiscalYear : null,
                        unitId,
                        fiscalYear,
                        name,
                        EvaluationStatus.DRAFT.name(),
                        document,
                        scores.total(),
                        scores.grade(),
                        scores.errors(),
                        scores.warnings(),
                        scores.errors(), // a new evaluation has no explanations yet
                        scores.figures().claimedTotal(),
                        scores.figures().budget(),
                        scores.figures().executed(),
                        scores.figures().executionRate(),
                        Timestamp.valueOf(at),
                        by)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertFindings(id, scores.findings());
        unitRevisions.unitChanged(unitId);
        return id;
    }

    public Optional<EvaluationRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = ?")
                .param(id)
                .query(EvaluationStore::row)
                .optional();
    }

    /** The project evaluations of a scope, optionally of one year. */
    public List<EvaluationRow> list(Scope scope, Integer fiscalYear) {
        return list(EvaluationKind.PROJECT, scope, fiscalYear);
    }

    /**
     * Which revision of each of a unit's evaluations of a kind and year is stored, in the order of {@link
     * #list(EvaluationKind, Scope, Integer)}, without their documents: a caller that keeps parsed documents by
     * revision reads the documents only when one changed. Every change of a document raises its version.
     */
    public List<Revision> revisions(EvaluationKind kind, long unitId, int fiscalYear) {
        return jdbc.sql("SELECT id, version, updated_at FROM project_evaluation"
                        + " WHERE kind = ? AND unit_id = ? AND fiscal_year = ? ORDER BY id")
                .params(kind.name(), unitId, fiscalYear)
                .query((rs, n) -> new Revision(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        rs.getTimestamp("updated_at").toLocalDateTime()))
                .list();
    }

    /** One stored revision of an evaluation: its document changes only with the version. */
    public record Revision(long id, int version, LocalDateTime updatedAt) {
        public static Revision of(EvaluationRow row) {
            return new Revision(row.id(), row.version(), row.updatedAt());
        }
    }

    /** The evaluations of a kind in a scope, optionally of one year, without their documents' being parsed. */
    public List<EvaluationRow> list(EvaluationKind kind, Scope scope, Integer fiscalYear) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql(SELECT + where(kind, scope, fiscalYear, false, params))
                .params(params)
                .query(EvaluationStore::row)
                .list();
    }

    /**
     * As {@link #list(EvaluationKind, Scope, Integer)}, without the documents and frozen rule sets, for lists: a
     * finance bureau's list holds every evaluation of its region.
     */
    public List<EvaluationSummary> summaries(EvaluationKind kind, Scope scope, Integer fiscalYear) {
        return summaries(kind, scope, fiscalYear, false);
    }

    /** The same, only what was sent to the finance bureau where {@code sentToBureauOnly}. */
    public List<EvaluationSummary> summaries(
            EvaluationKind kind, Scope scope, Integer fiscalYear, boolean sentToBureauOnly) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT e.id, e.kind, e.unit_id, u.name AS unit_name, u.region_id, e.fiscal_year, e.name,"
                        + " e.status, e.version, e.total, e.grade, e.errors, e.warnings, e.updated_at, e.updated_by,"
                        + " e.claimed_total, e.budget, e.executed, e.execution_rate, e.recheck_total"
                        + " FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id"
                        + where(kind, scope, fiscalYear, sentToBureauOnly, params))
                .params(params)
                .query(EvaluationStore::summary)
                .list();
    }

    /**
     * The WHERE and ORDER BY of the lists; the parameters are added to {@code params}. A condition is written only
     * for a filter that is given: PostgreSQL cannot tell the type of a null parameter in {@code ? IS NULL}.
     */
    private static String where(
            EvaluationKind kind, Scope scope, Integer fiscalYear, boolean sentToBureauOnly, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE e.kind = ?");
        params.add(kind.name());
        sql.append(scope.condition("e.unit_id", "u.region_id", params));
        if (sentToBureauOnly) {
            sql.append(" AND ").append(EvaluationStatus.sentToBureau("e"));
        }
        if (fiscalYear != null) {
            sql.append(" AND e.fiscal_year = ?");
            params.add(fiscalYear);
        }
        return sql.append(" ORDER BY e.fiscal_year DESC, u.name, e.id").toString();
    }

    /** Saves a new document if nobody saved since {@code version}; false when someone did. */
    public boolean update(
            long id, int version, String name, String document, Scores scores, LocalDateTime at, String by) {
        boolean saved = jdbc.sql(
                                "UPDATE project_evaluation SET name = ?, document = ?, version = version + 1, total = ?,"
                                        + " grade = ?, errors = ?, warnings = ?, claimed_total = ?, budget = ?, executed = ?,"
                                        + " execution_rate = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                        .params(
                                name,
                                document,
                                scores.total(),
                                scores.grade(),
                                scores.errors(),
                                scores.warnings(),
                                scores.figures().claimedTotal(),
                                scores.figures().budget(),
                                scores.figures().executed(),
                                scores.figures().executionRate(),
                                Timestamp.valueOf(at),
                                by,
                                id,
                                version)
                        .update()
                == 1;
        if (saved) {
            replaceFindings(id, scores.findings());
        }
        return saved;
    }

    /**
     * The scores of the stored document as another rule set gives them (its region's set changed): the document and
     * its version stay; false when the document was saved since {@code version}.
     */
    public boolean rescored(long id, int version, Scores scores) {
        boolean stored = jdbc.sql("UPDATE project_evaluation SET total = ?, grade = ?, errors = ?, warnings = ?"
                                + " WHERE id = ? AND version = ?")
                        .params(scores.total(), scores.grade(), scores.errors(), scores.warnings(), id, version)
                        .update()
                == 1;
        if (stored) {
            replaceFindings(id, scores.findings());
        }
        return stored;
    }

    private void replaceFindings(long id, List<Finding> findings) {
        jdbc.sql("DELETE FROM evaluation_finding WHERE evaluation_id = ?")
                .param(id)
                .update();
        insertFindings(id, findings);
        countUnresolved(id);
    }

    /** Findings per INSERT: PostgreSQL takes at most 32,767 parameters a statement. */
    private static final int FINDINGS_PER_STATEMENT = 1000;

    /** The findings of an evaluation's last assessment, a thousand rows a statement. */
    private void insertFindings(long id, List<Finding> findings) {
        for (int from = 0; from < findings.size(); from += FINDINGS_PER_STATEMENT) {
            List<Finding> part = findings.subList(from, Math.min(findings.size(), from + FINDINGS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO evaluation_finding (evaluation_id, code, severity, finding_key) VALUES ");
            List<Object> params = new ArrayList<>(part.size() * 4);
            for (int i = 0; i < part.size(); i++) {
                Finding finding = part.get(i);
                sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
                params.add(id);
                params.add(finding.code().name());
                params.add(finding.severity().name());
                params.add(FindingExplanation.keyOf(finding));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** The errors of the last assessment that the unit has not explained, counted again after a save or explanation. */
    private void countUnresolved(long id) {
        jdbc.sql("UPDATE project_evaluation SET unresolved = (SELECT COUNT(*) FROM evaluation_finding f"
                        + " WHERE f.evaluation_id = ? AND f.severity = 'ERROR' AND NOT EXISTS (SELECT 1 FROM"
                        + " finding_explanation x WHERE x.evaluation_id = f.evaluation_id"
                        + " AND x.finding_key = f.finding_key)) WHERE id = ?")
                .params(id, id)
                .update();
        unitRevisions.changed(id);
    }

    /** The grade bands the evaluation is graded with: those of the rule set frozen with it. */
    public void gradeBands(long id, RuleSet.GradeBands bands) {
        jdbc.sql("UPDATE project_evaluation SET grade_excellent = ?, grade_good = ?, grade_fair = ? WHERE id = ?")
                .params(
                        bands.excellent().value(),
                        bands.good().value(),
                        bands.fair().value(),
                        id)
                .update();
    }

    /** Moves to a new state if still in {@code from}; false when the state changed meanwhile. */
    public boolean transition(
            long id,
            EvaluationStatus from,
            EvaluationStatus to,
            String frozenRuleSet,
            String frozenFramework,
            String returnReason,
            LocalDateTime at,
            String by) {
        boolean moved = jdbc.sql("UPDATE project_evaluation SET status = ?, frozen_rule_set = ?, frozen_framework = ?,"
                                + " return_reason = ?, version = version + 1, updated_at = ?, updated_by = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(
                                to.name(),
                                frozenRuleSet,
                                frozenFramework,
                                returnReason,
                                Timestamp.valueOf(at),
                                by,
                                id,
                                from.name())
                        .update()
                == 1;
        if (moved) {
            unitRevisions.changed(id);
        }
        return moved;
    }

    /**
     * Deletes a draft with its history, explanations and findings; other features drop what they keep of it when its
     * deletion is announced ({@code EvaluationEvent.Action.DELETED}), or their references cascade.
     */
    public void delete(long id) {
        unitRevisions.changed(id);
        jdbc.sql("DELETE FROM evaluation_finding WHERE evaluation_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM finding_explanation WHERE evaluation_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM evaluation_change WHERE evaluation_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM project_evaluation WHERE id = ?").param(id).update();
    }

    /** True when the evaluation's history has an entry of this field (such as {@link EvaluationChange#CREATED}). */
    public boolean hasChange(long evaluationId, String field) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_change WHERE evaluation_id = ? AND field = ?")
                        .params(evaluationId, field)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The finance bureau's latest 审核意见 of an evaluation. */
    public void reviewOpinion(long id, String opinion) {
        jdbc.sql("UPDATE project_evaluation SET review_opinion = ? WHERE id = ?")
                .params(opinion, id)
                .update();
        unitRevisions.changed(id);
    }

    /** The finance bureau's 复核分 of an evaluation (null: not rechecked), kept beside the other totals for lists. */
    public void recheckTotal(long id, BigDecimal total) {
        jdbc.sql("UPDATE project_evaluation SET recheck_total = ? WHERE id = ?")
                .params(total, id)
                .update();
        unitRevisions.changed(id);
    }

    public void recordChange(long evaluationId, EvaluationChange change) {
        jdbc.sql("INSERT INTO evaluation_change (evaluation_id, changed_at, changed_by, field, old_value, new_value)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        evaluationId,
                        Timestamp.valueOf(change.at()),
                        change.by(),
                        change.field(),
                        change.oldValue(),
                        change.newValue())
                .update();
    }

    public List<EvaluationChange> changes(long evaluationId) {
        return jdbc.sql("SELECT * FROM evaluation_change WHERE evaluation_id = ? ORDER BY id")
                .param(evaluationId)
                .query((rs, n) -> new EvaluationChange(
                        rs.getTimestamp("changed_at").toLocalDateTime(),
                        rs.getString("changed_by"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    public void explain(long evaluationId, FindingExplanation explanation) {
        jdbc.sql("DELETE FROM finding_explanation WHERE evaluation_id = ? AND finding_key = ?")
                .params(evaluationId, explanation.findingKey())
                .update();
        jdbc.sql("INSERT INTO finding_explanation (evaluation_id, finding_key, explanation, explained_by, explained_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        evaluationId,
                        explanation.findingKey(),
                        explanation.explanation(),
                        explanation.by(),
                        Timestamp.valueOf(explanation.at()))
                .update();
        countUnresolved(evaluationId);
    }

    public List<FindingExplanation> explanations(long evaluationId) {
        return jdbc.sql("SELECT * FROM finding_explanation WHERE evaluation_id = ? ORDER BY id")
                .param(evaluationId)
                .query((rs, n) -> new FindingExplanation(
                        rs.getString("finding_key"),
                        rs.getString("explanation"),
                        rs.getString("explained_by"),
                        rs.getTimestamp("explained_at").toLocalDateTime()))
                .list();
    }

    private static EvaluationRow row(ResultSet rs, int n) throws SQLException {
        return EvaluationRow.of(
                summary(rs, n),
                rs.getString("document"),
                rs.getString("frozen_rule_set"),
                rs.getString("frozen_framework"),
                rs.getString("return_reason"),
                rs.getString("review_opinion"),
                rs.getBoolean("returned_by_bureau"));
    }

    private static EvaluationSummary summary(ResultSet rs, int n) throws SQLException {
        return new EvaluationSummary(
                rs.getLong("id"),
                EvaluationKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getLong("region_id"),
                rs.getInt("fiscal_year"),
                rs.getString("name"),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getBigDecimal("total"),
                rs.getString("grade"),
                rs.getInt("errors"),
                rs.getInt("warnings"),
                rs.getTimestamp("updated_at").toLocalDateTime(),
                rs.getString("updated_by"),
                new ListFigures(
                        rs.getBigDecimal("claimed_total"),
                        rs.getBigDecimal("budget"),
                        rs.getBigDecimal("executed"),
                        rs.getBigDecimal("execution_rate")),
                rs.getBigDecimal("recheck_total"));
    }
}
