/**
 * The interchange files: a {@code self-evaluation/1} report (domain.md §5; JSON Schema in
 * {@code schema/self-evaluation-1.schema.json}) and a rule set ({@code rules/default.json}), read field by field
 * with Jackson's tree model so that every error names its JSON path and value, and written back in the reference
 * fixture's layout. Plain Java; the scoring model records carry no JSON annotations. The format's optional fields
 * are {@code @Nullable} in the types.
 */
@NullMarked
package jixiao.interchange;

import org.jspecify.annotations.NullMarked;
