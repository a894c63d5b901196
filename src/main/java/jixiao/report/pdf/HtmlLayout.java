package jixiao.report.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.EvaluationSheet.FundsLine;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.report.OfficialDocument;

/**
 * An {@link OfficialDocument} as XHTML for openhtmltopdf, on the GB/T 9704 page: A4 with a 156 × 225 mm 版心 (天头
 * 37 mm, 订口 28 mm), body in 三号 (16 pt) serif at 22 lines a page, 黑体 titles and "一、" headings, 楷体 "（一）"
 * headings, the page number "— 1 —" under the 版心 (none on the cover, counted from the first page after the table
 * of contents), a draft mark on every page while the document is a draft, table headers repeated on every page a
 * table runs over, and rows that never split.
 */
final class HtmlLayout {
    static final String SERIF = "Noto Serif SC";
    static final String SANS_BOLD = "Noto Sans SC Bold";
    static final String KAI = "LXGW WenKai";

    /** The 版心's width in mm: every table is laid on it. */
    static final double TEXT_WIDTH_MM = 156;

    /**
     * The width the columns of a table share: the 版心 less room for the outer border, half of which a collapsed
     * border draws outside the table (columns of the full 156 mm lost their right border at the page's edge).
     */
    static final double TABLE_WIDTH_MM = TEXT_WIDTH_MM - 0.5;

    /** Horizontal padding of a table cell on either side, in pt. */
    static final double CELL_PADDING_PT = 2.5;

    /** Font size of the tables (小五 is 9 pt, 五号 10.5 pt): the 自评表's nine columns must fit 156 mm. */
    static final double TABLE_FONT_PT = 9.5;

    private static final String STYLE =
            """
            @page {
              size: A4;
              margin: 37mm 26mm 35mm 28mm;
              @bottom-center { content: element(footer); vertical-align: top; padding-top: 7mm; }
              %4$s
            }
            .footer { position: running(footer); font-family: '%1$s'; font-size: 14pt; text-align: center; }
            .footer .page-number::before { content: "— " counter(page) " —"; }
            body { font-family: '%1$s'; font-size: 16pt; line-height: 28.9pt; margin: 0; }
            h1, h2, h3, h4 { font-weight: normal; page-break-after: avoid; margin: 0; }
            h1 { font-family: '%2$s'; font-size: 22pt; line-height: 1.5; text-align: center; margin: 0 0 28.9pt 0; }
            h2 { font-family: '%2$s'; font-size: 16pt; }
            h3 { font-family: '%3$s'; font-size: 16pt; }
            h4 { font-family: '%1$s'; font-size: 16pt; text-indent: 2em; }
            p { margin: 0; text-align: justify; }
            p.body { text-indent: 2em; }
            p.annex { font-family: '%2$s'; font-size: 16pt; }
            p.note { font-size: 9pt; line-height: 1.35; margin-top: 2pt; }
            .break { page-break-before: always; }
            .cover { text-align: center; }
            .cover .unit { font-family: '%2$s'; font-size: 22pt; line-height: 1.5; margin-top: 40mm; }
            .cover .title { font-family: '%2$s'; font-size: 26pt; line-height: 1.5; margin-top: 6mm; }
            .cover .year { font-family: '%3$s'; font-size: 16pt; margin-top: 4mm; }
            .cover .by { font-size: 16pt; margin-top: 70mm; }
            .numbered { -fs-page-sequence: start; }
            .toc-title { font-family: '%2$s'; font-size: 22pt; text-align: center; margin-bottom: 14pt; }
            table.toc { width: 100%%; border-collapse: collapse; margin: 0; }
            table.toc td { border: none; font-size: 14pt; line-height: 1.7; padding: 0; text-align: left;
                           vertical-align: bottom; }
            table.toc td.page { width: 3em; text-align: right; }
            table.toc td.level2 { padding-left: 2em; }
            table.toc a { color: #000; text-decoration: none; }
            table.toc a.page::after { content: target-counter(attr(href), page); }
            .signature { margin-top: 43.35pt; text-align: right; padding-right: 4em; }
            .signature p { text-align: right; }
            table { border-collapse: collapse; width: %7$smm; table-layout: fixed; -fs-table-paginate: paginate;
                    margin: 4pt 0 8pt 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            td, th { border: 0.6pt solid #000; padding: 1pt %5$spt; font-size: %6$spt; line-height: 1.2;
                     font-weight: normal; text-align: center; vertical-align: middle; word-wrap: break-word; }
            th { font-family: '%2$s'; }
            td.left { text-align: left; }
            .sheet-title { font-family: '%2$s'; font-size: 16pt; text-align: center; line-height: 1.4; }
            .sheet-year { font-family: '%3$s'; font-size: 12pt; text-align: center; line-height: 1.4; }
            .filled-by { font-size: 10.5pt; line-height: 1.4; margin: 2pt 0 2pt 0; }
            table.sheet { margin: 0; }
            table.sheet + table.sheet { margin-top: -0.6pt; }
            td.open-top { border-top: none; }
            th.open-bottom { border-bottom: none; }
            """;

    private HtmlLayout() {}

    static String html(OfficialDocument document) {
        StringBuilder html = new StringBuilder(256 * 1024);
        String draft = document.draftMark() == null
                ? ""
                : "@top-center { content: \"" + cssString(document.draftMark())
                        + "\"; font-family: '" + SANS_BOLD
                        + "'; font-size: 12pt; color: #c00000; vertical-align: bottom;"
                        + " padding-bottom: 6mm; }";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title()))
                .append("</title><meta name=\"author\" content=\"")
                .append(escape(document.issuer()))
                .append("\"/><style>")
                .append(STYLE.formatted(SERIF, SANS_BOLD, KAI, draft, CELL_PADDING_PT, TABLE_FONT_PT, TABLE_WIDTH_MM))
                .append("</style>");
        List<Entry> outline = outline(document.blocks());
        bookmarks(html, outline);
        html.append("</head><body>");
        if (document.cover() != null) {
            cover(html, document.cover());
        }
        boolean pageBreak = document.cover() != null;
        boolean front = false;
        boolean numbered = false;
        int entry = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.PageBreak) {
                pageBreak = true;
                continue;
            }
            List<String> classes = new ArrayList<>();
            if (block instanceof Block.Contents) {
                front = true;
                contents(html, outline, pageBreak ? "break" : "");
                pageBreak = false;
                continue;
            }
            if (!numbered) {
                // the page count and the page number start on the first page after the cover and the table of
                // contents: the running footer shows from the page it stands on
                html.append("<div class=\"numbered")
                        .append(pageBreak ? " break" : "")
                        .append("\">")
                        .append("<div class=\"footer\"><span class=\"page-number\"></span></div></div>");
                numbered = true;
                pageBreak = false;
            }
            if (pageBreak) {
                classes.add("break");
            }
            pageBreak = false;
            String css = String.join(" ", classes);
            if (block instanceof Block.Heading heading) {
                String tag = "h" + heading.level();
                html.append('<').append(tag).append(" id=\"h").append(++entry).append('"');
                html.append(classes(css)).append('>');
                html.append(escape(heading.text())).append("</").append(tag).append('>');
            } else if (block instanceof Block.Paragraph paragraph) {
                String style =
                        switch (paragraph.style()) {
                            case BODY -> "body";
                            case PLAIN -> "plain";
                            case ANNEX -> "annex";
                            case NOTE -> "note";
                        };
                String id = paragraph.style() == Block.Style.ANNEX ? " id=\"h" + (++entry) + "\"" : "";
                // one paragraph per line: a justified line ending in a line break would be spread out
                for (String line : paragraph.text().split("\\r?\\n")) {
                    html.append("<p").append(id).append(classes(style, css)).append('>');
                    html.append(escape(line)).append("</p>");
                    css = "";
                    id = "";
                }
            } else if (block instanceof Block.Table table) {
                table(html, table, css);
            } else if (block instanceof EvaluationSheet sheet) {
                sheet(html, sheet, css);
            } else if (block instanceof Block.Signature signature) {
                html.append("<div")
                        .append(classes("signature", css))
                        .append("><p>")
                        .append(escape(signature.issuer()))
                        .append("</p><p>")
                        .append(escape(signature.date()))
                        .append("</p></div>");
            } else {
                throw new IllegalArgumentException("unknown block " + block);
            }
        }
        if (front && !numbered) {
            throw new IllegalStateException("a table of contents with nothing after it");
        }
        return html.append("</body></html>").toString();
    }

    /** A heading (or an attachment's label) with its level and the id {@link #html} gives it. */
    private record Entry(int level, String text, String id) {}

    /** Every heading and attachment label in order, numbered as {@link #html} numbers them. */
    private static List<Entry> outline(List<Block> blocks) {
        List<Entry> entries = new ArrayList<>();
        int id = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                entries.add(new Entry(heading.level(), heading.text(), "h" + (++id)));
            } else if (block instanceof Block.Paragraph paragraph && paragraph.style() == Block.Style.ANNEX) {
                entries.add(new Entry(1, paragraph.text(), "h" + (++id)));
            }
        }
        return entries;
    }

    private static void cover(StringBuilder html, OfficialDocument.Cover cover) {
        html.append("<div class=\"cover\"><div class=\"unit\">")
                .append(escape(cover.unit()))
                .append("</div><div class=\"title\">")
                .append(escape(cover.title()))
                .append("</div><div class=\"year\">")
                .append(escape(cover.year()))
                .append("</div><div class=\"by\">")
                .append(escape(cover.date()))
                .append("</div></div>");
    }

    /** 目录: levels 1 and 2, each with the page its heading falls on. */
    private static void contents(StringBuilder html, List<Entry> outline, String css) {
        html.append("<div").append(classes(css)).append("><div class=\"toc-title\">目　录</div><table class=\"toc\">");
        for (Entry entry : outline) {
            if (entry.level() > 2) {
                continue;
            }
            html.append("<tr><td class=\"level")
                    .append(entry.level())
                    .append("\"><a href=\"#")
                    .append(entry.id())
                    .append("\">")
                    .append(escape(entry.text()))
                    .append("</a></td><td class=\"page\"><a class=\"page\" href=\"#")
                    .append(entry.id())
                    .append("\"></a></td></tr>");
        }
        html.append("</table></div>");
    }

    /** The PDF's outline (bookmarks) from headings 1 to 3 and the attachments' labels. */
    private static void bookmarks(StringBuilder html, List<Entry> outline) {
        html.append("<bookmarks>");
        Deque<Integer> open = new ArrayDeque<>();
        for (Entry entry : outline) {
            if (entry.level() > 3) {
                continue;
            }
            while (!open.isEmpty() && open.peek() >= entry.level()) {
                html.append("</bookmark>");
                open.pop();
            }
            html.append("<bookmark name=\"")
                    .append(escape(entry.text()))
                    .append("\" href=\"#")
                    .append(entry.id())
                    .append("\">");
            open.push(entry.level());
        }
        for (int i = 0; i < open.size(); i++) {
            html.append("</bookmark>");
        }
        html.append("</bookmarks>");
    }

    private static void table(StringBuilder html, Block.Table table, String css) {
        html.append("<table").append(classes(css)).append('>');
        columns(html, table.layoutWeights());
        html.append("<thead><tr>");
        for (String heading : table.header()) {
            html.append("<th>").append(escape(heading)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                html.append(td(cell, 1, 1, table.alignedLeft(c) ? "left" : ""));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /**
     * Two tables on one grid: the head (项目名称 to 年度总体目标) and the indicators, whose column headings repeat
     * on every page the indicators run over.
     */
    private static void sheet(StringBuilder html, EvaluationSheet sheet, String css) {
        html.append("<div").append(classes("sheet-title", css)).append('>');
        html.append(EvaluationSheet.TITLE).append("</div>");
        html.append("<div class=\"sheet-year\">")
                .append(escape(sheet.yearLine()))
                .append("</div>");
        html.append("<div class=\"filled-by\">填表人及联系方式：")
                .append(escape(sheet.filledBy()))
                .append("</div>");

        html.append("<table class=\"sheet\">");
        columns(html, EvaluationSheet.grid());
        html.append("<tbody>");
        html.append("<tr>").append(td("项目名称", 2, 1, "")).append(td(sheet.projectName(), 7, 1, "left"));
        html.append("</tr><tr>")
                .append(td("主管部门及代码", 2, 1, ""))
                .append(td(sheet.competentDepartment(), 3, 1, "left"))
                .append(td("实施单位", 2, 1, ""))
                .append(td(sheet.implementingUnit(), 2, 1, "left"))
                .append("</tr>");
        List<String> fundsHeader = FundsLine.HEADER;
        html.append("<tr>")
                .append(td(sheet.fundsLabel(), 1, 1 + sheet.funds().size(), ""))
                .append(td(fundsHeader.get(0), 2, 1, ""));
        for (int i = 1; i < fundsHeader.size(); i++) {
            html.append(td(fundsHeader.get(i), 1, 1, ""));
        }
        html.append("</tr>");
        for (FundsLine line : sheet.funds()) {
            List<String> cells = line.cells();
            html.append("<tr>").append(td(cells.get(0), 2, 1, "left"));
            for (int i = 1; i < cells.size(); i++) {
                html.append(td(cells.get(i), 1, 1, ""));
            }
            html.append("</tr>");
        }
        html.append("<tr>")
                .append(td("年度总体目标", 1, 2, ""))
                .append(td("预期目标", 4, 1, ""))
                .append(td("实际完成情况", 4, 1, ""))
                .append("</tr><tr>")
                .append(td(sheet.expectedGoal(), 4, 1, "left"))
                .append(td(sheet.achievedGoal(), 4, 1, "left"))
                .append("</tr></tbody></table>");

        html.append("<table class=\"sheet\">");
        columns(html, EvaluationSheet.grid());
        html.append("<thead><tr><th class=\"open-bottom\"></th>");
        for (String heading : IndicatorLine.HEADER) {
            html.append("<th>").append(escape(heading)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        int rows = Math.max(1, sheet.indicators().size());
        String label = td("绩效指标", 1, rows, "open-top");
        if (sheet.indicatorsMissing() != null) {
            html.append("<tr>")
                    .append(label)
                    .append(td(sheet.indicatorsMissing(), 8, 1, "left"))
                    .append("</tr>");
        }
        boolean first = sheet.indicatorsMissing() == null;
        for (IndicatorLine line : sheet.indicators()) {
            List<String> cells = line.cells();
            html.append("<tr>");
            if (first) {
                html.append(label);
                first = false;
            }
            if (line.level1Rows() > 0) {
                html.append(td(cells.get(0), 1, line.level1Rows(), ""));
            }
            if (line.level2Rows() > 0) {
                html.append(td(cells.get(1), 1, line.level2Rows(), ""));
            }
            html.append(td(cells.get(2), 1, 1, "left"));
            for (int i = 3; i < cells.size(); i++) {
                html.append(td(cells.get(i), 1, 1, i == cells.size() - 1 ? "left" : ""));
            }
            html.append("</tr>");
        }
        html.append("<tr>")
                .append(td("总分", 6, 1, ""))
                .append(td(
                        sheet.weightTotal() == null ? "—" : sheet.weightTotal().toString(), 1, 1, ""))
                .append(td(sheet.total().toString(), 1, 1, ""))
                .append(td("", 1, 1, ""))
                .append("</tr></tbody></table>");
    }

    /**
     * Relative widths as lengths on the 版心, in hundredths of a millimetre rounded down. Not as percentages:
     * openhtmltopdf truncates a percentage to a whole number (9.9% is laid out as 9%), which wrapped "100.00%" in a
     * column given just room for it.
     */
    private static void columns(StringBuilder html, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        html.append("<colgroup>");
        for (int weight : weights) {
            html.append("<col style=\"width: ")
                    .append(Math.floor(100 * TABLE_WIDTH_MM * weight / sum) / 100)
                    .append("mm\"/>");
        }
        html.append("</colgroup>");
    }

    private static String td(String text, int columns, int rows, String cssClass) {
        StringBuilder cell = new StringBuilder("<td");
        if (columns > 1) {
            cell.append(" colspan=\"").append(columns).append('"');
        }
        if (rows > 1) {
            cell.append(" rowspan=\"").append(rows).append('"');
        }
        cell.append(classes(cssClass)).append('>').append(escape(text)).append("</td>");
        return cell.toString();
    }

    private static String classes(String... names) {
        String joined = String.join(" ", List.of(names)).strip();
        return joined.isEmpty() ? "" : " class=\"" + joined + "\"";
    }

    /** A text inside a CSS string: quotes and backslashes escaped. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** XML escaping, with new lines as line breaks. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        // noncharacters (U+FFFE) and unpaired surrogates are not XML either: one broke the PDF of a whole report
        text = jixiao.shared.PlainText.of(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> {}
                case '\n' -> out.append("<br/>");
                default -> {
                    // characters XML 1.0 forbids (control codes from a PDF extraction) are dropped, not rendered
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
