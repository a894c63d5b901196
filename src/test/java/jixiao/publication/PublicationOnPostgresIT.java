package jixiao.publication;

import jixiao.integration.OnPostgres;

/** 公开 through the pages, on PostgreSQL. */
@OnPostgres
class PublicationOnPostgresIT extends PublicationScenarios {}
