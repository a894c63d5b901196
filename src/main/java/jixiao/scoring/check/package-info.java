/**
 * The catalogue of checks ({@link jixiao.scoring.check.CheckCatalogue}): one small named type per check. A check reads
 * the report's optional fields through their {@code @Nullable} types and says what it does when one is missing.
 */
@NullMarked
package jixiao.scoring.check;

import org.jspecify.annotations.NullMarked;
