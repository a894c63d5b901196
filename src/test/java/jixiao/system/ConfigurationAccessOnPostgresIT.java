package jixiao.system;

import jixiao.integration.OnPostgres;

/** Who may change the framework and the rule sets, on PostgreSQL. */
@OnPostgres
class ConfigurationAccessOnPostgresIT extends ConfigurationAccessScenarios {}
