package jixiao.evidence.web;

import jixiao.integration.OnPostgres;

/** 佐证材料 on PostgreSQL. */
@OnPostgres
class EvidenceOnPostgresIT extends EvidenceScenarios {}
