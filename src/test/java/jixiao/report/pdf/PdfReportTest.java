package jixiao.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.report.SeedReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report's PDF, read back with PDFBox: extracted text, fonts, page size. */
class PdfReportTest {
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void readBack() throws IOException {
        pdf = Loader.loadPDF(SeedReport.pdf().toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** Text without the line breaks and spaces that layout puts in. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void extractedTextIsRealChineseNotLookAlikeRadicals() {
        assertThat(text).contains("项目支出绩效自评表", "专家评审费", "10.88", "评审专家人数", "≥200人", "145人");
        // pdfbox 3.0.7 mapped 目 to the Kangxi radical ⽬ (U+2F6C) in ToUnicode; 3.0.8 is pinned for this
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF))
                .as("CJK radicals instead of ideographs")
                .isEmpty();
    }

    @Test
    void theChineseFontIsEmbeddedInEveryPage() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        // each face subset ("ABCDEF+NotoSerifSC-Regular"): only the glyphs used are embedded
        assertThat(fonts).allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+.*"));
        assertThat(fonts.stream().map(name -> name.substring(7)).distinct())
                .containsExactlyInAnyOrder("NotoSerifSC-Regular", "NotoSansSC-Bold", "LXGWWenKai-Regular");
    }

    @Test
    void pagesAreA4AndNumberedFromTheBodyWithTheDraftMarkOnEvery() throws IOException {
        int pages = pdf.getNumberOfPages();
        PDRectangle box = pdf.getPage(0).getMediaBox();

        assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        // the cover and the table of contents carry no number; the body counts from 1
        assertThat(page(1)).doesNotContain("— 1 —").contains("预算绩效自评报告");
        assertThat(page(2)).doesNotContain("— ").contains("目　录");
        assertThat(page(3)).contains("— 1 —");
        assertThat(page(pages)).contains("— " + (pages - 2) + " —");
        for (int p = 1; p <= pages; p++) {
            assertThat(page(p)).as("page %d", p).contains("草稿：尚有 27 处错误未更正或说明");
        }
        assertThat(pdf.getDocumentInformation().getTitle())
                .isEqualTo(SeedReport.document().title());
    }

    /**
     * GB/T 9704 (issue 17, item 5): the text block (版心) is 156 mm wide from the 订口 of 28 mm. The body's lines start
     * at 28 mm and the justified ones end at 184 mm; before, the HTML body's default margin of 8 px took 2.1 mm off
     * each side, so the text stood at 30.1 mm and was 151.8 mm wide.
     */
    @Test
    void theBodyTextFillsTheGbT9704TextBlock() throws IOException {
        double mm = 72 / 25.4;
        double[] extent = {Double.MAX_VALUE, 0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition position : positions) {
                    extent[0] = Math.min(extent[0], position.getXDirAdj());
                    extent[1] = Math.max(extent[1], position.getXDirAdj() + position.getWidthDirAdj());
                }
            }
        };
        // the body's first pages: prose of the whole-unit part, no table
        stripper.setStartPage(3);
        stripper.setEndPage(8);
        stripper.getText(pdf);

        assertThat(extent[0] / mm)
                .as("left edge of the text, mm")
                .isCloseTo(28, org.assertj.core.data.Offset.offset(0.3));
        assertThat(extent[1] / mm)
                .as("right edge of the text, mm")
                .isCloseTo(28 + 156, org.assertj.core.data.Offset.offset(0.5));
    }

    private static String page(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void theTableOfContentsGivesThePageOfEachPart() throws IOException {
        String contents = page(2);
        int pages = pdf.getNumberOfPages();
        Matcher entry = Pattern.compile("项目支出绩效自评报告\\s*(\\d+)").matcher(contents);
        assertThat(entry.find()).isTrue();
        int page = Integer.parseInt(entry.group(1));
        assertThat(page + 2).isLessThan(pages);
        assertThat(page(page + 2)).contains("项目支出绩效自评报告").contains("— " + page + " —");
    }

    @Test
    void everySheetAndTheNarrativeAreThere() {
        assertThat(flat(text))
                .contains(flat("部门（单位）整体自评报告"))
                .contains("1111.9")
                .contains(flat("专家评审费：分别从三个方面进行评分"))
                .contains(flat("预算执行率指标分值10分，自评分值3.48分；共计89.24分。"))
                .contains(flat("八、专家评审费89.24分。全年预算21万元，实际支付7.3万元，预算执行率34.76%。"));
        assertThat(text.split("项目支出绩效自评表", -1).length - 1)
                .as("one title per form")
                .isEqualTo(10);
    }

    @Test
    void indicatorHeadingsRepeatWhereASheetRunsOverAPage() throws IOException {
        int pages = pdf.getNumberOfPages();
        PDFTextStripper stripper = new PDFTextStripper();
        int pagesWithHeadings = 0;
        for (int page = 1; page <= pages; page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = stripper.getText(pdf);
            if (pageText.contains("偏差原因分析") && !pageText.contains("项目支出绩效自评表")) {
                pagesWithHeadings++;
            }
        }
        // 公共资源配置提升经费 has 22 indicators and runs over a page; its column headings come again on the next
        assertThat(pagesWithHeadings).isPositive();
    }

    @Test
    void theOutlineFollowsTheHeadings() {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        List<String> top = new ArrayList<>();
        List<String> underProjects = new ArrayList<>();
        for (PDOutlineItem item : outline.children()) {
            top.add(item.getTitle());
            if (item.getTitle().equals("项目支出绩效自评报告")) {
                item.children().forEach(child -> underProjects.add(child.getTitle()));
            }
        }
        assertThat(top).containsExactly("部门（单位）整体自评报告", "项目支出绩效自评报告", "附件1");
        assertThat(underProjects)
                .containsExactly("一、项目支出基本情况", "二、绩效自评工作开展情况", "三、绩效自评结果及分析", "四、存在的问题和建议", "五、其他需要说明的问题");
    }
}
