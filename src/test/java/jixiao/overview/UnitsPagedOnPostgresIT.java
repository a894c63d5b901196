package jixiao.overview;

import jixiao.integration.OnPostgres;

/** The units of a round, paged, on PostgreSQL. */
@OnPostgres
class UnitsPagedOnPostgresIT extends UnitsPagedScenarios {}
