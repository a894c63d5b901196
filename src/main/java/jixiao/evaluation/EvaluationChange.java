package jixiao.evaluation;

import java.time.LocalDateTime;

/** One changed field: who, when, the old and the new value. */
public record EvaluationChange(LocalDateTime at, String by, String field, String oldValue, String newValue) {}
