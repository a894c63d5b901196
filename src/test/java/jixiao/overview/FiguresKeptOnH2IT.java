package jixiao.overview;

import jixiao.integration.OnH2;

/** The bureau's figures kept until a unit changes, on H2. */
@OnH2
class FiguresKeptOnH2IT extends FiguresKeptScenarios {}
