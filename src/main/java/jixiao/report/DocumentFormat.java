package jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import jixiao.report.docx.DocxReport;
import jixiao.report.pdf.PdfReport;
import jixiao.report.xlsx.SelfEvaluationWorkbook;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The formats the 自评表 and the 自评报告 are generated in, for the command line and the web alike: adding a format is
 * one constant here and one class of {@code jixiao.report}.
 */
public enum DocumentFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

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

    public void write(SelfEvaluationReport report, ReportAssessment assessment, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> new SelfEvaluationWorkbook().write(report, assessment, out);
            case DOCX -> new DocxReport().write(ReportDocument.of(report, assessment), out);
            case PDF -> new PdfReport().write(ReportDocument.of(report, assessment), out);
        }
    }
}
