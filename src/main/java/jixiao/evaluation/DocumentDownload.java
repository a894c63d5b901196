package jixiao.evaluation;

import jixiao.account.Role;

/**
 * A document (a 自评表, a unit's 自评报告, an export) handed out by a page, published so that the audit trail keeps
 * those the finance bureau and the administrators take (等保2.0 三级: who read which unit's data).
 *
 * @param evaluationId the one evaluation, or null for the unit's whole report
 * @param document what was downloaded, in words ("自评表 专家评审费", "2021 年度自评报告")
 * @param format xlsx, docx, pdf, json
 */
public record DocumentDownload(
        String by, Role role, long unitId, int fiscalYear, Long evaluationId, String document, String format) {}
