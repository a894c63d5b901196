package jixiao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.overview.EvaluationLists;
import jixiao.overview.ListQuery;
import jixiao.overview.ListRow;
import jixiao.report.xlsx.SelfEvaluationWorkbook;
import jixiao.report.xlsx.SummaryRow;
import jixiao.shared.MoneyUnit;
import org.springframework.stereotype.Service;

/**
 * The summary workbook of every project of a region and year (汇总, each row naming its unit), as the CLI's summary
 * but streamed from the database: rows go from the result set to the sheet one at a time, and the sheet flushes them
 * to disk, so that 100,000 projects need little memory. The projects are those the bureau's list holds (sent to it).
 */
@Service
public class RegionSummaries {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final EvaluationLists lists;
    private final AuditTrail audit;

    public RegionSummaries(EvaluationLists lists, AuditTrail audit) {
        this.lists = lists;
        this.audit = audit;
    }

    /**
     * Writes the workbook of the bureau's region and year to {@code out} (not closed); amounts in 万元. Not one
     * read-only transaction around it all: the rows are read in the list's own (read-only) transaction, and the audit
     * record is a write, which PostgreSQL refuses inside a read-only transaction (the download failed after its last
     * row).
     */
    public void write(Account who, String regionName, int fiscalYear, OutputStream out) throws IOException {
        if (who.role() != Role.BUREAU_REVIEWER) {
            throw new EvaluationException.NotAllowed("只有财政局审核人可以下载本地区的汇总表");
        }
        ListQuery projects = ListQuery.ofYear(fiscalYear).ofKind(EvaluationKind.PROJECT);
        Consumer<Consumer<SummaryRow>> rows = sink -> lists.each(who, projects, row -> sink.accept(summary(row)));
        new SelfEvaluationWorkbook().writeRegionSummary(fiscalYear, regionName, MoneyUnit.TEN_THOUSAND_YUAN, rows, out);
        audit.record(AuditRecord.done(who.username(), "output.summary_downloaded", "区域汇总表 " + fiscalYear, regionName));
    }

    private static SummaryRow summary(ListRow row) {
        return new SummaryRow(
                row.unitName(),
                row.name(),
                tenThousands(row.budget()),
                tenThousands(row.executed()),
                row.executionRate(),
                row.total(),
                row.grade(),
                row.errors(),
                row.warnings());
    }

    private static BigDecimal tenThousands(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP);
    }
}
