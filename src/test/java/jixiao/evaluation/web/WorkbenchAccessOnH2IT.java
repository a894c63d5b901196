package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The workbench's access rules on H2. */
@OnH2
class WorkbenchAccessOnH2IT extends WorkbenchAccessScenarios {}
