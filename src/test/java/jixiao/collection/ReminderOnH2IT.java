package jixiao.collection;

import jixiao.integration.OnH2;

/** 催报 on H2. */
@OnH2
class ReminderOnH2IT extends ReminderScenarios {}
