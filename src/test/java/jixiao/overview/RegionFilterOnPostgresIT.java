package jixiao.overview;

import jixiao.integration.OnPostgres;

/** A bureau's region filter on PostgreSQL. */
@OnPostgres
class RegionFilterOnPostgresIT extends RegionFilterScenarios {}
