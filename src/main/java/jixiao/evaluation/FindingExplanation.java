package jixiao.evaluation;

import java.time.LocalDateTime;

/** The unit's explanation of an error finding (keyed by code, indicator and message). */
public record FindingExplanation(String findingKey, String explanation, String by, LocalDateTime at) {}
