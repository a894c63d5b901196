package jixiao.scoring.rule;

/** Whether the target was reached, as far as the rule can tell. */
public enum Attainment {
    MET,
    MISSED,
    UNKNOWN
}
