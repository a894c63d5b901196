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

/** `jixiao check FILE`: the assessment as a reviewer reads it, project by project, in Chinese. */
final class TextReport {
    private TextReport() {}

    static void print(ReportAssessment assessment, PrintStream out) {
        out.println("规则集：" + assessment.ruleSet().name() + "（版本 "
                + assessment.ruleSet().version() + "）");
        for (ProjectAssessment project : assessment.projects()) {
            out.println();
            out.println("━━ 项目：" + project.project().name());
            int i = 0;
            for (IndicatorAssessment row : project.indicators()) {
                Indicator indicator = row.indicator();
                out.println("  " + (++i) + ". " + text(indicator.level1()) + " / " + text(indicator.level2()) + " / "
                        + text(indicator.level3()));
                out.println("     指标值 " + text(indicator.target()) + "　实际 " + text(indicator.actual()) + "　分值 "
                        + row.score().weight() + "　填报 " + points(row.claimedScore()) + "　计算 " + row.computedScore()
                        + "（" + row.score().kind().label() + "）");
                out.println("     " + row.score().explanation().text());
            }
            ExecutionScore execution = project.execution();
            out.println("  预算执行率："
                    + (execution.rate() == null ? "无法计算" : execution.rate().toString()) + "　分值 " + execution.weight()
                    + "　得分 " + execution.score());
            out.println("     " + execution.explanation().text());
            Points claimed = project.project().claimed() == null
                            || project.project().claimed().total() == null
                    ? null
                    : Points.of(project.project().claimed().total());
            out.println("  总分：填报 " + points(claimed) + "　计算 " + project.total() + "　等级 "
                    + project.grade().label());
            findings("  ", project.findings(), out);
        }
        out.println();
        out.println("━━ 整体");
        if (assessment.department() != null) {
            department(assessment.department(), out);
        }
        findings("  ", assessment.unitFindings(), out);
        List<Finding> all = assessment.findings();
        out.println();
        out.println("共发现问题 " + all.size() + " 条：错误 " + count(all, Severity.ERROR) + "，警告 "
                + count(all, Severity.WARNING) + "，提示 " + count(all, Severity.INFO));
    }

    /** 部门（单位）整体自评: each item of the framework by area, with its score and why. */
    private static void department(UnitAssessment department, PrintStream out) {
        out.println("  部门（单位）整体自评，框架：" + department.framework().name() + "（版本 "
                + department.framework().version() + "）");
        String area = null;
        for (UnitItemAssessment item : department.items()) {
            if (!item.item().area().equals(area)) {
                area = item.item().area();
                out.println("  " + area);
            }
            out.println("    " + item.item().name() + "　分值 " + item.item().weight()
                    + (item.item().weightInferred() ? "（推定）" : "") + "　自评 " + points(item.claimedScore()) + "　计算 "
                    + item.score());
            out.println("       " + item.explanation());
        }
        out.println("  整体自评总分：自评 " + department.claimedTotal() + "　计算 " + department.total() + "　等级 "
                + department.gradeOrIncomplete());
        out.println("  （标“推定”的分值由自评报告推算，报告本身未印分值）");
    }

    private static void findings(String indent, List<Finding> findings, PrintStream out) {
        if (findings.isEmpty()) {
            out.println(indent + "未发现问题");
            return;
        }
        out.println(indent + "发现问题（" + findings.size() + "）：");
        for (Finding finding : findings) {
            out.println(indent + "  [" + finding.severity().label() + "] " + finding.code()
                    + (finding.indicator() == null ? "" : " 「" + finding.indicator() + "」") + " " + finding.message());
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
