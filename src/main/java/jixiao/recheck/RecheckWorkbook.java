package jixiao.recheck;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jixiao.report.xlsx.StreamedTable;
import jixiao.report.xlsx.StreamedTable.Column;
import jixiao.report.xlsx.StreamedTable.Kind;

/**
 * A re-check as a workbook in the look of our other region-wide tables (title, notes, a frozen heading row repeated on
 * every printed page, numbers as numbers), one sheet per view: units, evaluations, findings. Streamed: rows are
 * flushed to a temporary file as units arrive.
 */
final class RecheckWorkbook implements AutoCloseable {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<Column> UNITS = List.of(
            new Column("地区", Kind.TEXT, 16),
            new Column("单位", Kind.TEXT, 30),
            new Column("评价数", Kind.WHOLE, 8),
            new Column("等级变化数", Kind.WHOLE, 10),
            new Column("得分变化数", Kind.WHOLE, 10),
            new Column("新增问题", Kind.WHOLE, 10),
            new Column("消失问题", Kind.WHOLE, 10),
            new Column("整体自评现得分", Kind.SCORE, 12),
            new Column("整体自评现等级", Kind.TEXT, 10),
            new Column("整体自评重算得分", Kind.SCORE, 12),
            new Column("整体自评重算等级", Kind.TEXT, 10));

    private static final List<Column> EVALUATIONS = List.of(
            new Column("编号", Kind.WHOLE, 10),
            new Column("单位", Kind.TEXT, 26),
            new Column("类别", Kind.TEXT, 12),
            new Column("名称", Kind.TEXT, 34),
            new Column("状态", Kind.TEXT, 10),
            new Column("自评分", Kind.SCORE, 9),
            new Column("现得分", Kind.SCORE, 9),
            new Column("现等级", Kind.TEXT, 8),
            new Column("重算得分", Kind.SCORE, 9),
            new Column("重算等级", Kind.TEXT, 8),
            new Column("得分变化", Kind.SCORE, 9),
            new Column("新增问题", Kind.WHOLE, 9),
            new Column("消失问题", Kind.WHOLE, 9));

    private static final List<Column> FINDINGS = List.of(
            new Column("编号", Kind.WHOLE, 10),
            new Column("单位", Kind.TEXT, 26),
            new Column("评价名称", Kind.TEXT, 30),
            new Column("变化", Kind.TEXT, 8),
            new Column("问题类别", Kind.TEXT, 20),
            new Column("严重程度", Kind.TEXT, 8),
            new Column("位置", Kind.TEXT, 24),
            new Column("说明", Kind.TEXT, 60),
            new Column("代码", Kind.TEXT, 24));

    private final StreamedTable units;
    private final StreamedTable evaluations;
    private final StreamedTable findings;

    RecheckWorkbook(RecheckPlan plan) {
        List<String> notes = List.of(
                "地区：" + plan.regionName() + "（含下级地区）    年度：" + plan.fiscalYear(),
                "规则：" + plan.rulesName() + "    生成时间：" + MINUTE.format(plan.at()) + "（北京时间）",
                "按单位列出全部单位；按评价和问题变化只列出重算后有变化的评价。数据库中的得分、问题和冻结的规则均未改变");
        String title = plan.fiscalYear() + "年度绩效自评重算结果";
        units = new StreamedTable("按单位", title + "（按单位）", notes, UNITS);
        evaluations = units.nextSheet("按评价", title + "（按评价）", notes, EVALUATIONS);
        findings = units.nextSheet("问题变化", title + "（问题变化）", notes, FINDINGS);
    }

    void add(RecheckedUnit unit) {
        RecheckedEvaluation whole = unit.whole();
        units.add(
                java.util.Arrays.asList(
                        unit.region(),
                        unit.name(),
                        (long) unit.evaluations().size(),
                        unit.gradesChanged(),
                        unit.totalsChanged(),
                        unit.added(),
                        unit.vanished(),
                        whole == null ? null : whole.total(),
                        whole == null ? null : whole.grade(),
                        whole == null ? null : whole.rechecked(),
                        whole == null ? null : whole.recheckedGrade()),
                null,
                unit.gradesChanged() > 0);
        for (RecheckedEvaluation e : unit.evaluations()) {
            if (!e.changed()) {
                continue;
            }
            evaluations.add(
                    java.util.Arrays.asList(
                            e.id(),
                            unit.name(),
                            e.kind().equals("UNIT") ? "部门（单位）整体" : "项目",
                            e.name(),
                            status(e.status()),
                            e.claimed(),
                            e.total(),
                            e.grade(),
                            e.rechecked(),
                            e.recheckedGrade(),
                            e.difference(),
                            (long) e.added().size(),
                            (long) e.vanished().size()),
                    null,
                    e.gradeChanged());
            for (FindingChange f : e.added()) {
                finding(unit, e, "新增", f);
            }
            for (FindingChange f : e.vanished()) {
                finding(unit, e, "消失", f);
            }
        }
    }

    private void finding(RecheckedUnit unit, RecheckedEvaluation e, String change, FindingChange f) {
        List<Object> row = new ArrayList<>(List.of(e.id(), unit.name(), e.name(), change, f.category()));
        row.add(severity(f.severity()));
        row.add(f.location());
        row.add(f.message());
        row.add(f.code());
        findings.add(row, null, false);
    }

    void write(OutputStream out) throws IOException {
        units.write(out);
    }

    @Override
    public void close() throws IOException {
        units.close();
    }

    private static String severity(String severity) {
        return jixiao.scoring.Severity.valueOf(severity).label();
    }

    private static String status(String status) {
        return jixiao.evaluation.EvaluationStatus.valueOf(status).label();
    }
}
