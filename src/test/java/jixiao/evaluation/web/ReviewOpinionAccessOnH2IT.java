package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** Who may download the review opinion, on H2. */
@OnH2
class ReviewOpinionAccessOnH2IT extends ReviewOpinionAccessScenarios {}
