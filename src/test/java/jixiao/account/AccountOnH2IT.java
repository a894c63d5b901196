package jixiao.account;

import jixiao.integration.OnH2;

/** Accounts and the 三员 on H2. */
@OnH2
class AccountOnH2IT extends AccountScenarios {}
