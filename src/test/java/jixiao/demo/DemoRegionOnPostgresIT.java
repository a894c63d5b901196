package jixiao.demo;

import jixiao.integration.OnPostgres;

/** The demo region on PostgreSQL. */
@OnPostgres
class DemoRegionOnPostgresIT extends DemoRegionScenarios {}
