package jixiao.review;

import java.time.LocalDateTime;
import jixiao.evaluation.RowKind;

/** A reviewer's comment on one row of an evaluation, which the unit reads on that row of its editor. */
public record Comment(long id, RowKind kind, int index, String label, String text, LocalDateTime at, String by) {}
