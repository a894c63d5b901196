package jixiao.rectification;

import jixiao.integration.OnH2;

/** 整改 through the pages, on H2. */
@OnH2
class RectificationOnH2IT extends RectificationScenarios {}
