package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The evaluation API scenarios on H2. */
@OnH2
class EvaluationApiOnH2IT extends EvaluationApiScenarios {}
