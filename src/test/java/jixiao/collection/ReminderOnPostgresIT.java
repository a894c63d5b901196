package jixiao.collection;

import jixiao.integration.OnPostgres;

/** 催报 on PostgreSQL. */
@OnPostgres
class ReminderOnPostgresIT extends ReminderScenarios {}
