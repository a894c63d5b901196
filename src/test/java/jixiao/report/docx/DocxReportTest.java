package jixiao.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.report.SeedReport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The seed report's Word file, read back with POI: paragraphs, styles, table cells, merges, repeated header rows,
 * sections, page set-up, the table of contents field and the draft mark.
 */
class DocxReportTest {
    private static final Pattern SUMMARY = Pattern.compile("^(.+?)：(?:分别从|报告未附).*共计(\\d+(?:\\.\\d+)?)分。$");
    private static final Pattern ANALYSIS = Pattern.compile("^[一二三四五六七八九十]+、(.+?) ?(\\d+(?:\\.\\d+)?)分。");

    private static XWPFDocument word;

    @BeforeAll
    static void readBack() throws IOException {
        try (InputStream in = Files.newInputStream(SeedReport.docx())) {
            word = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        word.close();
    }

    /** The head table of a project's 自评表 (项目名称 … 年度总体目标). */
    private static XWPFTable head(String project) {
        return word.getTables().stream()
                .filter(table -> table.getRow(0).getCell(0).getText().equals("项目名称"))
                .filter(table -> table.getRow(0).getCell(1).getText().equals(project))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 自评表 for " + project));
    }

    /** The indicator table that follows the head table of a project's 自评表. */
    private static XWPFTable indicators(String project) {
        List<XWPFTable> tables = word.getTables();
        return tables.get(tables.indexOf(head(project)) + 1);
    }

    private static List<String> texts(XWPFTableRow row) {
        List<String> texts = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            texts.add(cell.getText());
        }
        return texts;
    }

    private static XWPFTableRow rowWith(XWPFTable table, String text) {
        return table.getRows().stream()
                .filter(row -> texts(row).contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    /** 总分 row: 总分 | Σ weights | total | (blank). */
    private static String tableTotal(XWPFTable table) {
        XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
        assertThat(last.getCell(0).getText()).isEqualTo("总分");
        return last.getCell(2).getText();
    }

    @Test
    void theExpertFeesTablePrintsTheUnitsScores() {
        assertThat(texts(rowWith(indicators("专家评审费"), "评审专家人数")))
                .containsSubsequence("评审专家人数", "≥200人", "145人", "15", "10.88");
        assertThat(texts(rowWith(head("专家评审费"), "年度资金总额")))
                .containsSubsequence("21", "21", "7.3", "10", "34.76%", "3.48");
        assertThat(tableTotal(indicators("专家评审费"))).isEqualTo("89.24");
        // the unit scored 0 for two platforms it built: its report prints its scores
        assertThat(tableTotal(indicators("交易平台建设及电子化建设"))).isEqualTo("83.59");
    }

    @Test
    void theIndicatorHeadingRowRepeatsOnEveryPageTheTableRunsOver() {
        XWPFTable table = indicators("专家评审费");
        XWPFTableRow heading = table.getRow(0);
        assertThat(texts(heading))
                .containsExactly("", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        assertThat(heading.isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).isRepeatHeader()).isFalse();
        assertThat(table.getRows())
                .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
        // every plain table repeats its heading row too
        assertThat(word.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(0).getText().equals("序号")))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
    }

    @Test
    void groupsOfIndicatorsAreVerticalMergesInWord() {
        List<XWPFTableRow> rows = indicators("办公用房取暖").getRows();
        XWPFTableCell start = rows.get(1).getCell(1);
        assertThat(start.getText()).isEqualTo("产出指标");
        assertThat(start.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
        for (int i = 2; i <= 4; i++) {
            assertThat(rows.get(i).getCell(1).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
        }
        assertThat(rows.get(5).getCell(1).getText()).isEqualTo("效益指标");
        assertThat(rows.get(1).getCell(0).getText()).isEqualTo("绩效指标");
        assertThat(rows.get(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                .as("the 绩效指标 label column continues down the block")
                .isEqualTo(STMerge.CONTINUE);
    }

    /** Every figure in the narrative comes from the table: the totals parsed back from the file agree. */
    @Test
    void theNarrativeTotalOfEveryProjectEqualsItsTableTotal() {
        Map<String, String> summaries = new LinkedHashMap<>();
        Map<String, String> analyses = new LinkedHashMap<>();
        for (XWPFParagraph paragraph : word.getParagraphs()) {
            Matcher summary = SUMMARY.matcher(paragraph.getText());
            if (summary.find()) {
                summaries.put(summary.group(1), summary.group(2));
            }
            Matcher analysis = ANALYSIS.matcher(paragraph.getText());
            if (analysis.find()) {
                analyses.put(analysis.group(1), analysis.group(2));
            }
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (XWPFTable table : word.getTables()) {
            if (table.getRow(0).getCell(0).getText().equals("项目名称")) {
                String project = table.getRow(0).getCell(1).getText();
                tables.put(project, tableTotal(indicators(project)));
            }
        }

        assertThat(tables).hasSize(10);
        assertThat(summaries).isEqualTo(tables);
        assertThat(analyses).isEqualTo(tables);
    }

    @Test
    void theExecutionScoreInTheSummaryIsTheTablesScore() {
        for (XWPFTable table : word.getTables()) {
            if (!table.getRow(0).getCell(0).getText().equals("项目名称")) {
                continue;
            }
            String project = table.getRow(0).getCell(1).getText();
            List<String> funds = texts(rowWith(table, "年度资金总额"));
            String score = funds.get(funds.size() - 1);
            assertThat(word.getParagraphs()).as(project).anySatisfy(p -> assertThat(p.getText())
                    .startsWith(project + "：")
                    .contains("预算执行率指标分值10分，自评分值" + score + "分"));
        }
    }

    @Test
    void aCoverAndATableOfContentsComeBeforeTheUnitPart() {
        List<String> paragraphs =
                word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        // the headings' first occurrences are the table of contents' entries
        int unit = paragraphs.lastIndexOf("部门（单位）整体自评报告");
        int projects = paragraphs.lastIndexOf("项目支出绩效自评报告");

        assertThat(paragraphs.subList(0, 4)).containsExactly("三门峡市公共资源交易中心", "预算绩效自评报告", "（2021年度）", "2022年3月15日");
        assertThat(paragraphs.indexOf("目　录")).isBetween(4, unit);
        assertThat(projects).isGreaterThan(unit);
        assertThat(paragraphs.subList(unit, projects))
                .anySatisfy(p -> assertThat(p).contains("1111.9"));
        String toc =
                word.getParagraphs().get(paragraphs.indexOf("目　录") + 1).getCTP().xmlText();
        assertThat(toc).contains("TOC \\o \"1-2\"");
        assertThat(word.getSettings().getCTSettings().xmlText()).contains("updateFields");
    }

    @Test
    void headingsAreWordHeadingStylesWithTheStandardChineseFaces() {
        assertThat(word.getStyles().styleExist("Heading1")).isTrue();
        assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        Map<String, XWPFParagraph> byText = new LinkedHashMap<>();
        for (XWPFParagraph paragraph : word.getParagraphs()) {
            // the later one: the first is the table of contents' entry
            byText.put(paragraph.getText(), paragraph);
        }
        assertThat(byText.get("部门（单位）整体自评报告").getStyle()).isEqualTo("Heading1");
        assertThat(byText.get("项目支出绩效自评报告").getStyle()).isEqualTo("Heading1");
        assertThat(byText.get("三、绩效自评结果及分析").getStyle()).isEqualTo("Heading2");
        assertThat(byText.get("（二）自评分析").getStyle()).isEqualTo("Heading3");

        assertThat(face(byText.get("三、绩效自评结果及分析"))).isEqualTo("黑体");
        assertThat(face(byText.get("（二）自评分析"))).isEqualTo("楷体_GB2312");
        assertThat(face(byText.get("附件1"))).isEqualTo("黑体");
        XWPFParagraph body = word.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("根据"))
                .findFirst()
                .orElseThrow();
        assertThat(face(body)).isEqualTo("仿宋_GB2312");
        assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
        XWPFRun cell = head("专家评审费")
                .getRow(0)
                .getCell(1)
                .getParagraphs()
                .get(0)
                .getRuns()
                .get(0);
        assertThat(cell.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
    }

    private static String face(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    /** GB/T 9704: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; "— 1 —" from the body's first page. */
    @Test
    void pagesAreTheOfficialPageNumberedFromTheBody() {
        CTSectPr body = word.getDocument().getBody().getSectPr();
        assertThat(body.getPgSz().getW()).hasToString("11906");
        assertThat(body.getPgSz().getH()).hasToString("16838");
        assertThat(((java.math.BigInteger) body.getPgMar().getTop()).intValue()).isEqualTo(2098);
        assertThat(((java.math.BigInteger) body.getPgMar().getLeft()).intValue())
                .isEqualTo(1587);
        assertThat(11906
                        - ((java.math.BigInteger) body.getPgMar().getLeft()).intValue()
                        - ((java.math.BigInteger) body.getPgMar().getRight()).intValue())
                .as("156 mm")
                .isEqualTo(8844);
        assertThat(body.getPgNumType().getStart().intValue()).isEqualTo(1);

        assertThat(word.getFooterList()).anySatisfy(footer -> {
            String xml = footer.getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer.getText()).contains("—");
            assertThat(xml).contains(" PAGE ");
        });
        long sections = word.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .count();
        assertThat(sections)
                .as("the cover and the contents are a section of their own")
                .isEqualTo(1);
    }

    @Test
    void aDraftCarriesItsMarkInEveryHeader() {
        assertThat(word.getHeaderList()).hasSize(2).allSatisfy(header -> assertThat(header.getText())
                .contains("草稿")
                .contains("27"));
    }

    @Test
    void eachSheetStartsOnANewPageWithItsTitleAndTheAnnexIsLabelledOnce() {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        long sheets = paragraphs.stream()
                .filter(p -> p.getText().equals("项目支出绩效自评表"))
                .peek(p -> {
                    XWPFParagraph before = paragraphs.get(paragraphs.indexOf(p) - 1);
                    assertThat(before.isPageBreak() || p.isPageBreak()).isTrue();
                })
                .count();
        assertThat(sheets).isEqualTo(10);
        assertThat(paragraphs.stream().filter(p -> p.getText().equals("附件1")))
                .as("the table of contents' entry and the label")
                .hasSize(2)
                .last()
                .satisfies(label -> assertThat(label.isPageBreak()).isTrue());
    }

    @Test
    void theSignatureNamesTheUnitAndTheDateRightAligned() {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        XWPFParagraph date = paragraphs.stream()
                .filter(p -> p.getText().equals("2022年3月15日") && p.getAlignment() == ParagraphAlignment.RIGHT)
                .findFirst()
                .orElseThrow();
        XWPFParagraph unit = paragraphs.get(paragraphs.indexOf(date) - 1);
        assertThat(unit.getText()).isEqualTo("三门峡市公共资源交易中心");
        assertThat(unit.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }
}
