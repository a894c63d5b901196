package jixiao.evaluation.web;

import jixiao.integration.OnPostgres;

/** The evaluation API scenarios on PostgreSQL: the same Flyway migrations and SQL as on H2. */
@OnPostgres
class EvaluationApiOnPostgresIT extends EvaluationApiScenarios {}
