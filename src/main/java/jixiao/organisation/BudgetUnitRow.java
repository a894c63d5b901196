package jixiao.organisation;

/** A 预算单位 as stored: its region (the finance bureau that reviews it), name and code. */
public record BudgetUnitRow(long id, long regionId, String name, String code, String nature) {}
