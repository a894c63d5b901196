package jixiao.evaluation;

import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/** A unit's 自评表 of one year as one 自评报告, with its assessment: what the documents are generated from. */
public record UnitYearReport(SelfEvaluationReport report, ReportAssessment assessment) {}
