package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The clerk's pages on PostgreSQL. */
@OnPostgres
class ClerkOnPostgresIT extends ClerkScenarios {}
