/**
 * The 自评报告 as a PDF: laid out as XHTML and CSS, rendered by openhtmltopdf on PDFBox with the project's own
 * Noto Serif SC, Noto Sans SC Bold and LXGW WenKai embedded (a fresh machine has no Chinese font; see {@code
 * src/main/resources/fonts/README.md}).
 */
package jixiao.report.pdf;
