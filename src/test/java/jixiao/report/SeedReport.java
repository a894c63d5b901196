package jixiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.report.docx.DocxReport;
import jixiao.report.pdf.PdfReport;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The seed report (src/main/resources/demo/seed-2021.json) as a document, and its Word and PDF files, written once
 * per test run into target/golden/ so that the format tests and the golden test read the same files.
 */
public final class SeedReport {
    public static final Path DIRECTORY = Path.of("target", "golden");

    private static SelfEvaluationReport report;
    private static ReportAssessment assessment;
    private static ReportDocument document;
    private static Path docx;
    private static Path pdf;

    private SeedReport() {}

    public static synchronized SelfEvaluationReport report() {
        if (report == null) {
            try (InputStream in = SeedReport.class.getResourceAsStream("/demo/seed-2021.json")) {
                report = new InterchangeReader().read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterchangeException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }

    public static synchronized ReportAssessment assessment() {
        if (assessment == null) {
            assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report());
        }
        return assessment;
    }

    public static synchronized ReportDocument document() {
        if (document == null) {
            document = ReportDocument.of(report(), assessment(), edition());
        }
        return document;
    }

    /** The date the seed's documents carry in the tests, so that they are the same on every run. */
    public static final LocalDate DATE = LocalDate.of(2022, 3, 15);

    public static Edition edition() {
        return Edition.of(assessment(), DATE);
    }

    private static ReviewOpinion review;
    private static Path reviewPdf;

    /** The seed's review opinion, without bureau data. */
    public static synchronized ReviewOpinion review() {
        if (review == null) {
            review = ReviewOpinion.of(report(), assessment(), Recheck.NONE, java.util.Map.of(), DATE);
        }
        return review;
    }

    public static synchronized Path reviewPdf() throws IOException {
        if (reviewPdf == null) {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve("seed-2021-review.pdf");
            PdfReport.shared().write(review(), file);
            reviewPdf = file;
        }
        return reviewPdf;
    }

    public static synchronized Path docx() throws IOException {
        if (docx == null) {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve("seed-2021.docx");
            new DocxReport().write(document(), file);
            docx = file;
        }
        return docx;
    }

    public static synchronized Path pdf() throws IOException {
        if (pdf == null) {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve("seed-2021.pdf");
            PdfReport.shared().write(document(), file);
            pdf = file;
        }
        return pdf;
    }

    public static EvaluationSheet sheet(String project) {
        return document().sheets().stream()
                .filter(sheet -> sheet.projectName().equals(project))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sheet for " + project));
    }
}
