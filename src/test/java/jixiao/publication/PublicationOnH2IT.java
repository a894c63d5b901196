package jixiao.publication;

import jixiao.integration.OnH2;

/** 公开 through the pages, on H2. */
@OnH2
class PublicationOnH2IT extends PublicationScenarios {}
