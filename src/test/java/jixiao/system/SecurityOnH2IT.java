package jixiao.system;

import jixiao.integration.OnH2;

/** Sign-in, CSRF, locking and built-in accounts on H2. */
@OnH2
class SecurityOnH2IT extends SecurityScenarios {}
