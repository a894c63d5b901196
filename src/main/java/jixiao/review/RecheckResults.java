package jixiao.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.RecheckGap;
import jixiao.organisation.BudgetUnits;
import jixiao.report.xlsx.StreamedTable;
import jixiao.report.xlsx.StreamedTable.Column;
import jixiao.report.xlsx.StreamedTable.Kind;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 复核 results table of a region and year (item 6): every project evaluation sent to the bureau or rechecked by
 * it, with 自评分, 计算分, 复核分, the gap 自评 − 复核, 偏离度, the change of grade and the bureau's opinion; a large gap
 * (over the threshold, or a change of grade) is marked. Streamed from the database into the workbook row by row.
 */
@Service
@Transactional(readOnly = true)
public class RecheckResults {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<Column> COLUMNS = List.of(
            new Column("预算单位", Kind.TEXT, 28),
            Column.linked("项目名称", 32),
            new Column("状态", Kind.TEXT, 10),
            new Column("自评分", Kind.SCORE, 9),
            new Column("计算分", Kind.SCORE, 9),
            new Column("复核分", Kind.SCORE, 9),
            new Column("差异（自评−复核）", Kind.SCORE, 12),
            new Column("偏离度", Kind.PERCENT, 9),
            new Column("等级变化", Kind.TEXT, 10),
            new Column("审核意见", Kind.TEXT, 40));

    private final ReviewStore store;
    private final EvaluationAccess access;
    private final BudgetUnits units;
    private final Rechecks rechecks;
    private final Clock clock;
    private final AuditTrail audit;

    public RecheckResults(
            ReviewStore store,
            EvaluationAccess access,
            BudgetUnits units,
            Rechecks rechecks,
            Clock clock,
            AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.rechecks = rechecks;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Writes the table of the bureau's region (and the regions below) for a year; {@code link} gives the address of
     * an evaluation's page, which each project name links to. Does not close the stream.
     */
    public void write(Account who, int fiscalYear, Function<Long, String> link, OutputStream out) throws IOException {
        if (who.role() != Role.BUREAU_REVIEWER) {
            throw new NotAllowed("复核结果表只供财政局审核人导出");
        }
        String region = units.regionAndAbove(who.regionId()).get(0).name();
        List<String> notes = List.of(
                "地区：" + region + "（含下级地区）　年度：" + fiscalYear + "　导出：" + who.displayName() + " "
                        + LocalDateTime.now(clock).format(MINUTE),
                "差异 = 自评分 − 复核分；偏离度 = 差异 ÷ 自评分；差异超过 " + Points.of(rechecks.gapThreshold()) + " 分或等级改变的行以红色标出。");
        try (StreamedTable table = new StreamedTable("复核结果", fiscalYear + "年度项目支出绩效自评复核结果表", notes, COLUMNS)) {
            store.eachResult(access.scope(who), fiscalYear, row -> {
                RecheckGap gap = RecheckGap.of(row.claimed(), row.recheck(), rechecks.gapThreshold(), row.bands());
                table.add(
                        Arrays.asList(
                                row.unitName(),
                                row.name(),
                                EvaluationStatus.valueOf(row.status()).label(),
                                row.claimed(),
                                row.computed(),
                                row.recheck(),
                                gap.gap(),
                                gap.deviation(),
                                gradeChange(row.claimed(), row.recheck(), row.bands()),
                                row.opinion()),
                        link.apply(row.id()),
                        gap.flagged());
            });
            table.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // 等保2.0 三级: who took which region's data (the table holds every unit's scores and the bureau's opinions)
        audit.record(AuditRecord.done(who.username(), "review.results_downloaded", "复核结果表 " + fiscalYear, region));
    }

    /** "良 → 中" where the 复核 changes the grade, "" where it does not, null where there is no 复核. */
    static String gradeChange(BigDecimal claimed, BigDecimal recheck, RuleSet.GradeBands bands) {
        if (claimed == null || recheck == null) {
            return null;
        }
        String from = grade(claimed, bands);
        String to = grade(recheck, bands);
        return from.equals(to) ? "" : from + " → " + to;
    }

    private static String grade(BigDecimal total, RuleSet.GradeBands bands) {
        return bands.grade(Points.of(total.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100))))
                .label();
    }
}
