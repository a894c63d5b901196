package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jixiao.report.pdf.PdfReport;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The documents as a reader sees them (issue 17, item 7): the seed's 自评报告, a clean report (no error left, so no
 * draft mark; the unit wrote only some of its texts) and the seed's 审核意见书, rendered page by page to PNG with
 * poppler's pdftoppm into {@code target/pictures/}, for a person to look at every page. {@code docs/documents.md}
 * keeps three pages of each and the command that made them. Skipped where poppler-utils is not installed.
 */
class DocumentPicturesTest {
    static final Path PICTURES = Path.of("target", "pictures");
    private static final int DPI = 60;

    @Test
    void everyPageOfTheThreeDocumentsRendersToAPicture() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
        Files.createDirectories(PICTURES);
        render("seed-report", SeedReport.document());
        render("clean-report", clean());
        render("seed-review", SeedReport.review());
    }

    /** Three projects that meet every target, the unit's notice and organisation written, the rest generated. */
    static ReportDocument clean() {
        SelfEvaluationReport projects = jixiao.integration.ReportDocument.forUnit("三门峡市档案馆")
                .fiscalYear(2021)
                .withCleanProject("档案数字化加工")
                .withCleanProject("档案库房维护")
                .withCleanProject("档案利用服务")
                .report();
        SelfEvaluationReport report = withNarrative(
                projects,
                new ReportNarrative(
                        "三门峡市财政局关于开展 2021 年度市级预算绩效自评工作的通知（三财效〔2022〕3号）",
                        "根据通知要求，馆领导班子专题研究部署，办公室牵头，各业务科室对照年度绩效目标逐项核实完成情况，形成本报告。",
                        null,
                        null,
                        null));
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);
        assertThat(assessment.hasErrors()).isFalse();
        return ReportDocument.of(report, assessment, Edition.of(assessment, LocalDate.of(2022, 3, 15)));
    }

    /** The report's projects with the unit's own texts and no 部门（单位）整体自评. */
    static SelfEvaluationReport withNarrative(SelfEvaluationReport projects, ReportNarrative narrative) {
        return new SelfEvaluationReport(
                projects.fiscalYear(), projects.moneyUnit(), projects.unit(), null, projects.projects(), narrative);
    }

    private static void render(String name, OfficialDocument document) throws IOException, InterruptedException {
        Path pdf = PICTURES.resolve(name + ".pdf");
        PdfReport.shared().write(document, pdf);
        try (Stream<Path> old = Files.list(PICTURES)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith(name + "-"))
                    .toList()) {
                Files.delete(file);
            }
        }
        Process pdftoppm = new ProcessBuilder(
                        "/usr/bin/pdftoppm",
                        "-r",
                        Integer.toString(DPI),
                        "-png",
                        pdf.toString(),
                        PICTURES.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertThat(pdftoppm.waitFor()).as(output).isZero();
        int pages;
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            pages = read.getNumberOfPages();
        }
        List<Path> pictures;
        try (Stream<Path> files = Files.list(PICTURES)) {
            pictures = files.filter(p -> p.getFileName().toString().matches(name + "-\\d+\\.png"))
                    .sorted()
                    .toList();
        }
        assertThat(pictures).as(name).hasSize(pages);
        for (Path picture : pictures) {
            // a page with text on it: more than a blank page's few hundred bytes
            assertThat(Files.size(picture)).as(picture.toString()).isGreaterThan(2_000);
        }
    }
}
