package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The access rules on PostgreSQL. */
@OnPostgres
class AccessOnPostgresIT extends AccessScenarios {}
