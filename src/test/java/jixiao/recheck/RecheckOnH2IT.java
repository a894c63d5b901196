package jixiao.recheck;

import jixiao.integration.OnH2;

/** The region's re-check on H2. */
@OnH2
class RecheckOnH2IT extends RecheckScenarios {}
