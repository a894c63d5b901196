package jixiao.report;

import java.util.List;
import java.util.stream.Collectors;

/** What a document's blocks say, for the tests: its paragraphs and headings as text, a table by a column's name. */
final class Blocks {
    private Blocks() {}

    /** The headings' and paragraphs' texts, one a line. */
    static String text(List<Block> blocks) {
        return blocks.stream()
                .map(block -> block instanceof Block.Paragraph p
                        ? p.text()
                        : block instanceof Block.Heading h ? h.text() : "")
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\\n"));
    }

    /** The first table with a column of that name. */
    static Block.Table table(List<Block> blocks, String column) {
        return blocks.stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .filter(t -> t.header().contains(column))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table with " + column));
    }
}
