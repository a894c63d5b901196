package jixiao.rules.web;

import jixiao.integration.OnH2;

/** Region rule sets on H2. */
@OnH2
class RegionRuleSetOnH2IT extends RegionRuleSetScenarios {}
