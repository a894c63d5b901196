package jixiao.system;

import jixiao.integration.OnPostgres;

/** Input limits on PostgreSQL (U+0000 answered 500 there). */
@OnPostgres
class InputLimitsOnPostgresIT extends InputLimitsScenarios {}
