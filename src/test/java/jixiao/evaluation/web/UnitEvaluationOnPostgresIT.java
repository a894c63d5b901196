package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The whole-unit evaluation scenarios on PostgreSQL: the same Flyway migrations and SQL as on H2. */
@OnPostgres
class UnitEvaluationOnPostgresIT extends UnitEvaluationScenarios {}
