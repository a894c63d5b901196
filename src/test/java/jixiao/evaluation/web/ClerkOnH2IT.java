package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The clerk's pages on H2. */
@OnH2
class ClerkOnH2IT extends ClerkScenarios {}
