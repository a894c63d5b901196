package jixiao.system;

import jixiao.integration.OnH2;

/** Input limits on H2. */
@OnH2
class InputLimitsOnH2IT extends InputLimitsScenarios {}
