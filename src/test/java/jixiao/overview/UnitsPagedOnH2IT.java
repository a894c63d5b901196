package jixiao.overview;

import jixiao.integration.OnH2;

/** The units of a round, paged, on H2. */
@OnH2
class UnitsPagedOnH2IT extends UnitsPagedScenarios {}
