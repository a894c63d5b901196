package jixiao.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seed report (demo/seed-2021.json) and workbooks made from it, for the xlsx tests. */
final class Seed {
    private Seed() {}

    static SelfEvaluationReport report() {
        try (InputStream in = Seed.class.getResourceAsStream("/demo/seed-2021.json")) {
            return new InterchangeReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed's workbook, written once for all tests (a copy, so that no test sees another's edits). */
    static byte[] seedWorkbook() {
        return SeedWorkbook.BYTES.clone();
    }

    private static final class SeedWorkbook {
        static final byte[] BYTES = workbookBytes(report());
    }

    static byte[] workbookBytes(SelfEvaluationReport report) {
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SelfEvaluationWorkbook().write(report, assessment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Workbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
