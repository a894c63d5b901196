package jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jixiao.report.docx.DocxReport;
import jixiao.report.pdf.PdfReport;
import jixiao.report.xlsx.SelfEvaluationWorkbook;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The formats the 自评表, the 自评报告 and the 审核意见书 are generated in, for the command line and the web alike: adding
 * a format is one constant here and one class of {@code jixiao.report}.
 */
public enum DocumentFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    /** The formats of a laid-out document (the 自评报告 as text, the 审核意见书): the workbook is a table, not one. */
    public static final List<DocumentFormat> DOCUMENTS = List.of(DOCX, PDF);

    private final String extension;
    private final String contentType;

    DocumentFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named "xlsx", "docx" … (any case), if it is written. */
    public static Optional<DocumentFormat> named(String name) {
        for (DocumentFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The unit's 自评报告 (a workbook of its 自评表, or the report as Word or PDF), dated and marked by {@code edition}. */
    public void write(SelfEvaluationReport report, ReportAssessment assessment, Edition edition, OutputStream out)
            throws IOException {
        if (this == XLSX) {
            new SelfEvaluationWorkbook().write(report, assessment, out);
        } else {
            write(ReportDocument.of(report, assessment, edition), out);
        }
    }

    /** A laid-out document in Word or PDF. */
    public void write(OfficialDocument document, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> throw new IllegalArgumentException("“" + document.title() + "”不是表格，不能生成 xlsx");
            case DOCX -> new DocxReport().write(document, out);
            case PDF -> PdfReport.shared().write(document, out);
        }
    }
}
