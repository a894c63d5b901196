package jixiao.rules.web;

import jixiao.integration.OnPostgres;

/** Region rule sets on PostgreSQL. */
@OnPostgres
class RegionRuleSetOnPostgresIT extends RegionRuleSetScenarios {}
