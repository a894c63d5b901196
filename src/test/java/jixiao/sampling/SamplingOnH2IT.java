package jixiao.sampling;

import jixiao.integration.OnH2;

/** 抽评 through the pages, on H2. */
@OnH2
class SamplingOnH2IT extends SamplingScenarios {}
