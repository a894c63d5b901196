package jixiao.output;

import jixiao.integration.OnPostgres;

/** The lease of background jobs on PostgreSQL. */
@OnPostgres
class OutputJobLeaseOnPostgresIT extends OutputJobLeaseScenarios {}
