package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The pages, their access rules and the downloads on PostgreSQL. */
@OnPostgres
class PageOnPostgresIT extends PageScenarios {}
