package jixiao.scoring.check;

import jixiao.scoring.Check;

/** A check of one 绩效指标 row of a project's 自评表. */
interface RowCheck {
    Check check();

    void run(Row row, Findings out);
}
