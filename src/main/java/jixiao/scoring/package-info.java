/**
 * The scoring model: the report as the interchange format gives it (projects, indicators, the department's part,
 * the narrative), the rule set, and the assessments with their explanations. Plain Java, no I/O. What the format
 * leaves optional is {@code @Nullable} in the types; everything else is never null.
 */
@NullMarked
package jixiao.scoring;

import org.jspecify.annotations.NullMarked;
