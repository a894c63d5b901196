package jixiao.cli;

import java.io.PrintStream;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.shared.Points;

/** `jixiao check FILE`: the assessment as a reviewer reads it, project by project, in Chinese or English. */
final class TextReport {
    private TextReport() {}

    static void print(ReportAssessment assessment, PrintStream out, Language in) {
        out.println(in.label("规则集：", "Rule set: ")
                + assessment.ruleSet().name()
                + in.label("（版本 ", " (version ")
                + assessment.ruleSet().version()
                + in.label("）", ")"));
        for (ProjectAssessment project : assessment.projects()) {
            out.println();
            out.println(in.label("━━ 项目：", "━━ Project: ") + project.project().name());
            int i = 0;
            for (IndicatorAssessment row : project.indicators()) {
                Indicator indicator = row.indicator();
                out.println("  " + (++i) + ". " + text(indicator.level1()) + " / " + text(indicator.level2()) + " / "
                        + text(indicator.level3()));
                out.println(in.label("     指标值 ", "     target ")
                        + text(indicator.target())
                        + in.label("　实际 ", "  actual ")
                        + text(indicator.actual())
                        + in.label("　分值 ", "  weight ")
                        + row.score().weight()
                        + in.label("　填报 ", "  claimed ")
                        + points(row.claimedScore())
                        + in.label("　计算 ", "  computed ")
                        + row.computedScore()
                        + in.label("（", " (")
                        + in.sentence(row.score().kind().label())
                        + in.label("）", ")"));
                out.println("     " + in.sentence(row.score().explanation().text()));
            }
            ExecutionScore execution = project.execution();
            out.println(in.label("  预算执行率：", "  Budget execution rate: ")
                    + (execution.rate() == null
                            ? in.label("无法计算", "cannot be computed")
                            : execution.rate().toString())
                    + in.label("　分值 ", "  weight ")
                    + execution.weight()
                    + in.label("　得分 ", "  score ")
                    + execution.score());
            out.println("     " + in.sentence(execution.explanation().text()));
            Points claimed = project.project().claimed() == null
                            || project.project().claimed().total() == null
                    ? null
                    : Points.of(project.project().claimed().total());
            out.println(in.label("  总分：填报 ", "  Total: claimed ")
                    + points(claimed)
                    + in.label("　计算 ", "  computed ")
                    + project.total()
                    + in.label("　等级 ", "  grade ")
                    + in.message(
                            "grade." + project.grade().name(), project.grade().label()));
            findings("  ", project.findings(), out, in);
        }
        out.println();
        out.println(in.label("━━ 整体", "━━ The unit as a whole"));
        if (assessment.department() != null) {
            department(assessment.department(), out, in);
        }
        findings("  ", assessment.unitFindings(), out, in);
        List<Finding> all = assessment.findings();
        out.println();
        out.println(in.label("共发现问题 ", "Findings: ")
                + all.size()
                + in.label(" 条：错误 ", " (errors ")
                + count(all, Severity.ERROR)
                + in.label("，警告 ", ", warnings ")
                + count(all, Severity.WARNING)
                + in.label("，提示 ", ", notes ")
                + count(all, Severity.INFO)
                + in.label("", ")"));
    }

    /** 部门（单位）整体自评: each item of the framework by area, with its score and why. */
    private static void department(UnitAssessment department, PrintStream out, Language in) {
        out.println(in.label("  部门（单位）整体自评，框架：", "  Whole-unit self-evaluation, framework: ")
                + department.framework().name()
                + in.label("（版本 ", " (version ")
                + department.framework().version()
                + in.label("）", ")"));
        String area = null;
        for (UnitItemAssessment item : department.items()) {
            if (!item.item().area().equals(area)) {
                area = item.item().area();
                out.println("  " + area);
            }
            out.println("    " + item.item().name() + in.label("　分值 ", "  weight ")
                    + item.item().weight()
                    + (item.item().weightInferred() ? in.label("（推定）", " (inferred)") : "")
                    + in.label("　自评 ", "  claimed ") + points(item.claimedScore()) + in.label("　计算 ", "  computed ")
                    + item.score());
            out.println("       " + in.sentence(item.explanation()));
        }
        out.println(in.label("  整体自评总分：自评 ", "  Whole-unit total: claimed ")
                + department.claimedTotal()
                + in.label("　计算 ", "  computed ")
                + department.total()
                + in.label("　等级 ", "  grade ")
                + in.sentence(department.gradeOrIncomplete()));
        out.println(in.label(
                "  （标“推定”的分值由自评报告推算，报告本身未印分值）",
                "  (weights marked inferred were worked out from the report, which prints none)"));
    }

    private static void findings(String indent, List<Finding> findings, PrintStream out, Language in) {
        if (findings.isEmpty()) {
            out.println(indent + in.label("未发现问题", "No findings"));
            return;
        }
        out.println(indent + in.label("发现问题（", "Findings (") + findings.size() + in.label("）：", "):"));
        for (Finding finding : findings) {
            out.println(indent + "  ["
                    + in.message(
                            "severity." + finding.severity().name(),
                            finding.severity().label())
                    + "] " + finding.code() + (finding.indicator() == null ? "" : " 「" + finding.indicator() + "」")
                    + " "
                    + in.sentence(finding.message()));
        }
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String points(Points points) {
        return points == null ? "—" : points.toString();
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
