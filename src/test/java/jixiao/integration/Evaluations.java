package jixiao.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.integration.Organisations.Unit;

/**
 * Evaluations of a test's unit moved through the workflow by the services, to the state a test starts from: a clean
 * project ({@link ReportDocument#cleanProject}: scores 100, no error) sent to the finance bureau, or approved by it.
 */
public final class Evaluations {

    private final Imports imports;
    private final Workflow workflow;
    private final Organisations organisations;

    public Evaluations(Imports imports, Workflow workflow, Organisations organisations) {
        this.imports = imports;
        this.workflow = workflow;
        this.organisations = organisations;
    }

    /** A draft of the unit. */
    public long draft(Unit unit, String name, int year) {
        return draft(unit, name, year, null);
    }

    /** A draft whose 全年预算数 and 全年执行数 are {@code budgetWan} 万元 (null: the clean project's 20). */
    public long draft(Unit unit, String name, int year, BigDecimal budgetWan) {
        ObjectNode project = ReportDocument.cleanProject(name, unit.name());
        if (budgetWan != null) {
            for (String row : new String[] {"total", "fiscalAppropriation"}) {
                ((ObjectNode) project.path("funds").path(row))
                        .put("initialBudget", budgetWan)
                        .put("annualBudget", budgetWan)
                        .put("executed", budgetWan);
            }
        }
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withProject(project)
                .report();
        return imports.importReport(report, unit.id(), "fixture").projects().get(0);
    }

    /** Sent to the finance bureau: submitted by the unit's 单位审核 (单位已审核). */
    public long sentToBureau(Unit unit, String name, int year) {
        return sentToBureau(unit, name, year, null);
    }

    public long sentToBureau(Unit unit, String name, int year, BigDecimal budgetWan) {
        long id = draft(unit, name, year, budgetWan);
        workflow.submit(organisations.account(unit.reviewer()), id, EvaluationKind.PROJECT);
        return id;
    }

    /** Approved by the finance bureau of the unit's region, with an opinion. */
    public long approved(Unit unit, String name, int year) {
        long id = sentToBureau(unit, name, year);
        approve(unit, id);
        return id;
    }

    public void approve(Unit unit, long id) {
        workflow.approve(organisations.account(unit.region().bureau()), id, EvaluationKind.PROJECT, "同意（集成测试）");
    }
}
