@NullMarked
package jixiao.scoring.value;

import org.jspecify.annotations.NullMarked;
