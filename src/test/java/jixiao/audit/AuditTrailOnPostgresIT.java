package jixiao.audit;

import jixiao.integration.OnPostgres;

/** The audit trail on PostgreSQL. */
@OnPostgres
class AuditTrailOnPostgresIT extends AuditTrailScenarios {}
