package jixiao.scoring.value;

/** What a unit measures; values of different dimensions cannot be compared. */
public enum Dimension {
    /** No unit printed: takes the other side's unit, or the report's money unit under 成本指标. */
    NONE,
    PERCENT,
    /** Money, base 元. */
    MONEY,
    /** Counted things: 人, 个, 次, 辆, 篇, 项 … ; two counts compare only with the same measure word. */
    COUNT,
    /** Area, base 平方米. */
    AREA,
    /** Length, base 米. */
    LENGTH,
    /** Mass, base 千克. */
    MASS,
    /** Electric power, base 千瓦. */
    POWER,
    /** Energy, base 千瓦时. */
    ENERGY,
    /** Time span, base 小时. */
    DURATION,
    /** 度: temperature (or, loosely, kWh); only compares with 度. */
    DEGREE,
    /** 兆 / M / Mbps, base 兆. */
    BANDWIDTH,
    /** Points (分). */
    POINTS,
    /** Any other unit word; compares only with the same word. */
    OTHER
}
