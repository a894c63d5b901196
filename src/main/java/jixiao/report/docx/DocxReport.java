package jixiao.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.OfficialDocument;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Writes an {@link OfficialDocument} as a Word file on the GB/T 9704 page: a cover, the table of contents as a field
 * that Word fills in with page numbers when it opens the file, headings as heading styles, each 自评表 as merged-cell
 * tables whose column headings repeat on every page, the 落款, and the draft mark in every page's header while the
 * document is a draft.
 */
public final class DocxReport {

    /** Two characters of the body font, the first-line indent of Chinese prose. */
    private static final int FIRST_LINE_INDENT = WordLook.BODY_SIZE * 2 * 20;

    public void write(OfficialDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        }
    }

    public void write(OfficialDocument document, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(document.title());
            word.getProperties().getCoreProperties().setCreator(document.issuer());
            WordLook.applyStyles(word);
            Writer writer = new Writer(word, document.draftMark());
            if (document.cover() != null) {
                writer.cover(document.cover());
            }
            writer.blocks(document.blocks());
            WordLook.bodySection(word, document.draftMark(), writer.frontMatter);
            // the table of contents is a field: Word fills in its page numbers when it opens the file
            word.enforceUpdateFields();
            word.write(out);
        }
    }

    /** One document being filled; a page break is carried to the next paragraph as "page break before". */
    private static final class Writer {
        private final XWPFDocument word;
        private final String draftMark;
        private boolean pageBreakPending;
        private boolean frontMatter;
        private boolean swallowPageBreak;

        Writer(XWPFDocument word, String draftMark) {
            this.word = word;
            this.draftMark = draftMark;
        }

        void cover(OfficialDocument.Cover cover) {
            XWPFParagraph unit = centred(cover.unit(), WordLook.HEADING_FONT, 22);
            unit.setSpacingBefore((int) (WordLook.LINE_PITCH * 20 * 4));
            centred(cover.title(), WordLook.HEADING_FONT, 26).setSpacingBefore(240);
            centred(cover.year(), WordLook.SUBHEADING_FONT, WordLook.BODY_SIZE).setSpacingBefore(120);
            XWPFParagraph date = centred(cover.date(), WordLook.BODY_FONT, WordLook.BODY_SIZE);
            date.setSpacingBefore((int) (WordLook.LINE_PITCH * 20 * 8));
            pageBreakPending = true;
        }

        private XWPFParagraph centred(String text, String font, double size) {
            XWPFParagraph paragraph = paragraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = paragraph.createRun();
            WordLook.font(run, font, size);
            setText(run, text);
            return paragraph;
        }

        void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                jixiao.report.DocumentCancelled.check();
                if (block instanceof Block.Heading heading) {
                    heading(heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (block instanceof Block.PageBreak) {
                    if (swallowPageBreak) {
                        swallowPageBreak = false;
                    } else {
                        pageBreakPending = true;
                    }
                } else if (block instanceof Block.Table table) {
                    table(table);
                } else if (block instanceof EvaluationSheet sheet) {
                    sheet(sheet);
                } else if (block instanceof Block.Contents) {
                    contents(blocks);
                } else if (block instanceof Block.Signature signature) {
                    signature(signature);
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
            swallowPageBreak = false;
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
                    paragraph.setSpacingBetween(WordLook.LINE_PITCH, LineSpacingRule.EXACT);
                    WordLook.font(run, WordLook.BODY_FONT, WordLook.BODY_SIZE);
                }
                case PLAIN -> {
                    paragraph.setSpacingBetween(WordLook.LINE_PITCH, LineSpacingRule.EXACT);
                    WordLook.font(run, WordLook.BODY_FONT, WordLook.BODY_SIZE);
                }
                case ANNEX -> {
                    // an attachment's label is in the outline, so that the table of contents lists it
                    pPr(paragraph).addNewOutlineLvl().setVal(BigInteger.ZERO);
                    paragraph.setSpacingBetween(WordLook.LINE_PITCH, LineSpacingRule.EXACT);
                    WordLook.font(run, WordLook.HEADING_FONT, WordLook.BODY_SIZE);
                }
                case NOTE -> {
                    paragraph.setAlignment(ParagraphAlignment.BOTH);
                    paragraph.setSpacingBefore(60);
                    WordLook.font(run, WordLook.TABLE_FONT, 9);
                }
            }
            setText(run, text);
        }

        /**
         * 目录 as a TOC field over headings 1–2 and outline levels (the attachments' labels), its entries written in
         * as the field's result until Word updates it; then a section break, so that the body's pages count from 1.
         */
        private void contents(List<Block> blocks) {
            centred("目　录", WordLook.HEADING_FONT, 22).setSpacingAfter(240);
            List<String[]> entries = new java.util.ArrayList<>();
            for (Block block : blocks) {
                if (block instanceof Block.Heading heading && heading.level() <= 2) {
                    entries.add(new String[] {heading.text(), Integer.toString(heading.level())});
                } else if (block instanceof Block.Paragraph paragraph && paragraph.style() == Block.Style.ANNEX) {
                    entries.add(new String[] {paragraph.text(), "1"});
                }
            }
            XWPFParagraph first = paragraph();
            WordLook.fieldChar(first, STFldCharType.BEGIN);
            XWPFRun code = first.createRun();
            code.getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
            WordLook.fieldChar(first, STFldCharType.SEPARATE);
            XWPFParagraph current = first;
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    current = paragraph();
                }
                current.setSpacingBetween(1.5, LineSpacingRule.AUTO);
                if (entries.get(i)[1].equals("2")) {
                    current.setIndentationLeft(WordLook.BODY_SIZE * 2 * 20);
                }
                XWPFRun run = current.createRun();
                WordLook.font(run, WordLook.BODY_FONT, 14);
                run.setText(entries.get(i)[0]);
            }
            WordLook.fieldChar(current, STFldCharType.END);
            // the section of the cover and the table of contents ends here: no page numbers on them
            XWPFParagraph end = paragraph();
            CTSectPr section = pPr(end).addNewSectPr();
            section.addNewType().setVal(STSectionMark.NEXT_PAGE);
            WordLook.frontSection(word, section, draftMark);
            frontMatter = true;
            swallowPageBreak = true;
        }

        /** 落款: three blank lines for the seal, then the issuer and the date, right-aligned four characters in. */
        private void signature(Block.Signature signature) {
            XWPFParagraph issuer = paragraph();
            issuer.setSpacingBefore((int) (WordLook.LINE_PITCH * 20 * 2));
            for (XWPFParagraph line : new XWPFParagraph[] {issuer, paragraph()}) {
                line.setAlignment(ParagraphAlignment.RIGHT);
                line.setIndentationRight(WordLook.BODY_SIZE * 4 * 20);
                line.setSpacingBetween(WordLook.LINE_PITCH, LineSpacingRule.EXACT);
                XWPFRun run = line.createRun();
                WordLook.font(run, WordLook.BODY_FONT, WordLook.BODY_SIZE);
                setText(run, line == issuer ? signature.issuer() : signature.date());
            }
            XWPFParagraph keep = issuer;
            pPr(keep).addNewKeepNext();
        }

        private void table(Block.Table table) {
            if (pageBreakPending) {
                paragraph();
            }
            WordTable grid = new WordTable(word, WordLook.widths(table.layoutWeights()));
            grid.row(true);
            for (String heading : table.header()) {
                grid.cell(heading);
            }
            for (List<String> row : table.rows()) {
                grid.row(false);
                for (int c = 0; c < row.size(); c++) {
                    grid.cell(
                            row.get(c),
                            1,
                            WordTable.Merge.NONE,
                            table.alignedLeft(c) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                }
            }
            spacer();
        }

        private void sheet(EvaluationSheet sheet) {
            XWPFParagraph title = paragraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            keepWithNext(title);
            XWPFRun run = title.createRun();
            WordLook.font(run, WordLook.HEADING_FONT, 18);
            setText(run, EvaluationSheet.TITLE);

            XWPFParagraph year = paragraph();
            year.setAlignment(ParagraphAlignment.CENTER);
            keepWithNext(year);
            run = year.createRun();
            WordLook.font(run, WordLook.SUBHEADING_FONT, 14);
            setText(run, sheet.yearLine());

            XWPFParagraph filledBy = paragraph();
            keepWithNext(filledBy);
            run = filledBy.createRun();
            WordLook.font(run, WordLook.TABLE_FONT, 10.5);
            setText(run, "填表人及联系方式：" + sheet.filledBy());

            SheetTable.write(word, sheet);
            spacer();
        }

        /** XWPFParagraph.setKeepNext fails on a paragraph without properties (POI 5.5.1), so set it directly. */
        private static void keepWithNext(XWPFParagraph paragraph) {
            pPr(paragraph).addNewKeepNext();
        }

        /** Word glues a table to whatever follows; an empty paragraph keeps two tables apart. */
        private void spacer() {
            XWPFParagraph paragraph = paragraph();
            paragraph.setSpacingAfter(0);
        }
    }

    static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
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
