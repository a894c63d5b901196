package jixiao.scoring;

/** 年度总体目标: 预期目标 and 实际完成情况, free text, either may be null. */
public record Goals(String expected, String achieved) {}
