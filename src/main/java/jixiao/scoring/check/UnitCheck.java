package jixiao.scoring.check;

import jixiao.scoring.Check;

/** A check of the 部门（单位）整体自评 and of the report as a whole. */
interface UnitCheck {
    Check check();

    void run(WholeUnit unit, Findings out);
}
