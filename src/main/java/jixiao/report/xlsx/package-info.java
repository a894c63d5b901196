/**
 * The 项目支出绩效自评表 as an Excel workbook, both ways.
 *
 * <p>{@link jixiao.report.xlsx.SelfEvaluationWorkbook} writes a report and its assessment: a summary sheet 汇总, one
 * sheet per project in the official layout (财预〔2020〕10号 附件), a findings sheet 问题清单 and a hidden sheet 报告数据.
 * In each project sheet 得分 is the rule's score, the system's official output; the submitter's own scores stand
 * beside it in 填报得分 (and 填报执行率), the arithmetic in 计算说明. {@link
 * jixiao.report.xlsx.SelfEvaluationWorkbookReader} reads such a workbook back, or a hand-made 自评表 workbook, finding
 * every block by its label text rather than by fixed coordinates.
 *
 * <p>Apache POI is used only inside {@code jixiao.report} (ArchitectureTest).
 */
package jixiao.report.xlsx;
