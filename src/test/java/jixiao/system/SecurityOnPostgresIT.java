package jixiao.system;

import jixiao.integration.OnPostgres;

/** Sign-in, CSRF, locking and built-in accounts on PostgreSQL. */
@OnPostgres
class SecurityOnPostgresIT extends SecurityScenarios {}
