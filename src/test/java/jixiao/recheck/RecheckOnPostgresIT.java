package jixiao.recheck;

import jixiao.integration.OnPostgres;

/** The region's re-check on PostgreSQL. */
@OnPostgres
class RecheckOnPostgresIT extends RecheckScenarios {}
