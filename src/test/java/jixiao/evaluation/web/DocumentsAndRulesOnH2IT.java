package jixiao.evaluation.web;

import jixiao.integration.OnH2;

/** Documents over HTTP, the OpenAPI description and the frozen rule set on H2. */
@OnH2
class DocumentsAndRulesOnH2IT extends DocumentsAndRulesScenarios {}
