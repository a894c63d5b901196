package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** Documents over HTTP, the OpenAPI description and the frozen rule set on PostgreSQL. */
@OnPostgres
class DocumentsAndRulesOnPostgresIT extends DocumentsAndRulesScenarios {}
