package jixiao.overview;

import jixiao.integration.OnPostgres;

/** The bureau's figures kept until a unit changes, on PostgreSQL. */
@OnPostgres
class FiguresKeptOnPostgresIT extends FiguresKeptScenarios {}
