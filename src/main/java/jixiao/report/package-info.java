/**
 * The documents: the 自评报告 ({@link jixiao.report.ReportDocument}, the unit's document with its own texts and
 * submitted scores) and the 审核意见书 ({@link jixiao.report.ReviewOpinion}, the reviewer's, with the rules' and the
 * bureau's scores and the findings), each a read model composed once, laid out by the same writers in the
 * sub-packages ({@code docx}, {@code pdf}) on the GB/T 9704 page; and the workbook ({@code xlsx}). Every figure in a
 * generated sentence is taken from the same values that the document's tables print, so the two cannot disagree.
 * Document libraries (POI, PDFBox, openhtmltopdf) are used only below this package.
 */
package jixiao.report;
