package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** Who may download the review opinion, on PostgreSQL. */
@OnPostgres
class ReviewOpinionAccessOnPostgresIT extends ReviewOpinionAccessScenarios {}
