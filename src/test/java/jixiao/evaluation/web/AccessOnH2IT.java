package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The access rules on H2. */
@OnH2
class AccessOnH2IT extends AccessScenarios {}
