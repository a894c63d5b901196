package jixiao.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
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
 * Page, fonts and styles of a Chinese government report: A4, 仿宋 body, 黑体/楷体 headings as Word heading styles
 * (so that the navigation pane and a table of contents see them), "第 N 页 共 M 页" in the footer.
 */
final class WordLook {
    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体";
    static final String TABLE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    static final int BODY_SIZE = 12;
    static final int TABLE_SIZE = 9;

    /** A4 in twips (1/20 pt); margins 2.5 cm left and right, so the text is {@link #TEXT_WIDTH} wide. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int SIDE_MARGIN = 1418;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;

    private WordLook() {}

    /** Heading styles 1–4: font, size in points, centred or not. */
    private record HeadingStyle(int level, String font, int size, boolean centred, boolean bold) {}

    private static final HeadingStyle[] HEADINGS = {
        new HeadingStyle(1, HEADING_FONT, 18, true, false),
        new HeadingStyle(2, HEADING_FONT, 16, false, false),
        new HeadingStyle(3, SUBHEADING_FONT, 15, false, true),
        new HeadingStyle(4, BODY_FONT, BODY_SIZE + 1, false, true)
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
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(heading.level() == 1 ? 240 : 120));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
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

    /** A4 portrait with the margins above and the page-number footer; called last, as the body's final section. */
    static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
        margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(851));
        margins.setGutter(BigInteger.ZERO);

        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(document, section);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph line = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        line.setAlignment(ParagraphAlignment.CENTER);
        text(line, "第 ");
        field(line, "PAGE");
        text(line, " 页 共 ");
        field(line, "NUMPAGES");
        text(line, " 页");
    }

    private static void text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        font(run, TABLE_FONT, TABLE_SIZE);
        run.setText(text);
    }

    /** A field as begin / instruction / separate / shown value / end runs, which every Word version updates. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        font(code, TABLE_FONT, TABLE_SIZE);
        CTR ct = code.getCTR();
        ct.addNewInstrText().setStringValue(" " + instruction + " ");
        fieldChar(paragraph, STFldCharType.SEPARATE);
        text(paragraph, "1");
        fieldChar(paragraph, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = paragraph.createRun();
        font(run, TABLE_FONT, TABLE_SIZE);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
