package jixiao.scoring.check;

import jixiao.scoring.Check;

/** A check of one project's 自评表 as a whole: its parts, weights and sums, the 项目资金 block, its narrative. */
interface ProjectCheck {
    Check check();

    void run(ProjectTable table, Findings out);
}
