package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The workbench's access rules on PostgreSQL. */
@OnPostgres
class WorkbenchAccessOnPostgresIT extends WorkbenchAccessScenarios {}
