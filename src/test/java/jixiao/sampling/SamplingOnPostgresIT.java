package jixiao.sampling;

import jixiao.integration.OnPostgres;

/** 抽评 through the pages, on PostgreSQL. */
@OnPostgres
class SamplingOnPostgresIT extends SamplingScenarios {}
