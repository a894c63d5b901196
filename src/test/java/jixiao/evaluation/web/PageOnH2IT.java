package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The pages, their access rules and the downloads on H2. */
@OnH2
class PageOnH2IT extends PageScenarios {}
