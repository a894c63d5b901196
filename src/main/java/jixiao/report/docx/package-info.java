/** The 自评报告 as a Word file (.docx), with Apache POI XWPF. */
package jixiao.report.docx;
