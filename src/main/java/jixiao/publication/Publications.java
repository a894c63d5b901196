package jixiao.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.Scope;
import jixiao.evaluation.UnitRevisions;
import jixiao.evaluation.UnitYearReport;
import jixiao.evaluation.UnitYearReports;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.publication.PublicationStore.UnitYear;
import jixiao.report.DocumentFormat;
import jixiao.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公开: the finance bureau publishes a unit's approved report of a year (every evaluation of the unit's year
 * approved: its projects' 自评表, its 部门（单位）整体自评 and the report's own texts where it has them) as the PDF of
 * the 自评报告, whose bytes are stored so that what was published never changes, with its SHA-256 and the date. A
 * publication is reachable without login while it is current; unpublishing keeps it, with who, when and why. Every
 * act is in the audit trail.
 */
@Service
@Transactional
public class Publications {

    static final int REASON_LIMIT = 2000;

    private final PublicationStore store;
    private final EvaluationAccess access;
    private final UnitYearReports reports;
    private final BudgetUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitRevisions revisions;

    public Publications(
            PublicationStore store,
            EvaluationAccess access,
            UnitYearReports reports,
            BudgetUnits units,
            AuditTrail audit,
            Clock clock,
            UnitRevisions revisions) {
        this.store = store;
        this.access = access;
        this.reports = reports;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.revisions = revisions;
    }

    /**
     * A unit's year on the bureau's publication page: its evaluations, how many are approved, and its current
     * publication (null where none).
     */
    public record UnitReport(
            long unitId,
            String unitName,
            String regionName,
            int fiscalYear,
            int evaluations,
            int approved,
            int projects,
            Publication current) {

        /** Every evaluation approved, at least one project: the report can be published. */
        public boolean isApproved() {
            return projects > 0 && approved == evaluations;
        }
    }

    /** The units' years of the bureau's region and the regions below, optionally of one year. */
    @Transactional(readOnly = true)
    public List<UnitReport> unitReports(Account who, Integer fiscalYear) {
        requireBureau(who);
        Scope scope = access.scope(who);
        // the evaluations counted per unit and year over the region's 100,000: each unit's kept until it changes
        Map<Long, List<UnitYear>> byUnit = revisions.ofEachUnit(
                scope, new UnitYears(fiscalYear), List.of(), changed -> store.unitYears(scope, fiscalYear, changed));
        // latest year first, then by region and unit as the database orders their names
        List<UnitYear> years = new ArrayList<>();
        store.unitOrder(scope).forEach(unit -> years.addAll(byUnit.getOrDefault(unit, List.of())));
        years.sort(Comparator.comparingInt(UnitYear::fiscalYear).reversed());
        // the current publications in one query, not one per unit and year
        Map<String, Publication> current = new HashMap<>();
        store.current(scope, fiscalYear)
                .forEach(
                        publication -> current.put(publication.unitId() + "/" + publication.fiscalYear(), publication));
        List<UnitReport> out = new ArrayList<>();
        for (UnitYear year : years) {
            out.add(new UnitReport(
                    year.unitId(),
                    year.unitName(),
                    year.regionName(),
                    year.fiscalYear(),
                    year.evaluations(),
                    year.approved(),
                    year.projects(),
                    current.get(year.unitId() + "/" + year.fiscalYear())));
        }
        return out;
    }

    /** What the units' years of the publication page are counted from besides the scope's evaluations. */
    private record UnitYears(Integer fiscalYear) {}

    /** The publications of the bureau's region and below, current and past, newest first. */
    @Transactional(readOnly = true)
    public List<Publication> history(Account who) {
        requireBureau(who);
        return store.all(access.scope(who));
    }

    /**
     * Publishes the unit's report of the year, approved in full, as PDF; refused while an evaluation is not approved
     * or a publication of the year is current.
     *
     * @return the publication's id
     */
    public long publish(Account who, long unitId, int fiscalYear) {
        requireBureau(who);
        UnitYear year =
                store.unitYears(access.scope(who), fiscalYear, Set.of(unitId)).getOrDefault(unitId, List.of()).stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFound("单位 " + unitId + " 的 " + fiscalYear + " 年度自评报告"));
        if (year.projects() == 0 || year.approved() != year.evaluations()) {
            throw new WrongState("还有 " + (year.evaluations() - year.approved()) + " 份自评材料未审核通过，自评报告不能公开");
        }
        if (store.currentOf(unitId, fiscalYear).isPresent()) {
            throw new WrongState("该单位本年度的自评报告已经公开");
        }
        UnitYearReport report = reports.of(who, unitId, fiscalYear, null);
        byte[] pdf = pdf(report);
        String sha256 = sha256(pdf);
        LocalDateTime at = LocalDateTime.now(clock);
        Region region = units.regionAndAbove(year.regionId()).get(0);
        long id = store.insert(
                        unitId,
                        fiscalYear,
                        region.id(),
                        region.name(),
                        year.unitName(),
                        pdf,
                        sha256,
                        at,
                        who.username())
                .orElseThrow(() -> new WrongState("该单位本年度的自评报告已经公开"));
        audit.record(AuditRecord.done(
                who.username(),
                "publication.published",
                "公开 " + id + " " + year.unitName() + " " + fiscalYear + "年度",
                "SHA-256 " + sha256 + "，" + pdf.length + " 字节"));
        return id;
    }

    /** Unpublishes a current publication, with the reason; it stays in the history. */
    public List<Problem> unpublish(Account who, long id, String reason) {
        requireBureau(who);
        Publication publication = store.find(id).orElseThrow(() -> new NotFound("公开记录 " + id));
        if (!access.scope(who).reaches(publication.unitId(), publication.regionId())) {
            throw new NotFound("公开记录 " + id);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return List.of(Problem.of("reason", "publication.problem.reason"));
        }
        if (text.length() > REASON_LIMIT) {
            return List.of(Problem.of("reason", "publication.problem.tooLong", REASON_LIMIT, text.length()));
        }
        if (!store.unpublish(id, text, LocalDateTime.now(clock), who.username())) {
            throw new WrongState("该自评报告已撤回公开");
        }
        audit.record(AuditRecord.done(
                who.username(),
                "publication.unpublished",
                "公开 " + id + " " + publication.unitName() + " " + publication.fiscalYear() + "年度",
                text));
        return List.of();
    }

    // ---- without login

    /** What is published now, optionally of one year and one region: the public list. */
    @Transactional(readOnly = true)
    public List<Publication> published(Integer fiscalYear, Long regionId) {
        return store.current(fiscalYear, regionId);
    }

    /** A published PDF with the name it is saved under. */
    public record PublishedPdf(Publication publication, byte[] pdf) {
        public String name() {
            return publication.unitName() + "-" + publication.fiscalYear() + "年度绩效自评报告";
        }
    }

    /** The PDF of a publication that is current; empty for one never published or unpublished. */
    @Transactional(readOnly = true)
    public Optional<PublishedPdf> publishedPdf(long id) {
        return store.currentPdf(id).flatMap(pdf -> store.find(id).map(p -> new PublishedPdf(p, pdf)));
    }

    /** The SHA-256 of bytes, in lower-case hex, as the public page prints it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] pdf(UnitYearReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DocumentFormat.PDF.write(report.report(), report.assessment(), report.edition(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void requireBureau(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER) {
            throw new NotAllowed("只有财政局审核人可以公开自评报告");
        }
    }
}
