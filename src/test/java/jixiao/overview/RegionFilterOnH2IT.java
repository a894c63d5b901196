package jixiao.overview;

import jixiao.integration.OnH2;

/** A bureau's region filter on H2. */
@OnH2
class RegionFilterOnH2IT extends RegionFilterScenarios {}
