/**
 * The engine's speed machinery, behind the plain interfaces the rules and checks use: a text's bigram signature and
 * the similarity decided from it ({@link jixiao.scoring.speed.Similarity}, for GOAL_COPIED), and the hand-written scans
 * of printed figures ({@link jixiao.scoring.speed.FigureScan}, {@link jixiao.scoring.speed.HeadScan}). Each piece
 * names the rule it stands for, is tested against it on random inputs, and stays only because a benchmark shows that
 * it saves more than 10 % of the engine's time (docs/benchmarks.md). It knows nothing of the rules: it depends on
 * nothing else of the project.
 */
@NullMarked
package jixiao.scoring.speed;

import org.jspecify.annotations.NullMarked;
