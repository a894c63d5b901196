package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** The whole-unit evaluation scenarios on H2. */
@OnH2
class UnitEvaluationOnH2IT extends UnitEvaluationScenarios {}
