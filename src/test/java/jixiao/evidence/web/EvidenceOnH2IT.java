package jixiao.evidence.web;

import jixiao.integration.OnH2;

/** 佐证材料 on H2. */
@OnH2
class EvidenceOnH2IT extends EvidenceScenarios {}
