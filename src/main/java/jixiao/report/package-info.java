/**
 * The 自评报告 as a document: a read model ({@link jixiao.report.ReportDocument}) composed once from a report and
 * its assessment, and one renderer per format in the sub-packages ({@code docx}, {@code pdf}). Every figure in the
 * narrative is taken from the same {@link jixiao.report.EvaluationSheet} values that the annexed tables print, so
 * the two cannot disagree. Document libraries (POI, PDFBox, openhtmltopdf) are used only below this package.
 */
package jixiao.report;
