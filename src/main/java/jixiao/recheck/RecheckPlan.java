package jixiao.recheck;

import java.time.LocalDateTime;
import jixiao.scoring.RuleSet;

/**
 * What to re-check: a region (with the regions below it) and a fiscal year, with a rule set, or with each region's
 * set in force for the year where {@code rules} is null.
 *
 * @param rulesName how the files name the rule set (a file's name, a draft, 各地区现行规则)
 * @param at when it was asked for, for the files' heading (Asia/Shanghai)
 */
public record RecheckPlan(
        long regionId, String regionName, int fiscalYear, RuleSet rules, String rulesName, LocalDateTime at) {}
