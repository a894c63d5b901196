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

/** The seed report's Word file, read back with POI: paragraphs, styles, table cells, merges, page set-up. */
class DocxReportTest {
    private static final Pattern SUMMARY = Pattern.compile("^(.+?)：(?:分别从|报告未附).*共计 (\\d+(?:\\.\\d+)?) 分。$");
    private static final Pattern ANALYSIS = Pattern.compile("^[一二三四五六七八九十]+、(.+?) (\\d+(?:\\.\\d+)?) 分。");

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

    private static XWPFTable sheet(String project) {
        return word.getTables().stream()
                .filter(table -> table.getRow(0).getCell(0).getText().equals("项目名称"))
                .filter(table -> table.getRow(0).getCell(1).getText().equals(project))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 自评表 for " + project));
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
    void theExpertFeesTableHasTheIndicatorRowWithTheComputedScore() {
        XWPFTable table = sheet("专家评审费");

        assertThat(texts(rowWith(table, "评审专家人数"))).containsSubsequence("评审专家人数", "≥200人", "145人", "15", "10.88");
        assertThat(texts(rowWith(table, "年度资金总额"))).containsSubsequence("21", "21", "7.3", "10", "34.76%", "3.48");
        assertThat(tableTotal(table)).isEqualTo("89.24");
        assertThat(texts(rowWith(table, "绩效指标")))
                .containsExactly("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    }

    @Test
    void groupsOfIndicatorsAreVerticalMergesInWord() {
        XWPFTable table = sheet("办公用房取暖");
        List<XWPFTableRow> rows = table.getRows();
        int first = rows.indexOf(rowWith(table, "供暖面积"));

        XWPFTableCell start = rows.get(first).getCell(1);
        assertThat(start.getText()).isEqualTo("产出指标");
        assertThat(start.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
        for (int i = first + 1; i < first + 4; i++) {
            assertThat(rows.get(i).getCell(1).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
        }
        assertThat(rows.get(first + 4).getCell(1).getText()).isEqualTo("效益指标");
        assertThat(rows.get(first).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
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
            if (analysis.find() && paragraph.getText().contains("预算执行率")) {
                analyses.put(analysis.group(1), analysis.group(2));
            }
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (XWPFTable table : word.getTables()) {
            if (table.getRow(0).getCell(0).getText().equals("项目名称")) {
                tables.put(table.getRow(0).getCell(1).getText(), tableTotal(table));
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
                    .contains("预算执行率指标分值 10 分，自评分值 " + score + " 分"));
        }
    }

    @Test
    void theUnitPartComesFirstWithTheBudget() {
        List<String> paragraphs =
                word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int unit = paragraphs.indexOf("部门（单位）整体自评报告");
        int projects = paragraphs.indexOf("项目支出绩效自评报告");

        assertThat(unit).isZero();
        assertThat(projects).isPositive();
        assertThat(paragraphs.subList(unit, projects))
                .anySatisfy(p -> assertThat(p).contains("1111.9"));
    }

    @Test
    void headingsAreWordHeadingStylesWithChineseFonts() {
        assertThat(word.getStyles().styleExist("Heading1")).isTrue();
        assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        Map<String, String> styleOf = new LinkedHashMap<>();
        for (XWPFParagraph paragraph : word.getParagraphs()) {
            if (paragraph.getStyle() != null) {
                styleOf.putIfAbsent(paragraph.getText(), paragraph.getStyle());
            }
        }
        assertThat(styleOf)
                .containsEntry("部门（单位）整体自评报告", "Heading1")
                .containsEntry("项目支出绩效自评报告", "Heading1")
                .containsEntry("三、绩效自评结果及分析", "Heading2")
                .containsEntry("（二）自评分析", "Heading3")
                .containsEntry("附件1：项目支出绩效自评表", "Heading1");

        XWPFRun heading = word.getParagraphs().get(0).getRuns().get(0);
        assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        XWPFRun body = word.getParagraphs().get(1).getRuns().get(0);
        assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
        XWPFRun cell = sheet("专家评审费")
                .getRow(0)
                .getCell(1)
                .getParagraphs()
                .get(0)
                .getRuns()
                .get(0);
        assertThat(cell.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
    }

    @Test
    void pagesAreA4AndNumberedInTheFooter() {
        CTSectPr section = word.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).hasToString("11906");
        assertThat(section.getPgSz().getH()).hasToString("16838");

        assertThat(word.getFooterList()).singleElement().satisfies(footer -> {
            String xml = footer.getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer.getText()).contains("第").contains("页 共").contains("页");
            assertThat(xml).contains(" PAGE ").contains(" NUMPAGES ");
        });
    }

    @Test
    void eachSheetStartsOnANewPageWithItsTitle() {
        long sheets = word.getParagraphs().stream()
                .filter(p -> p.getText().equals("项目支出绩效自评表"))
                .peek(p -> assertThat(annexLabelBefore(p).isPageBreak()).isTrue())
                .count();
        assertThat(sheets).isEqualTo(10);
    }

    /** The "附件1" line (the annex heading on the first sheet) that opens the sheet's page. */
    private static XWPFParagraph annexLabelBefore(XWPFParagraph title) {
        List<XWPFParagraph> all = word.getParagraphs();
        XWPFParagraph before = all.get(all.indexOf(title) - 1);
        assertThat(before.getText()).startsWith("附件1");
        return before;
    }
}
