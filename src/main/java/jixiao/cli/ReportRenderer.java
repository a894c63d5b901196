package jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/** One document format of {@code jixiao report}: writes a report and its assessment to a stream. */
@FunctionalInterface
interface ReportRenderer {
    void render(SelfEvaluationReport report, ReportAssessment assessment, OutputStream out) throws IOException;
}
