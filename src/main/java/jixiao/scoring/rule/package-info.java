@NullMarked
package jixiao.scoring.rule;

import org.jspecify.annotations.NullMarked;
