package jixiao.audit;

import jixiao.integration.OnH2;

/** The audit trail on H2. */
@OnH2
class AuditTrailOnH2IT extends AuditTrailScenarios {}
