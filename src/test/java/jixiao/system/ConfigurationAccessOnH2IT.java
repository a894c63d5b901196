package jixiao.system;

import jixiao.integration.OnH2;

/** Who may change the framework and the rule sets, on H2. */
@OnH2
class ConfigurationAccessOnH2IT extends ConfigurationAccessScenarios {}
