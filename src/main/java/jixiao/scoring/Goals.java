package jixiao.scoring;

import org.jspecify.annotations.Nullable;

/** 年度总体目标: 预期目标 and 实际完成情况, free text, either may be null. */
public record Goals(@Nullable String expected, @Nullable String achieved) {}
