package jixiao.review;

import jixiao.integration.OnH2;

/** 复核 through the pages, on H2. */
@OnH2
class ReviewOnH2IT extends ReviewScenarios {}
