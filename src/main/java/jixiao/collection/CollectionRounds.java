package jixiao.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.Scope;
import jixiao.evaluation.UnitRevisions;
import jixiao.organisation.BudgetUnits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance bureau's collection rounds (the notice of a year: 通知文号, title, deadline, units in scope) and where each
 * unit of a round stands: what makes a unit 未开始 (no evaluation of the year) and late (after the deadline, not all
 * sent to the bureau). A bureau sets and reads only its own region's rounds; the units are those of its region and the
 * regions below.
 */
@Service
@Transactional
public class CollectionRounds {

    /** The deadline is a day in the bureau's time. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int NUMBER_LENGTH = 100;
    private static final int TITLE_LENGTH = 300;

    private final CollectionRoundStore store;
    private final BudgetUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitRevisions revisions;

    public CollectionRounds(
            CollectionRoundStore store, BudgetUnits units, AuditTrail audit, Clock clock, UnitRevisions revisions) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.revisions = revisions;
    }

    /** The round of the bureau's region for a year, if it set one. */
    @Transactional(readOnly = true)
    public Optional<CollectionRound> round(Account who, int fiscalYear) {
        return store.find(region(who), fiscalYear);
    }

    /** The bureau's rounds, latest year first. */
    @Transactional(readOnly = true)
    public List<CollectionRound> rounds(Account who) {
        return store.rounds(region(who));
    }

    /** The units a round of the bureau may cover: those of its region and the regions below. */
    @Transactional(readOnly = true)
    public List<UnitChoice> units(Account who) {
        return store.units(units.regionAndBelow(region(who)));
    }

    /** Sets (or replaces) the round of the bureau's region for the year; every change is in the audit trail. */
    public CollectionRound save(Account who, RoundInput input) {
        long region = region(who);
        String number = required("noticeNumber", input.noticeNumber(), NUMBER_LENGTH);
        String title = required("title", input.title(), TITLE_LENGTH);
        if (input.fiscalYear() < 2000 || input.fiscalYear() > 2100) {
            throw new EvaluationException.Invalid(
                    "fiscalYear", String.valueOf(input.fiscalYear()), "年度应在 2000 至 2100 之间，实际为 " + input.fiscalYear());
        }
        if (input.deadline() == null) {
            throw new EvaluationException.Invalid("deadline", "请填写截止日期");
        }
        if (!input.allUnits()) {
            Set<Long> reachable = new HashSet<>();
            store.units(units.regionAndBelow(region)).forEach(unit -> reachable.add(unit.id()));
            for (long unit : input.unitIds()) {
                if (!reachable.contains(unit)) {
                    throw new EvaluationException.Invalid(
                            "unitIds", String.valueOf(unit), "单位 " + unit + " 不在本地区，不能列入收集范围");
                }
            }
            if (input.unitIds().isEmpty()) {
                throw new EvaluationException.Invalid("unitIds", "请选择收集范围内的单位，或选择本地区全部单位");
            }
        }
        store.save(
                region,
                input.fiscalYear(),
                number,
                title,
                input.deadline(),
                input.allUnits(),
                input.unitIds().stream().distinct().toList(),
                LocalDateTime.now(clock),
                who.username());
        audit.record(AuditRecord.done(
                who.username(),
                "collection.round_saved",
                "收集通知 " + input.fiscalYear() + " " + number,
                title + "，截止 " + input.deadline()
                        + (input.allUnits() ? "，本地区全部单位" : "，" + input.unitIds().size() + " 个单位")));
        return store.find(region, input.fiscalYear()).orElseThrow();
    }

    /**
     * Each unit in the round's scope (every unit of the bureau's reach where there is no round) with its evaluations
     * of the year by state; late only where the round's deadline has passed.
     */
    @Transactional(readOnly = true)
    public List<UnitProgress> progress(Account who, int fiscalYear) {
        long region = region(who);
        Optional<CollectionRound> round = store.find(region, fiscalYear);
        boolean past = round.map(r -> r.isPast(today())).orElse(false);
        List<Long> regions = units.regionAndBelow(region);
        // each unit's counts kept until that unit changes: after a save only the saving unit is counted again
        Map<Long, UnitProgress> counts = revisions.ofEachUnit(
                Scope.regions(regions),
                new Counts(fiscalYear),
                NO_UNIT,
                changed -> store.counts(regions, changed, fiscalYear));
        Set<Long> listed = round.filter(r -> !r.allUnits())
                .map(r -> Set.copyOf(r.unitIds()))
                .orElse(null);
        return counts.values().stream()
                .filter(unit -> unit != NO_UNIT && (listed == null || listed.contains(unit.unitId())))
                .sorted(Comparator.comparing(UnitProgress::unitName).thenComparingLong(UnitProgress::unitId))
                .map(unit -> unit.late(past && unit.notAllSent()))
                .toList();
    }

    /** A unit created after the units were read: counted at the next request. */
    private static final UnitProgress NO_UNIT = new UnitProgress(0, "", 0, "", 0, 0, 0, 0, 0, 0, false);

    /** What the progress of a unit is counted from besides its evaluations. */
    private record Counts(int fiscalYear) {}

    /** Today in the bureau's time. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Only a finance bureau has collection rounds, for its own region. */
    private static long region(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER || who.regionId() == null) {
            throw new EvaluationException.NotAllowed("只有财政局审核人可以设置和查看收集通知");
        }
        return who.regionId();
    }

    private static String required(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            throw new EvaluationException.Invalid(field, "请填写" + ("title".equals(field) ? "通知标题" : "通知文号"));
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > length) {
            throw new EvaluationException.Invalid(field, text, field + " 最多 " + length + " 个字");
        }
        return text;
    }
}
