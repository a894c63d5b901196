package jixiao.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.Scope;
import jixiao.evaluation.TableRow;
import jixiao.evaluation.UnitEvaluations;
import jixiao.rectification.Rectification.Action;
import jixiao.rectification.Rectification.Source;
import jixiao.rectification.Rectification.Status;
import jixiao.rectification.Rectification.Step;
import jixiao.rectification.RectificationStore.NewItem;
import jixiao.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改: the finance bureau opens an item for a unit from a finding, a 复核 deduction or a comment (what, which
 * evaluation and row, deadline); the unit's staff answer with the measure taken; the bureau closes or reopens it.
 * Every step is kept with the item and recorded in the audit trail. Who reaches which item follows the evaluations'
 * rules ({@link EvaluationAccess#scope}): a unit its own, a bureau its region and the regions below, 管理员 all (to
 * read); an item out of reach is not found.
 */
@Service
@Transactional
public class Rectifications {

    /** Items on one page of a list. */
    public static final int PAGE_SIZE = 50;

    /** Texts longer than this are refused with the length named (a measure is a paragraph, not a file). */
    static final int TEXT_LIMIT = 4000;

    private final RectificationStore store;
    private final EvaluationAccess access;
    private final ProjectEvaluations projects;
    private final UnitEvaluations units;
    private final AuditTrail audit;
    private final Clock clock;

    public Rectifications(
            RectificationStore store,
            EvaluationAccess access,
            ProjectEvaluations projects,
            UnitEvaluations units,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.projects = projects;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the bureau opens an item with, as typed.
     *
     * @param rowKind the row it is about, or null for the whole evaluation
     * @param sourceText what the finding, deduction or comment said
     * @param deadline as typed (yyyy-MM-dd)
     */
    public record Opening(
            RowKind rowKind, Integer rowIndex, Source source, String sourceText, String what, String deadline) {}

    /** The item opened, or the problems with what was typed (nothing was opened). */
    public record Opened(Long id, List<Problem> problems) {}

    /** What an item about to be opened is about: the evaluation and the row's label (null: the whole evaluation). */
    public record Draft(EvaluationRow evaluation, String rowLabel) {}

    /**
     * The evaluation and row an item would be opened on, for the bureau's form; a row that is not in the evaluation
     * (any more) is a problem.
     */
    @Transactional(readOnly = true)
    public Draft draft(Account who, long evaluationId, EvaluationKind kind, RowKind rowKind, Integer rowIndex) {
        EvaluationRow evaluation = access.visible(who, evaluationId, kind);
        requireBureau(who);
        return new Draft(evaluation, rowKind == null ? null : rowLabel(who, evaluationId, kind, rowKind, rowIndex));
    }

    /** Opens an item on an evaluation of the bureau's region. */
    public Opened open(Account who, long evaluationId, EvaluationKind kind, Opening opening) {
        EvaluationRow evaluation = access.visible(who, evaluationId, kind);
        requireBureau(who);
        List<Problem> problems = new ArrayList<>();
        String rowLabel = null;
        if (opening.rowKind() != null) {
            rowLabel = rowLabel(who, evaluationId, kind, opening.rowKind(), opening.rowIndex());
            if (rowLabel == null) {
                problems.add(Problem.of("row", "rectification.problem.row", opening.rowIndex()));
            }
        }
        String what = text(opening.what(), "what", problems);
        LocalDate deadline = deadline(opening.deadline(), problems);
        if (opening.source() == null) {
            problems.add(Problem.of("source", "rectification.problem.source"));
        }
        String sourceText =
                opening.sourceText() == null ? "" : opening.sourceText().strip();
        if (sourceText.length() > TEXT_LIMIT) {
            problems.add(Problem.of("sourceText", "rectification.problem.tooLong", TEXT_LIMIT, sourceText.length()));
        }
        if (!problems.isEmpty()) {
            return new Opened(null, problems);
        }
        LocalDateTime at = LocalDateTime.now(clock);
        long id = store.insert(
                new NewItem(
                        evaluationId,
                        evaluation.unitId(),
                        evaluation.fiscalYear(),
                        kind,
                        evaluation.name(),
                        opening.rowKind(),
                        rowLabel == null ? null : opening.rowIndex(),
                        rowLabel,
                        opening.source(),
                        sourceText,
                        what,
                        deadline),
                at,
                who.username());
        store.step(id, Action.OPENED, what, deadline, at, who.username());
        audit.record(AuditRecord.done(
                who.username(),
                "rectification.opened",
                target(id, evaluation.unitName(), evaluation.name()),
                what + "（期限 " + deadline + "）"));
        return new Opened(id, List.of());
    }

    /** An item with its steps, for whoever reaches it. */
    public record Detail(Rectification item, List<Step> steps, boolean overdue) {}

    @Transactional(readOnly = true)
    public Detail item(Account who, long id) {
        Rectification item = reachable(who, id);
        return new Detail(item, store.steps(id), item.isOverdue(today()));
    }

    /**
     * The unit answers with the measure taken; the answer's step id is what evidence files (佐证材料) attach to.
     *
     * @return the answer's step id, or the problems with the measure (nothing was saved)
     */
    public Answered answer(Account who, long id, int version, String measure) {
        Rectification item = reachable(who, id);
        if (!who.role().belongsToUnit()) {
            throw new NotAllowed("只有本单位的填报人和审核人可以反馈整改情况");
        }
        requireStatus(item, Status.OPEN);
        List<Problem> problems = new ArrayList<>();
        String text = text(measure, "measure", problems);
        if (!problems.isEmpty()) {
            return new Answered(null, problems);
        }
        long step = move(who, item, version, Status.ANSWERED, Action.ANSWERED, text, null);
        return new Answered(step, List.of());
    }

    /** The answer's step (where evidence files attach), or the problems with what was typed. */
    public record Answered(Long stepId, List<Problem> problems) {}

    /** The bureau closes an item (销号), answered or not, with an optional note; the problems with the note, if any. */
    public List<Problem> close(Account who, long id, int version, String note) {
        Rectification item = reachable(who, id);
        requireBureau(who);
        if (item.status() == Status.CLOSED) {
            throw new WrongState("整改事项已销号");
        }
        List<Problem> problems = new ArrayList<>();
        String text = note == null || note.isBlank() ? null : text(note, "note", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        move(who, item, version, Status.CLOSED, Action.CLOSED, text, null);
        return List.of();
    }

    /** The bureau reopens an answered or closed item, with the reason and optionally a new deadline. */
    public List<Problem> reopen(Account who, long id, int version, String reason, String newDeadline) {
        Rectification item = reachable(who, id);
        requireBureau(who);
        if (item.status() == Status.OPEN) {
            throw new WrongState("整改事项仍待整改，无需重新打开");
        }
        List<Problem> problems = new ArrayList<>();
        String text = text(reason, "reason", problems);
        LocalDate deadline = newDeadline == null || newDeadline.isBlank() ? null : deadline(newDeadline, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        move(who, item, version, Status.OPEN, Action.REOPENED, text, deadline);
        return List.of();
    }

    /** A page of the items a user reaches, most urgent first. */
    public record Page(List<Rectification> items, int total, int page, LocalDate today) {
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    public Page list(Account who, RectificationQuery query, int page) {
        Scope scope = access.scope(who);
        LocalDate today = today();
        int total = store.count(scope, query, today);
        int shown = Math.max(1, Math.min(page, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        return new Page(store.list(scope, query, today, (shown - 1) * PAGE_SIZE, PAGE_SIZE), total, shown, today);
    }

    /**
     * The overdue items of a scope, optionally of one fiscal year: still waiting for the unit's answer after their
     * deadline (today in the system's clock). For the bureau's dashboard: {@code overdue(access.scope(bureau), year)}.
     */
    @Transactional(readOnly = true)
    public List<Rectification> overdue(Scope scope, Integer fiscalYear) {
        RectificationQuery query = new RectificationQuery(fiscalYear, null, true, null);
        LocalDate today = today();
        return store.list(scope, query, today, 0, Integer.MAX_VALUE);
    }

    /** The overdue items this user reaches, optionally of one fiscal year (see {@link #overdue(Scope, Integer)}). */
    @Transactional(readOnly = true)
    public List<Rectification> overdue(Account who, Integer fiscalYear) {
        return overdue(access.scope(who), fiscalYear);
    }

    /** The items of an evaluation this user sees. */
    @Transactional(readOnly = true)
    public List<Rectification> ofEvaluation(Account who, long evaluationId, EvaluationKind kind) {
        access.visible(who, evaluationId, kind);
        return store.ofEvaluation(evaluationId);
    }

    /**
     * The items still open (not closed) from earlier years' evaluations of the same project (same unit, same kind,
     * same name): what this year's evaluation must still put right (domain.md §7: open items carry into next year).
     */
    @Transactional(readOnly = true)
    public List<Rectification> carriedInto(Account who, long evaluationId, EvaluationKind kind) {
        EvaluationRow row = access.visible(who, evaluationId, kind);
        return store.stillOpenBefore(row.unitId(), kind, row.name(), row.fiscalYear());
    }

    /** The label of a row of the evaluation, or null where it has no such row. */
    private String rowLabel(Account who, long evaluationId, EvaluationKind kind, RowKind rowKind, Integer rowIndex) {
        if (rowIndex == null) {
            return null;
        }
        List<TableRow> rows = kind == EvaluationKind.UNIT
                ? TableRow.of(units.view(who, evaluationId))
                : TableRow.of(projects.view(who, evaluationId));
        TableRow row = TableRow.find(rows, rowKind, rowIndex);
        return row == null ? null : row.label();
    }

    /** Today, in the system's clock: what deadlines are measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private long move(
            Account who, Rectification item, int version, Status to, Action action, String text, LocalDate deadline) {
        LocalDateTime at = LocalDateTime.now(clock);
        if (item.version() != version || !store.move(item.id(), version, to, deadline, at)) {
            throw new VersionConflict("其他用户");
        }
        long step = store.step(item.id(), action, text, deadline, at, who.username());
        audit.record(AuditRecord.done(
                who.username(),
                "rectification." + action.name().toLowerCase(java.util.Locale.ROOT),
                target(item.id(), item.unitName(), item.evaluationName()),
                text));
        return step;
    }

    private Rectification reachable(Account who, long id) {
        Rectification item = store.find(id).orElseThrow(() -> new NotFound("整改事项 " + id));
        if (!access.scope(who).reaches(item.unitId(), item.regionId())) {
            throw new NotFound("整改事项 " + id);
        }
        return item;
    }

    private static void requireBureau(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER) {
            throw new NotAllowed("只有财政局审核人可以开立、销号或重新打开整改事项");
        }
    }

    private static void requireStatus(Rectification item, Status status) {
        if (item.status() != status) {
            throw new WrongState("整改事项当前不是待整改状态");
        }
    }

    private static String text(String typed, String field, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(Problem.of(field, "rectification.problem." + field));
            return null;
        }
        String text = typed.strip();
        if (text.length() > TEXT_LIMIT) {
            problems.add(Problem.of(field, "rectification.problem.tooLong", TEXT_LIMIT, text.length()));
        }
        return text;
    }

    private LocalDate deadline(String typed, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(Problem.of("deadline", "rectification.problem.deadline"));
            return null;
        }
        try {
            LocalDate deadline = LocalDate.parse(typed.strip());
            if (deadline.isBefore(today())) {
                problems.add(Problem.of("deadline", "rectification.problem.deadlinePast", deadline, today()));
            }
            return deadline;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("deadline", "rectification.problem.deadlineFormat", typed.strip()));
            return null;
        }
    }

    private static String target(long id, String unit, String evaluation) {
        return "整改事项 " + id + " " + unit + " " + evaluation;
    }
}
