package jixiao.report;

import java.util.List;
import java.util.Objects;

/** One piece of a document in reading order; each format lays the same blocks out in its own way. */
public sealed interface Block
        permits Block.Heading,
                Block.Paragraph,
                Block.PageBreak,
                Block.Table,
                Block.Contents,
                Block.Signature,
                EvaluationSheet {

    /**
     * A heading with its numbering in the text, as official reports write it: level 1 the part ("项目支出绩效自评报告"),
     * 2 "一、", 3 "（一）", 4 "1.".
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    record Paragraph(String text, Style style) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        /** A paragraph of prose, typeset as Chinese prose is ({@link Figures#prose}). */
        static Paragraph body(String text) {
            return new Paragraph(Figures.prose(text), Style.BODY);
        }
    }

    /**
     * BODY: indented by two characters; PLAIN: flush left; ANNEX: the attachment's label ("附件1", 黑体, flush left, as
     * GB/T 9704 places it); NOTE: the small print under a table.
     */
    public enum Style {
        BODY,
        PLAIN,
        ANNEX,
        NOTE
    }

    /** 目录: the headings of levels 1 and 2 with their pages (a field in Word, computed page numbers in the PDF). */
    record Contents() implements Block {}

    /**
     * 落款: the issuer and the date, right-aligned under the text with room above them for the seal (GB/T 9704:
     * 成文日期 under the 发文机关署名, the seal over both).
     */
    record Signature(String issuer, String date) implements Block {
        public Signature {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(date, "date");
        }
    }

    /** The next block starts on a new page. */
    record PageBreak() implements Block {}

    /** A plain table with one header row; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        /**
         * Narrowest and widest column, in half-width characters: a two-character heading ("序号") still fits with
         * the cell padding, and one long text does not squeeze the others.
         */
        private static final int MIN_WIDTH = 6;

        private static final int MAX_WIDTH = 30;

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size());
                }
            }
        }

        /**
         * Relative column widths, for every format alike: each column's longest text in half-width characters
         * (a Chinese character counts two), kept between {@code MIN_WIDTH} and {@code MAX_WIDTH}.
         */
        public int[] columnWeights() {
            int[] weights = new int[header.size()];
            for (int c = 0; c < weights.length; c++) {
                int widest = displayWidth(header.get(c));
                for (List<String> row : rows) {
                    widest = Math.max(widest, displayWidth(row.get(c)));
                }
                weights[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
            }
            return weights;
        }

        /**
         * The widths every format lays the columns out with: {@link #columnWeights()} plus room for the cell padding and
         * for digits, which are wider than half a Chinese character (without it a column as narrow as its widest text,
         * such as 执行率 with "100.00%", wraps that text onto two lines).
         */
        public int[] layoutWeights() {
            int[] weights = columnWeights();
            for (int c = 0; c < weights.length; c++) {
                weights[c] += CELL_ROOM;
            }
            return weights;
        }

        /** Room for the cell padding and for wider digits, in half-width characters. */
        private static final int CELL_ROOM = 4;

        /**
         * Whether a column holds prose (some cell wider than {@value #PROSE_WIDTH} half-width characters), which reads
         * best flush left; figures and short names are centred.
         */
        public boolean alignedLeft(int column) {
            for (List<String> row : rows) {
                if (displayWidth(row.get(column)) > PROSE_WIDTH) {
                    return true;
                }
            }
            return false;
        }

        private static final int PROSE_WIDTH = 24;

        private static int displayWidth(String text) {
            int width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += text.charAt(i) < '\u2E80' ? 1 : 2;
            }
            return width;
        }
    }
}
