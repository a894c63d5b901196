package jixiao.collection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jixiao.account.Account;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.organisation.BudgetUnits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催报: the finance bureau reminds the units of its round that have not sent their evaluations of a year (late, or
 * not yet); each unit's staff see the reminder on every page until one of them marks it read, and the bureau sees
 * when it was sent and read. Sending is in the audit trail.
 */
@Service
@Transactional
public class Reminders {

    /** The longest message, in characters. */
    public static final int MESSAGE_LENGTH = 500;

    private final ReminderStore store;
    private final CollectionRounds rounds;
    private final AuditTrail audit;
    private final Clock clock;
    private final BudgetUnits units;

    public Reminders(ReminderStore store, CollectionRounds rounds, AuditTrail audit, Clock clock, BudgetUnits units) {
        this.store = store;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
        this.units = units;
    }

    /**
     * Reminds each of the units, all or none: every one must be of the bureau's round of the year and still have
     * something to send. A blank message is the default one ({@link #defaultMessage}). Gives how many were reminded.
     */
    public int remind(Account who, int fiscalYear, List<Long> unitIds, String message) {
        Map<Long, UnitProgress> round = rounds.progress(who, fiscalYear).stream()
                .collect(Collectors.toMap(UnitProgress::unitId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Long> ids =
                unitIds == null ? List.of() : unitIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new EvaluationException.Invalid("units", "", "请勾选要催报的单位");
        }
        String text = message == null || message.isBlank() ? defaultMessage(who, fiscalYear) : message.strip();
        if (text.codePointCount(0, text.length()) > MESSAGE_LENGTH) {
            throw new EvaluationException.Invalid(
                    "message",
                    String.valueOf(text.codePointCount(0, text.length())),
                    "催报内容最多 " + MESSAGE_LENGTH + " 个字");
        }
        List<UnitProgress> reminded = new ArrayList<>();
        for (long id : ids) {
            UnitProgress unit = round.get(id);
            if (unit == null) {
                throw new EvaluationException.Invalid(
                        "unit", String.valueOf(id), "单位 " + id + " 不在本地区 " + fiscalYear + " 年度的收集范围内，不能催报");
            }
            if (!unit.notAllSent()) {
                throw new EvaluationException.Invalid(
                        "sent", unit.unitName(), "单位“" + unit.unitName() + "”已将 " + fiscalYear + " 年度的自评表全部报送财政局，无需催报");
            }
            reminded.add(unit);
        }
        LocalDateTime at = LocalDateTime.now(clock);
        for (UnitProgress unit : reminded) {
            store.insert(unit.unitId(), fiscalYear, text, who.username(), at);
        }
        audit.record(AuditRecord.done(
                who.username(),
                "collection.reminded",
                "催报 " + fiscalYear + " 年度 " + reminded.size() + " 个单位",
                reminded.stream().map(UnitProgress::unitName).collect(Collectors.joining("、")) + "：" + text));
        return reminded.size();
    }

    /**
     * Reminds every late unit of the bureau's round of the year, of a region and those below it where one is given;
     * gives how many (none when none is late).
     */
    public int remindLate(Account who, int fiscalYear, String message, Long regionId) {
        Set<Long> regions = regionId == null ? null : Set.copyOf(units.regionAndBelow(regionId));
        List<Long> late = rounds.progress(who, fiscalYear).stream()
                .filter(UnitProgress::late)
                .filter(unit -> regions == null || regions.contains(unit.regionId()))
                .map(UnitProgress::unitId)
                .toList();
        return late.isEmpty() ? 0 : remind(who, fiscalYear, late, message);
    }

    /** What a reminder says where the bureau writes nothing: the round's notice and deadline, where it has one. */
    @Transactional(readOnly = true)
    public String defaultMessage(Account who, int fiscalYear) {
        return rounds.round(who, fiscalYear)
                .map(round -> "请按照" + round.noticeNumber() + "《" + round.title() + "》的要求，于 " + round.deadline() + " 前将 "
                        + fiscalYear + " 年度的预算绩效自评表报送财政局。")
                .orElse("请尽快将 " + fiscalYear + " 年度的预算绩效自评表报送财政局。");
    }

    /** The reminders the user's unit has not read, the latest first; none for anyone outside a unit. */
    @Transactional(readOnly = true)
    public List<Reminder> unread(Account who) {
        if (who == null || !who.role().belongsToUnit() || who.unitId() == null) {
            return List.of();
        }
        return store.unread(who.unitId());
    }

    /** One of the unit's staff marks a reminder of the unit read (once; marking it again changes nothing). */
    public void markRead(Account who, long id) {
        Reminder reminder = store.find(id)
                .filter(r -> who.role().belongsToUnit() && who.unitId() != null && r.unitId() == who.unitId())
                .orElseThrow(() -> new EvaluationException.NotFound("催报 " + id));
        if (!reminder.isRead()) {
            store.markRead(id, who.username(), LocalDateTime.now(clock));
        }
    }

    /** The latest reminder of the year of each of these units of the bureau's round, by unit id. */
    @Transactional(readOnly = true)
    public Map<Long, Reminder> latest(List<UnitProgress> units, int fiscalYear) {
        Map<Long, Reminder> all = units.isEmpty() ? Map.of() : store.latestOfYear(fiscalYear);
        Map<Long, Reminder> ours = new LinkedHashMap<>();
        for (UnitProgress unit : units) {
            Reminder reminder = all.get(unit.unitId());
            if (reminder != null) {
                ours.put(unit.unitId(), reminder);
            }
        }
        return ours;
    }
}
