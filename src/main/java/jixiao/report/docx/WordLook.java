package jixiao.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Page, fonts and styles of a Chinese official document (GB/T 9704): A4 with a 156 × 225 mm 版心 (天头 37 mm, 订口
 * 28 mm), body in 仿宋_GB2312 三号 at 22 lines a page, 黑体 titles and "一、" headings, 楷体_GB2312 "（一）" headings, as
 * Word heading styles (so that the navigation pane and the table of contents see them), "— 1 —" under the 版心. The
 * face names are the standard ones every government PC has; the PDF embeds the same roles (Noto Serif SC, Noto Sans SC
 * Bold, LXGW WenKai).
 */
final class WordLook {
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String TABLE_FONT = "仿宋_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    /** 三号. */
    static final int BODY_SIZE = 16;

    static final double TABLE_SIZE = 9.5;

    /** 22 lines on the 225 mm 版心: 28.95 pt a line, fixed. */
    static final double LINE_PITCH = 28.95;

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** A4 in twips (1/20 pt). */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int TOP_MARGIN = mm(37);
    private static final int BOTTOM_MARGIN = PAGE_HEIGHT - TOP_MARGIN - mm(225);
    private static final int LEFT_MARGIN = mm(28);
    private static final int RIGHT_MARGIN = PAGE_WIDTH - LEFT_MARGIN - mm(156);
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    private WordLook() {}

    /** Heading styles 1–4: font, size in points, centred or not. */
    private record HeadingStyle(int level, String font, int size, boolean centred, boolean bold) {}

    private static final HeadingStyle[] HEADINGS = {
        new HeadingStyle(1, HEADING_FONT, 22, true, false),
        new HeadingStyle(2, HEADING_FONT, BODY_SIZE, false, false),
        new HeadingStyle(3, SUBHEADING_FONT, BODY_SIZE, false, false),
        new HeadingStyle(4, BODY_FONT, BODY_SIZE, false, false)
    };

    /** Relative widths scaled to twips that fill the text width of the page. */
    static int[] widths(int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[weights.length];
        int used = 0;
        for (int c = 0; c < weights.length; c++) {
            widths[c] = c == weights.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * weights[c] / sum;
            used += widths[c];
        }
        return widths;
    }

    static String headingStyleId(int level) {
        return "Heading" + level;
    }

    static void applyStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts(), BODY_FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        defaults.addNewLang().setEastAsia("zh-CN");
        styles.setStyles(ct);

        CTStyle normal = CTStyle.Factory.newInstance();
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(Boolean.TRUE);
        normal.addNewQFormat();
        styles.addStyle(new XWPFStyle(normal, styles));

        for (HeadingStyle heading : HEADINGS) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(headingStyleId(heading.level()));
            style.addNewName().setVal("heading " + heading.level());
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(heading.level() - 1L));
            paragraph.addNewSpacing().setBefore(BigInteger.ZERO);
            paragraph.getSpacing().setAfter(BigInteger.valueOf(heading.level() == 1 ? Math.round(LINE_PITCH * 20) : 0));
            paragraph
                    .getSpacing()
                    .setLine(BigInteger.valueOf(Math.round(LINE_PITCH * (heading.level() == 1 ? 30 : 20))));
            paragraph
                    .getSpacing()
                    .setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
            if (heading.level() == 4) {
                paragraph.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
            }
            if (heading.centred()) {
                paragraph.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
            }
            CTRPr run = style.addNewRPr();
            fonts(run.addNewRFonts(), heading.font());
            run.addNewSz().setVal(BigInteger.valueOf(heading.size() * 2L));
            run.addNewSzCs().setVal(BigInteger.valueOf(heading.size() * 2L));
            if (heading.bold()) {
                run.addNewB();
            }
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static void fonts(CTFonts fonts, String eastAsia) {
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
        fonts.setCs(LATIN_FONT);
    }

    /** A heading run in its style's font, size and weight, also set on the run (see {@link #font}). */
    static void headingFont(XWPFRun run, int level) {
        HeadingStyle style = HEADINGS[level - 1];
        font(run, style.font(), style.size());
        if (style.bold()) {
            run.setBold(true);
        }
    }

    /** The run's fonts, set on the run itself as well, so that a copy into another document keeps them. */
    static void font(XWPFRun run, String eastAsia, double size) {
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
    }

    /** A4 portrait on the GB/T 9704 page. */
    static void pageSize(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP_MARGIN));
        margins.setBottom(BigInteger.valueOf(BOTTOM_MARGIN));
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
        margins.setHeader(BigInteger.valueOf(mm(20)));
        // the page number stands 7 mm below the 版心
        margins.setFooter(BigInteger.valueOf(BOTTOM_MARGIN - mm(7) - mm(6)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The last section (the body): numbered "— 1 —" from its first page, the draft mark in the header where there is
     * one. Called last, as the body's final section.
     */
    static void bodySection(XWPFDocument document, String draftMark, boolean restartNumbering) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        pageSize(section);
        if (restartNumbering) {
            section.addNewPgNumType().setStart(BigInteger.ONE);
        }
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(document, section);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph line = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        line.setAlignment(ParagraphAlignment.CENTER);
        text(line, "— ");
        field(line, "PAGE");
        text(line, " —");
        draft(policy, draftMark);
    }

    /** A section before the body (cover, table of contents): no page number, the draft mark where there is one. */
    static void frontSection(XWPFDocument document, CTSectPr section, String draftMark) {
        pageSize(section);
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(document, section);
        policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT, new XWPFParagraph[0]);
        draft(policy, draftMark);
    }

    private static void draft(XWPFHeaderFooterPolicy policy, String draftMark) {
        if (draftMark == null) {
            return;
        }
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph line = header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().get(0);
        line.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = line.createRun();
        font(run, HEADING_FONT, 12);
        run.setColor("C00000");
        run.setText(draftMark);
    }

    private static void text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        font(run, PAGE_NUMBER_FONT, 14);
        run.setText(text);
    }

    /** A field as begin / instruction / separate / shown value / end runs, which every Word version updates. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        font(code, PAGE_NUMBER_FONT, 14);
        CTR ct = code.getCTR();
        ct.addNewInstrText().setStringValue(" " + instruction + " ");
        fieldChar(paragraph, STFldCharType.SEPARATE);
        text(paragraph, "1");
        fieldChar(paragraph, STFldCharType.END);
    }

    static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = paragraph.createRun();
        font(run, PAGE_NUMBER_FONT, 14);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
