package jixiao.output;

import jixiao.integration.OnH2;

/** The lease of background jobs on H2. */
@OnH2
class OutputJobLeaseOnH2IT extends OutputJobLeaseScenarios {}
