package jixiao.account;

import jixiao.integration.OnPostgres;

/** Accounts and the 三员 on PostgreSQL. */
@OnPostgres
class AccountOnPostgresIT extends AccountScenarios {}
