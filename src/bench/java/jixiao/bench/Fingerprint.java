package jixiao.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;

/**
 * A SHA-256 of everything {@code assess} says about a generated workload (scores, explanations, totals, grades and
 * every finding with its message), to show that an optimisation changed no output: run it before and after.
 *
 * <pre>java -cp target/benchmarks.jar jixiao.bench.Fingerprint [projects, default 100000]</pre>
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SyntheticReports generator = new SyntheticReports(2021);
        SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long findings = 0;
        for (int i = 0; i * 10 < projects; i++) {
            ReportAssessment report = checker.assess(generator.report(i, 10));
            for (ProjectAssessment project : report.projects()) {
                add(
                        digest,
                        project.total() + " " + project.grade() + " "
                                + project.execution().score() + " "
                                + project.execution().explanation().text());
                for (IndicatorAssessment row : project.indicators()) {
                    add(
                            digest,
                            row.score().kind() + " " + row.computedScore() + " "
                                    + row.score().attainment() + " "
                                    + row.score().explanation().text());
                }
                for (Finding finding : project.findings()) {
                    add(digest, finding.toString());
                    findings++;
                }
            }
            for (Finding finding : report.unitFindings()) {
                add(digest, finding.toString());
                findings++;
            }
        }
        System.out.println(projects + " projects, " + findings + " findings, sha-256 "
                + HexFormat.of().formatHex(digest.digest()));
    }

    private static void add(MessageDigest digest, String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
