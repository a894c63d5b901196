package jixiao.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jixiao.report.Block.Heading;
import jixiao.report.Block.Paragraph;
import jixiao.report.Block.Style;
import jixiao.scoring.Finding;
import jixiao.scoring.Grade;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitItemAssessment;
import jixiao.shared.Points;

/**
 * 审核意见书: the reviewer's document about a unit's self-evaluation (one evaluation, or the unit's year), apart
 * from the unit's report. It sets the unit's scores against the rules' (and the bureau's 复核分 where one is
 * recorded), marks the whole-unit weights that are inferred, lists the findings by their Chinese category with what
 * to do about each, and ends with the opinion. Written by the same Word and PDF writers as the report.
 *
 * @param subject what was reviewed: "2021年度预算绩效自评材料" or "“专家评审费”项目2021年度绩效自评表"
 * @param projects each project's three figures (自评分, 计算分, 复核分) and the rows where they differ
 * @param department the 部门（单位）整体自评's items, or null where none was reviewed
 * @param categories the findings by category, those with errors first
 * @param recheck what the bureau recorded ({@link Recheck#NONE} where nothing)
 */
public record ReviewOpinion(
        String unitName,
        int fiscalYear,
        String subject,
        RuleSet ruleSet,
        List<ProjectScores> projects,
        UnitScores department,
        List<Category> categories,
        Recheck recheck,
        String date)
        implements OfficialDocument {

    public ReviewOpinion {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ruleSet, "ruleSet");
        projects = List.copyOf(projects);
        categories = List.copyOf(categories);
        recheck = recheck == null ? Recheck.NONE : recheck;
        Objects.requireNonNull(date, "date");
    }

    /**
     * The opinion on a report and its assessment: a unit's year, or one evaluation (a report of one project without
     * whole-unit part).
     *
     * @param explanations the unit's explanation of a finding, where it gave one
     * @param date the date of the opinion where the 复核 records none
     */
    public static ReviewOpinion of(
            SelfEvaluationReport report,
            ReportAssessment assessment,
            Recheck recheck,
            Map<Finding, String> explanations,
            LocalDate date) {
        Recheck bureau = recheck == null ? Recheck.NONE : recheck;
        List<ProjectScores> projects = new ArrayList<>();
        for (ProjectAssessment project : assessment.projects()) {
            projects.add(ProjectScores.of(project, report, assessment.ruleSet(), bureau));
        }
        UnitScores department = assessment.department() == null ? null : UnitScores.of(assessment.department(), bureau);
        String year = report.fiscalYear() + "年度";
        String subject = report.department() == null && projects.size() == 1
                ? "“" + projects.get(0).name() + "”项目" + year + "绩效自评表"
                : year + "预算绩效自评材料";
        Edition dated = new Edition(bureau.date() == null ? date : bureau.date(), 0);
        return new ReviewOpinion(
                Figures.tidy(report.unit().name()),
                report.fiscalYear(),
                subject,
                assessment.ruleSet(),
                projects,
                department,
                FindingDigest.categories(assessment.findings(), explanations == null ? Map.of() : explanations),
                bureau,
                dated.dateText());
    }

    @Override
    public String title() {
        return "关于" + unitName + subject + "的审核意见";
    }

    @Override
    public String issuer() {
        return recheck.reviewer() == null ? "财政部门" : recheck.reviewer();
    }

    /** The opinion has no cover: its title heads the first page, as a 公文 does. */
    @Override
    public Cover cover() {
        return null;
    }

    /** The opinion is the reviewer's own document: never a draft of the unit's. */
    @Override
    public String draftMark() {
        return null;
    }

    /** Whether any 复核分 is recorded, so that the 复核分 columns are printed. */
    public boolean rechecked() {
        return !recheck.scores().isEmpty();
    }

    public int count(Severity severity) {
        return categories.stream()
                .mapToInt(category -> category.count(severity))
                .sum();
    }

    @Override
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, title()));
        blocks.add(new Paragraph(unitName + "：", Style.PLAIN));
        blocks.add(Paragraph.body("你单位报送的" + subject + "收悉。我们按“" + ruleSet.name() + "”评分规则（版本 " + ruleSet.version()
                + "）逐项重新计分，核对了表格、合计与文字说明" + (rechecked() || !recheck.items().isEmpty() ? "，并进行了复核" : "")
                + "，现将审核意见反馈如下："));
        int section = 0;
        blocks.add(new Heading(2, Figures.chinese(++section) + "、审核结论"));
        blocks.add(Paragraph.body(conclusion()));
        if (!projects.isEmpty()) {
            blocks.add(new Heading(2, Figures.chinese(++section) + "、项目支出自评得分审核"));
            blocks.addAll(projectBlocks());
        }
        if (department != null) {
            blocks.add(new Heading(2, Figures.chinese(++section) + "、部门（单位）整体自评得分审核"));
            blocks.addAll(department.blocks());
        }
        blocks.add(new Heading(2, Figures.chinese(++section) + "、发现的问题及整改要求"));
        if (categories.isEmpty()) {
            blocks.add(Paragraph.body("未发现问题。"));
        }
        int n = 0;
        for (Category category : categories) {
            blocks.add(new Heading(
                    3, "（" + Figures.chinese(++n) + "）" + category.title() + "（" + category.counts() + "）"));
            int line = 0;
            for (FindingLine finding : category.lines()) {
                blocks.add(Paragraph.body((++line) + ". " + finding.text()));
            }
            blocks.add(Paragraph.body("整改要求：" + category.advice()));
        }
        blocks.add(new Heading(2, Figures.chinese(++section) + "、审核意见"));
        if (recheck.opinion() != null && !recheck.opinion().isBlank()) {
            blocks.addAll(UnitWords.paragraphs(recheck.opinion()));
        } else {
            blocks.add(Paragraph.body(
                    count(Severity.ERROR) > 0
                            ? "请你单位对上述问题逐项核实：属于填报错误的，更正自评表和自评报告后重新报送；确属实际情况的，在自评报告中予以说明。警告和提示类问题请一并核实。"
                            : "自评材料计分规范、数据前后一致，审核通过。上述警告和提示类问题请在今后的自评工作中注意改进。"));
        }
        blocks.add(new Block.Signature(recheck.reviewer() == null ? "审核人：" : "审核人：" + recheck.reviewer(), date));
        return blocks;
    }

    private String conclusion() {
        int errors = count(Severity.ERROR);
        int all = categories.stream().mapToInt(c -> c.lines().size()).sum();
        StringBuilder text = new StringBuilder();
        if (all == 0) {
            text.append("经审核，自评材料未发现问题。");
        } else {
            text.append("经审核，自评材料共发现问题 ")
                    .append(all)
                    .append(" 处，其中错误 ")
                    .append(errors)
                    .append(" 处、警告 ")
                    .append(count(Severity.WARNING))
                    .append(" 处、提示 ")
                    .append(count(Severity.INFO))
                    .append(" 处。");
        }
        if (!projects.isEmpty()) {
            long differing = projects.stream()
                    .filter(p -> !p.claimed().equals(p.reviewed()))
                    .count();
            text.append(projects.size())
                    .append(" 个项目自评得分平均 ")
                    .append(average(
                            projects.stream().map(ProjectScores::claimed).toList()))
                    .append(" 分，按评分规则计算平均 ")
                    .append(average(
                            projects.stream().map(ProjectScores::computed).toList()))
                    .append(" 分");
            if (rechecked()) {
                text.append("，复核平均 ")
                        .append(average(
                                projects.stream().map(ProjectScores::reviewed).toList()))
                        .append(" 分");
            }
            text.append("；").append(differing == 0 ? "各项目的自评得分与审核得分一致。" : differing + " 个项目的自评得分与审核得分不一致，明细见下文。");
        }
        if (department != null && !department.complete()) {
            text.append("部门（单位）整体自评").append(UnitAssessment.INCOMPLETE).append("。");
        }
        text.append(errors > 0 ? "自评材料存在错误，请核实更正后重新报送。" : "自评材料未发现错误。");
        return text.toString();
    }

    private List<Block> projectBlocks() {
        List<Block> blocks = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("序号", "项目名称", "自评分", "计算分"));
        if (rechecked()) {
            header.add("复核分");
        }
        header.addAll(List.of("差异", "自评等级", "审核等级"));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ProjectScores project : projects) {
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(++n),
                    project.name(),
                    project.claimed().toString(),
                    project.computed().toString()));
            if (rechecked()) {
                row.add(project.recheck() == null ? "—" : project.recheck().toString());
            }
            row.addAll(List.of(
                    signed(project.claimed().minus(project.reviewed())),
                    ruleSet.grade(project.claimed()).label(),
                    project.reviewedGrade().label()));
            rows.add(row);
        }
        blocks.add(new Block.Table(header, rows));
        blocks.add(new Paragraph(
                "注：自评分为单位自评表所列得分之和；计算分为按评分规则重新计算的得分"
                        + (rechecked() ? "；复核分为财政部门复核的得分，未复核的指标按计算分计" : "")
                        + "；差异 = 自评分 − 审核得分（" + (rechecked() ? "有复核分的按复核分，否则按计算分" : "计算分") + "）。",
                Style.NOTE));
        int p = 0;
        for (ProjectScores project : projects) {
            if (project.rows().isEmpty()) {
                continue;
            }
            blocks.add(new Heading(3, "（" + Figures.chinese(++p) + "）" + project.name()));
            List<String> rowHeader = new ArrayList<>(List.of("指标", "分值", "自评得分", "计算得分"));
            if (rechecked()) {
                rowHeader.add("复核分");
            }
            rowHeader.add("说明");
            List<List<String>> lines = new ArrayList<>();
            for (RowScores row : project.rows()) {
                List<String> line = new ArrayList<>(List.of(
                        row.indicator(),
                        row.weight().toString(),
                        row.claimed() == null ? "未填" : row.claimed().toString(),
                        row.computed().toString()));
                if (rechecked()) {
                    line.add(row.recheck() == null ? "—" : row.recheck().toString());
                }
                line.add(row.explanation());
                lines.add(line);
            }
            blocks.add(new Block.Table(rowHeader, lines));
        }
        return blocks;
    }

    private static String signed(Points difference) {
        return difference.isGreaterThan(Points.ZERO) ? "+" + difference : difference.toString();
    }

    private static Points average(List<Points> points) {
        if (points.isEmpty()) {
            return Points.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Points p : points) {
            sum = sum.add(p.value());
        }
        return Points.of(sum.divide(BigDecimal.valueOf(points.size()), MathContext.DECIMAL64));
    }

    /**
     * One project's figures: the unit's total (as its 自评表 prints it), the rules' total, the bureau's where a 复核
     * covers the project (unrechecked rows at the rules' score), and the rows where the three are not one.
     */
    public record ProjectScores(
            String name, Points claimed, Points computed, Points recheck, Grade reviewedGrade, List<RowScores> rows) {
        public ProjectScores {
            rows = List.copyOf(rows);
        }

        /** The figure the review stands by: the 复核分 where recorded, otherwise the computed one. */
        public Points reviewed() {
            return recheck == null ? computed : recheck;
        }

        static ProjectScores of(
                ProjectAssessment assessment, SelfEvaluationReport report, RuleSet rules, Recheck bureau) {
            EvaluationSheet sheet = EvaluationSheet.of(assessment, report.fiscalYear(), report.moneyUnit(), rules);
            String name = assessment.project().name();
            List<RowScores> rows = new ArrayList<>();
            Points rechecked = Points.ZERO;
            List<IndicatorAssessment> indicators = assessment.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorAssessment row = indicators.get(i);
                Recheck.Score score = bureau.of(name, i);
                rechecked = rechecked.plus(score == null ? row.computedScore() : score.score());
                Points claimed = row.claimedScore();
                if (score != null || claimed == null || !claimed.equals(row.computedScore())) {
                    rows.add(new RowScores(
                            Figures.tidy(row.indicator().name()),
                            row.score().weight(),
                            claimed,
                            row.computedScore(),
                            score == null ? null : score.score(),
                            explanation(row.score().explanation().text(), score)));
                }
            }
            Recheck.Score execution = bureau.of(name, null);
            Points computedExecution = assessment.execution().score();
            Points claimedExecution = sheet.execution().score();
            if (execution != null || !claimedExecution.equals(computedExecution)) {
                rows.add(new RowScores(
                        "预算执行率",
                        assessment.execution().weight(),
                        claimedExecution,
                        computedExecution,
                        execution == null ? null : execution.score(),
                        explanation(assessment.execution().explanation().text(), execution)));
            }
            Points recheck = null;
            if (bureau.covers(name)) {
                Points indicatorPart = indicators.isEmpty() ? assessment.total().minus(computedExecution) : rechecked;
                recheck = indicatorPart.plus(execution == null ? computedExecution : execution.score());
            }
            Points reviewed = recheck == null ? assessment.total() : recheck;
            return new ProjectScores(
                    Figures.tidy(name), sheet.total(), assessment.total(), recheck, rules.grade(reviewed), rows);
        }

        static String explanation(String rule, Recheck.Score score) {
            if (score == null) {
                return rule;
            }
            List<String> parts = new ArrayList<>();
            parts.add(rule);
            if (score.deductionReason() != null && !score.deductionReason().isBlank()) {
                parts.add("复核扣分原因：" + score.deductionReason().strip());
            }
            if (score.note() != null && !score.note().isBlank()) {
                parts.add("复核说明：" + score.note().strip());
            }
            return String.join("；", parts);
        }
    }

    /**
     * A row of a project's table as reviewed.
     *
     * @param claimed the unit's score, or null where it wrote none
     * @param recheck the 复核分, or null where none is recorded
     * @param explanation the rule's arithmetic, and the 复核's deduction reason and note
     */
    public record RowScores(
            String indicator, Points weight, Points claimed, Points computed, Points recheck, String explanation) {}

    /**
     * The 部门（单位）整体自评 reviewed: every item with the unit's and the rule's score, the bureau's 复核分 where it
     * rechecked the whole unit, inferred weights marked.
     */
    public record UnitScores(
            String framework,
            List<UnitItemAssessment> items,
            Points computed,
            boolean complete,
            String gradeOrIncomplete,
            Points claimed,
            List<Recheck.ItemScore> rechecked) {
        public UnitScores {
            items = List.copyOf(items);
            rechecked = rechecked == null ? List.of() : List.copyOf(rechecked);
        }

        static UnitScores of(UnitAssessment department, Recheck bureau) {
            List<Recheck.ItemScore> rechecked = new ArrayList<>();
            for (int i = 0; i < department.items().size(); i++) {
                Recheck.ItemScore item = bureau.ofItem(i);
                if (item != null) {
                    rechecked.add(item);
                }
            }
            return new UnitScores(
                    department.framework().name() + "（版本 "
                            + department.framework().version() + "）",
                    department.items(),
                    department.total(),
                    department.complete(),
                    department.gradeOrIncomplete(),
                    department.claimedTotal(),
                    rechecked);
        }

        /** The 复核分 of the item at a position, or null. */
        private Recheck.ItemScore recheckOf(int position) {
            return rechecked.stream()
                    .filter(r -> r.position() == position)
                    .findFirst()
                    .orElse(null);
        }

        List<Block> blocks() {
            boolean withRecheck = !rechecked.isEmpty();
            List<Block> blocks = new ArrayList<>();
            blocks.add(Paragraph.body(
                    "部门（单位）整体自评按“" + framework + "”审核，各项目的自评得分与按评分规则计算的得分" + (withRecheck ? "及复核分" : "") + "如下表。"));
            List<List<String>> rows = new ArrayList<>();
            boolean inferred = false;
            Points recheckTotal = Points.ZERO;
            for (int i = 0; i < items.size(); i++) {
                UnitItemAssessment item = items.get(i);
                Recheck.ItemScore recheck = recheckOf(i);
                inferred |= item.item().weightInferred();
                List<String> row = new ArrayList<>(List.of(
                        item.item().name(),
                        item.item().weight() + (item.item().weightInferred() ? "*" : ""),
                        item.claimedScore() == null
                                ? "未评分"
                                : item.claimedScore().toString(),
                        item.basis() == UnitItemAssessment.Basis.MISSING
                                ? "未评分"
                                : item.score().toString()));
                if (withRecheck) {
                    Points score = recheck == null ? item.score() : recheck.score();
                    recheckTotal = recheckTotal.plus(score);
                    row.add(recheck == null ? "—" : score.toString());
                }
                row.add(
                        recheck == null
                                ? item.explanation()
                                : ProjectScores.explanation(
                                        item.explanation(),
                                        new Recheck.Score(
                                                "", null, recheck.score(), recheck.deductionReason(), recheck.note())));
                rows.add(row);
            }
            List<String> total = new ArrayList<>(
                    List.of("合计", "", claimed.toString(), complete ? computed.toString() : UnitAssessment.INCOMPLETE));
            if (withRecheck) {
                total.add(recheckTotal.toString());
            }
            total.add(gradeOrIncomplete);
            rows.add(total);
            List<String> header = new ArrayList<>(List.of("评分项目", "分值", "自评得分", "计算得分"));
            if (withRecheck) {
                header.add("复核分");
            }
            header.add("说明");
            blocks.add(new Block.Table(header, rows));
            if (inferred) {
                blocks.add(new Paragraph("注：标 * 的分值为推定值（评分框架未规定，依据自评报告推算），以财政部门发布的评分标准为准。", Style.NOTE));
            }
            if (!complete) {
                List<String> open = new ArrayList<>();
                for (UnitItemAssessment item : items) {
                    if (item.basis() == UnitItemAssessment.Basis.MISSING) {
                        open.add(item.item().name() + "（" + item.item().weight() + " 分）");
                    }
                }
                blocks.add(Paragraph.body(
                        "整体自评" + UnitAssessment.INCOMPLETE + "：" + String.join("、", open) + "未评分，总分不评定等级。请补充评分后重新报送。"));
            }
            return blocks;
        }
    }

    /** The findings of one category ("得分与规则不符"), with what the unit should do about them. */
    public record Category(String title, List<FindingLine> lines, String advice) {
        public Category {
            lines = List.copyOf(lines);
        }

        public int count(Severity severity) {
            return (int)
                    lines.stream().filter(line -> line.severity() == severity).count();
        }

        /** "错误 3 处、警告 1 处". */
        String counts() {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                int n = count(severity);
                if (n > 0) {
                    parts.add(severity.label() + " " + n + " 处");
                }
            }
            return String.join("、", parts);
        }
    }

    /**
     * One finding as the opinion prints it.
     *
     * @param where "专家评审费“评审专家人数”", or "部门整体"
     * @param explanation the unit's explanation, or null
     */
    public record FindingLine(String where, Severity severity, String message, String explanation) {
        /** "[错误] 专家评审费“评审专家人数”：… 单位说明：…". */
        public String text() {
            String text = "［" + severity.label() + "］" + where + "：" + message;
            return explanation == null || explanation.isBlank() ? text : text + "单位说明：" + explanation.strip();
        }
    }
}
