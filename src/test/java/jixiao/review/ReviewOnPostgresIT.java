package jixiao.review;

import jixiao.integration.OnPostgres;

/** 复核 through the pages, on PostgreSQL. */
@OnPostgres
class ReviewOnPostgresIT extends ReviewScenarios {}
