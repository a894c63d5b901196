package jixiao.report.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.EvaluationSheet.FundsLine;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.report.ReportDocument;

/**
 * A {@link ReportDocument} as XHTML for openhtmltopdf: A4 pages numbered "第 N 页 共 M 页", rows that never split,
 * table headers repeated on every page a table runs over.
 */
final class HtmlLayout {
    static final String FONT_FAMILY = "Noto Sans SC";

    /** What a plain table's column needs beyond its text, in half-width characters (see {@link #withPadding}). */
    private static final int CELL_PADDING_CHARACTERS = 3;

    private static final String STYLE =
            """
            @page {
              size: A4;
              margin: 22mm 20mm 22mm 20mm;
              @bottom-center {
                content: "第 " counter(page) " 页 共 " counter(pages) " 页";
                font-family: '%1$s';
                font-size: 9pt;
              }
            }
            body { font-family: '%1$s'; font-size: 11pt; line-height: 1.6; }
            h1, h2, h3, h4 { font-weight: normal; page-break-after: avoid; margin: 0; }
            h1 { font-size: 18pt; text-align: center; margin: 6pt 0 12pt 0; }
            h2 { font-size: 14pt; margin: 10pt 0 4pt 0; }
            h3 { font-size: 12.5pt; margin: 8pt 0 3pt 0; }
            h4 { font-size: 11.5pt; margin: 6pt 0 2pt 0; }
            p { margin: 0 0 4pt 0; text-align: justify; }
            p.body { text-indent: 2em; }
            p.plain { font-size: 11pt; }
            p.note { font-size: 8pt; line-height: 1.4; margin-top: 4pt; }
            .break { page-break-before: always; }
            table { border-collapse: collapse; width: 100%%; table-layout: fixed; -fs-table-paginate: paginate;
                    margin: 4pt 0 8pt 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            td, th { border: 0.6pt solid #000; padding: 1.5pt 3pt; font-size: 9pt; line-height: 1.25;
                     font-weight: normal; text-align: center; vertical-align: middle; word-wrap: break-word; }
            th { background-color: #f0f0f0; }
            td.left { text-align: left; }
            .sheet-title { font-size: 16pt; text-align: center; margin-top: 2pt; }
            .sheet-year { font-size: 11pt; text-align: center; }
            .filled-by { font-size: 9.5pt; margin: 2pt 0 2pt 0; }
            table.sheet { margin: 0; }
            table.sheet + table.sheet { margin-top: -0.6pt; }
            td.open-top { border-top: none; }
            th.open-bottom { border-bottom: none; }
            """;

    private HtmlLayout() {}

    static String html(ReportDocument document) {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title()))
                .append("</title><style>")
                .append(STYLE.formatted(FONT_FAMILY))
                .append("</style>");
        bookmarks(html, document);
        html.append("</head><body>");
        boolean pageBreak = false;
        int headings = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.PageBreak) {
                pageBreak = true;
                continue;
            }
            String breakClass = pageBreak ? "break" : "";
            pageBreak = false;
            if (block instanceof Block.Heading heading) {
                String tag = "h" + heading.level();
                html.append('<')
                        .append(tag)
                        .append(" id=\"h")
                        .append(++headings)
                        .append('"');
                html.append(classes(breakClass)).append('>');
                html.append(escape(heading.text())).append("</").append(tag).append('>');
            } else if (block instanceof Block.Paragraph paragraph) {
                String style =
                        switch (paragraph.style()) {
                            case BODY -> "body";
                            case PLAIN -> "plain";
                            case NOTE -> "note";
                        };
                // one paragraph per line: a justified line ending in a line break would be spread out
                for (String line : paragraph.text().split("\\r?\\n")) {
                    html.append("<p").append(classes(style, breakClass)).append('>');
                    html.append(escape(line)).append("</p>");
                    breakClass = "";
                }
            } else if (block instanceof Block.Table table) {
                table(html, table, breakClass);
            } else if (block instanceof EvaluationSheet sheet) {
                sheet(html, sheet, breakClass);
            } else {
                throw new IllegalArgumentException("unknown block " + block);
            }
        }
        return html.append("</body></html>").toString();
    }

    /** The PDF's outline (bookmarks) from headings 1 to 3, linked to the ids {@link #html} gives them. */
    private static void bookmarks(StringBuilder html, ReportDocument document) {
        html.append("<bookmarks>");
        Deque<Integer> open = new ArrayDeque<>();
        int id = 0;
        for (Block block : document.blocks()) {
            if (!(block instanceof Block.Heading heading)) {
                continue;
            }
            id++;
            if (heading.level() > 3) {
                continue;
            }
            while (!open.isEmpty() && open.peek() >= heading.level()) {
                html.append("</bookmark>");
                open.pop();
            }
            html.append("<bookmark name=\"")
                    .append(escape(heading.text()))
                    .append("\" href=\"#h")
                    .append(id)
                    .append("\">");
            open.push(heading.level());
        }
        for (int i = 0; i < open.size(); i++) {
            html.append("</bookmark>");
        }
        html.append("</bookmarks>");
    }

    private static void table(StringBuilder html, Block.Table table, String breakClass) {
        html.append("<table").append(classes(breakClass)).append('>');
        columns(html, withPadding(table.columnWeights()));
        html.append("<thead><tr>");
        for (String heading : table.header()) {
            html.append("<th>").append(escape(heading)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /**
     * Two tables on one grid: the head (项目名称 to 年度总体目标) and the indicators, whose column headings repeat
     * on every page the indicators run over.
     */
    private static void sheet(StringBuilder html, EvaluationSheet sheet, String breakClass) {
        html.append("<div").append(classes("sheet-title", breakClass)).append('>');
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
     * Each column's width in characters plus room for the cell padding (3pt on either side, about a digit and a half
     * at 9pt) and for digits, which are wider than half a Chinese character: without it a column as narrow as its
     * widest text, such as 执行率 with "100.00%", wraps that text onto two lines.
     */
    private static int[] withPadding(int[] weights) {
        int[] padded = new int[weights.length];
        for (int c = 0; c < weights.length; c++) {
            padded[c] = weights[c] + CELL_PADDING_CHARACTERS;
        }
        return padded;
    }

    /** Relative widths as percentages of the table width. */
    private static void columns(StringBuilder html, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        html.append("<colgroup>");
        for (int weight : weights) {
            html.append("<col style=\"width: ")
                    .append(Math.round(1000.0 * weight / sum) / 10.0)
                    .append("%\"/>");
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
