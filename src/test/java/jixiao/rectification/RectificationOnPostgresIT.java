package jixiao.rectification;

import jixiao.integration.OnPostgres;

/** 整改 through the pages, on PostgreSQL. */
@OnPostgres
class RectificationOnPostgresIT extends RectificationScenarios {}
