package jixiao.demo;

import jixiao.integration.OnH2;

/** The demo region on H2. */
@OnH2
class DemoRegionOnH2IT extends DemoRegionScenarios {}
