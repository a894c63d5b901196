package jixiao.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.ReportDocument;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a {@link ReportDocument} as a Word file: headings as heading styles, each 自评表 as a merged-cell table. */
public final class DocxReport {

    /** Two characters of the body font, the usual first-line indent of Chinese prose. */
    private static final int FIRST_LINE_INDENT = WordLook.BODY_SIZE * 2 * 20;

    public void write(ReportDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        }
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(document.title());
            word.getProperties().getCoreProperties().setCreator(document.unitName());
            WordLook.applyStyles(word);
            new Writer(word).blocks(document.blocks());
            WordLook.page(word);
            word.write(out);
        }
    }

    /** One document being filled; a page break is carried to the next paragraph as "page break before". */
    private static final class Writer {
        private final XWPFDocument word;
        private boolean pageBreakPending;

        Writer(XWPFDocument word) {
            this.word = word;
        }

        void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                jixiao.report.DocumentCancelled.check();
                if (block instanceof Block.Heading heading) {
                    heading(heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (block instanceof Block.PageBreak) {
                    pageBreakPending = true;
                } else if (block instanceof Block.Table table) {
                    table(table);
                } else if (block instanceof EvaluationSheet sheet) {
                    sheet(sheet);
                } else {
                    throw new IllegalArgumentException("unknown block " + block);
                }
            }
        }

        private XWPFParagraph paragraph() {
            XWPFParagraph paragraph = word.createParagraph();
            if (pageBreakPending) {
                paragraph.setPageBreak(true);
                pageBreakPending = false;
            }
            return paragraph;
        }

        private void heading(Block.Heading heading) {
            XWPFParagraph paragraph = paragraph();
            paragraph.setStyle(WordLook.headingStyleId(heading.level()));
            XWPFRun run = paragraph.createRun();
            WordLook.headingFont(run, heading.level());
            setText(run, heading.text());
        }

        /** One Word paragraph per line: a justified line ending in a manual break would be spread out. */
        private void paragraph(Block.Paragraph block) {
            for (String line : block.text().split("\\r?\\n")) {
                paragraph(line, block.style());
            }
        }

        private void paragraph(String text, Block.Style style) {
            XWPFParagraph paragraph = paragraph();
            XWPFRun run = paragraph.createRun();
            switch (style) {
                case BODY -> {
                    paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
                    paragraph.setAlignment(ParagraphAlignment.BOTH);
                    paragraph.setSpacingBetween(1.3, LineSpacingRule.AUTO);
                    WordLook.font(run, WordLook.BODY_FONT, WordLook.BODY_SIZE);
                }
                case PLAIN -> WordLook.font(run, WordLook.HEADING_FONT, WordLook.BODY_SIZE);
                case NOTE -> {
                    paragraph.setAlignment(ParagraphAlignment.BOTH);
                    paragraph.setSpacingBefore(60);
                    WordLook.font(run, WordLook.TABLE_FONT, WordLook.TABLE_SIZE);
                }
            }
            setText(run, text);
        }

        private void table(Block.Table table) {
            if (pageBreakPending) {
                paragraph();
            }
            WordTable grid = new WordTable(word, WordLook.widths(table.columnWeights()));
            grid.row(true);
            for (String heading : table.header()) {
                grid.cell(heading);
            }
            for (List<String> row : table.rows()) {
                grid.row(false);
                for (String cell : row) {
                    grid.cell(cell);
                }
            }
            spacer();
        }

        private void sheet(EvaluationSheet sheet) {
            XWPFParagraph title = paragraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            keepWithNext(title);
            XWPFRun run = title.createRun();
            WordLook.font(run, WordLook.HEADING_FONT, 16);
            setText(run, EvaluationSheet.TITLE);

            XWPFParagraph year = paragraph();
            year.setAlignment(ParagraphAlignment.CENTER);
            keepWithNext(year);
            run = year.createRun();
            WordLook.font(run, WordLook.BODY_FONT, WordLook.BODY_SIZE);
            setText(run, sheet.yearLine());

            XWPFParagraph filledBy = paragraph();
            keepWithNext(filledBy);
            run = filledBy.createRun();
            WordLook.font(run, WordLook.TABLE_FONT, WordLook.TABLE_SIZE + 1);
            setText(run, "填表人及联系方式：" + sheet.filledBy());

            SheetTable.write(word, sheet);
        }

        /** XWPFParagraph.setKeepNext fails on a paragraph without properties (POI 5.5.1), so set it directly. */
        private static void keepWithNext(XWPFParagraph paragraph) {
            (paragraph.getCTP().isSetPPr()
                            ? paragraph.getCTP().getPPr()
                            : paragraph.getCTP().addNewPPr())
                    .addNewKeepNext();
        }

        /** Word glues a table to whatever follows; an empty paragraph keeps two tables apart. */
        private void spacer() {
            XWPFParagraph paragraph = paragraph();
            paragraph.setSpacingAfter(0);
        }
    }

    /** Text with line breaks where the source has new lines. */
    static void setText(XWPFRun run, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
