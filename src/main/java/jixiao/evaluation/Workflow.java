package jixiao.evaluation;

import static jixiao.evaluation.EvaluationAccess.requireRole;
import static jixiao.evaluation.EvaluationAccess.requireState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.SubmissionRefused;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.scoring.Finding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of every kind of evaluation alike (a project's 自评表, the 部门（单位）整体自评, the report's texts):
 * 草稿 → 已提交 (填报人) → 单位已审核 (单位审核; a 单位审核 submitting sends it straight on) → 已审核 (财政局审核), or 退回
 * with a reason; explanations of error findings, which submission requires; and the history of every change.
 */
@Service
@Transactional
public class Workflow {

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json = new ObjectMapper();

    public Workflow(
            EvaluationStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.clock = clock;
        this.events = events;
    }

    /** The unit's explanation of an error finding, kept with the evaluation and in its history. */
    public void explain(Account who, long id, EvaluationKind kind, String findingKey, String explanation) {
        EvaluationRow row = access.editable(who, id, kind);
        if (explanation == null || explanation.isBlank()) {
            throw new Invalid("explanation", "说明不能为空");
        }
        LocalDateTime at = now();
        String text = explanation.trim();
        store.explain(id, new FindingExplanation(findingKey, text, who.username(), at));
        String finding = FindingExplanation.describe(findingKey);
        store.recordChange(id, new EvaluationChange(at, who.username(), EvaluationChange.EXPLANATION, finding, text));
        events.publishEvent(
                EvaluationEvent.of(EvaluationEvent.Action.EXPLAINED, row, who.username(), at, finding + "：" + text));
    }

    /**
     * 填报人 submits to the unit's reviewer; a 单位审核 submitting sends it straight to the finance bureau. Refused
     * while error findings remain unexplained; the rule set (and for the whole unit the framework) used is frozen with
     * the evaluation.
     */
    public void submit(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = access.editable(who, id, kind);
        EvaluationScoring.Assessed assessed = scoring.assessed(row);
        Set<String> explained = store.explanations(id).stream()
                .map(FindingExplanation::findingKey)
                .collect(Collectors.toSet());
        List<Finding> unexplained = assessed.findings().stream()
                .filter(Finding::isError)
                .filter(f -> !explained.contains(FindingExplanation.keyOf(f)))
                .toList();
        if (!unexplained.isEmpty()) {
            throw new SubmissionRefused(unexplained);
        }
        EvaluationStatus to =
                who.role() == Role.UNIT_REVIEWER ? EvaluationStatus.UNIT_APPROVED : EvaluationStatus.SUBMITTED;
        String frozenFramework = assessed.framework() == null ? null : scoring.writeFramework(assessed.framework());
        move(row, to, scoring.writeRules(assessed.ruleSet()), frozenFramework, null, who);
        // the lists tell a change of grade on 复核 with the bands frozen here (V81)
        store.gradeBands(id, assessed.ruleSet().gradeBands());
    }

    /** An evaluation brought in by an import, in its history and for the audit trail. */
    void imported(EvaluationRow row, String by, LocalDateTime at) {
        // a project's name is the unit's own text; the other kinds' names are the system's, which pages translate
        String name = row.kind() == EvaluationKind.PROJECT ? row.name() : null;
        store.recordChange(row.id(), new EvaluationChange(at, by, EvaluationChange.IMPORTED, null, name));
        events.publishEvent(EvaluationEvent.of(EvaluationEvent.Action.IMPORTED, row, by, at, null));
    }

    /** An evaluation created in the browser, in its history and for the audit trail. */
    void created(EvaluationRow row, String by, LocalDateTime at) {
        String name = row.kind() == EvaluationKind.PROJECT ? row.name() : null;
        store.recordChange(row.id(), new EvaluationChange(at, by, EvaluationChange.CREATED, null, name));
        events.publishEvent(EvaluationEvent.of(EvaluationEvent.Action.CREATED, row, by, at, null));
    }

    /** A draft deleted (its history goes with it): kept in the audit trail. */
    void deleted(EvaluationRow row, String by, LocalDateTime at) {
        events.publishEvent(EvaluationEvent.of(EvaluationEvent.Action.DELETED, row, by, at, null));
    }

    /**
     * An act of another feature on an evaluation (a file attached to it or removed), kept in its history under {@code
     * field} and published for the audit trail, in the caller's transaction.
     */
    public void recordAct(
            EvaluationRow row,
            EvaluationEvent.Action action,
            String by,
            String field,
            String oldValue,
            String newValue) {
        LocalDateTime at = now();
        store.recordChange(row.id(), new EvaluationChange(at, by, field, oldValue, newValue));
        events.publishEvent(
                EvaluationEvent.of(action, row, by, at, field + "：" + (newValue != null ? newValue : oldValue)));
    }

    public void approveForUnit(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = access.visible(who, id, kind);
        requireRole(who, Role.UNIT_REVIEWER, "只有单位审核人可以审核本单位的自评表");
        requireState(row, EvaluationStatus.SUBMITTED);
        move(row, EvaluationStatus.UNIT_APPROVED, row.frozenRuleSet(), row.frozenFramework(), null, who);
    }

    /** 财政局审核 approves with its 审核意见 (required), which the unit reads and the history keeps. */
    public void approve(Account who, long id, EvaluationKind kind, String opinion) {
        EvaluationRow row = access.visible(who, id, kind);
        requireRole(who, Role.BUREAU_REVIEWER, "只有财政局审核人可以审核通过");
        requireState(row, EvaluationStatus.UNIT_APPROVED);
        if (opinion == null || opinion.isBlank()) {
            throw new Invalid("opinion", "审核通过时必须填写审核意见");
        }
        move(row, EvaluationStatus.APPROVED, row.frozenRuleSet(), row.frozenFramework(), null, who);
        opinion(row, who, opinion.trim());
    }

    /**
     * Returns a submitted evaluation for changes, with the reason the unit will read (a finance bureau's return is its
     * 审核意见 too).
     */
    public void giveBack(Account who, long id, EvaluationKind kind, String reason) {
        EvaluationRow row = access.visible(who, id, kind);
        if (reason == null || reason.isBlank()) {
            throw new Invalid("reason", "退回时必须填写原因");
        }
        if (who.role() == Role.UNIT_REVIEWER) {
            requireState(row, EvaluationStatus.SUBMITTED);
        } else if (who.role() == Role.BUREAU_REVIEWER) {
            requireState(row, EvaluationStatus.UNIT_APPROVED);
        } else {
            throw new NotAllowed("只有单位审核人或财政局审核人可以退回");
        }
        move(row, EvaluationStatus.RETURNED, null, null, reason.trim(), who);
        if (who.role() == Role.BUREAU_REVIEWER) {
            opinion(row, who, reason.trim());
        }
    }

    private void opinion(EvaluationRow row, Account who, String opinion) {
        store.reviewOpinion(row.id(), opinion);
        store.recordChange(
                row.id(), new EvaluationChange(now(), who.username(), EvaluationChange.REVIEW_OPINION, null, opinion));
    }

    /** A line of a 复核 for the history: a row (or the total) with its 复核分 before and after, in words. */
    public record RecheckLine(String before, String after) {}

    /**
     * The finance bureau's 复核 recorded while the evaluation is with it ({@link EvaluationAccess#reviewable}): its
     * 复核分 total, which lists show beside the unit's and the rules' totals, and each changed line in the history,
     * where the unit reads it.
     */
    public void recheck(Account who, long id, EvaluationKind kind, BigDecimal total, List<RecheckLine> lines) {
        EvaluationRow row = access.reviewable(who, id, kind);
        LocalDateTime at = now();
        store.recheckTotal(id, total);
        for (RecheckLine line : lines) {
            store.recordChange(
                    id,
                    new EvaluationChange(at, who.username(), EvaluationChange.RECHECK, line.before(), line.after()));
        }
        events.publishEvent(EvaluationEvent.of(
                EvaluationEvent.Action.RECHECKED, row, who.username(), at, "复核分 " + total.toPlainString()));
    }

    /** A reviewer's comment on a row ({@code where}) of an evaluation it reviews, in the history for the unit. */
    public void comment(Account who, long id, EvaluationKind kind, String where, String text) {
        EvaluationRow row = access.reviewable(who, id, kind);
        LocalDateTime at = now();
        store.recordChange(id, new EvaluationChange(at, who.username(), EvaluationChange.REVIEW_COMMENT, where, text));
        events.publishEvent(
                EvaluationEvent.of(EvaluationEvent.Action.COMMENTED, row, who.username(), at, where + "：" + text));
    }

    @Transactional(readOnly = true)
    public List<EvaluationChange> history(Account who, long id, EvaluationKind kind) {
        access.visible(who, id, kind);
        return store.changes(id);
    }

    /**
     * A saved change of a stored document: every leaf under {@code root} that differs goes to the history, and the
     * save is published for the audit trail.
     */
    void saved(EvaluationRow row, LocalDateTime at, String by, String root, String after) {
        int changed = 0;
        for (Map.Entry<String, String[]> change :
                diff(root, row.document(), after).entrySet()) {
            store.recordChange(
                    row.id(),
                    new EvaluationChange(at, by, change.getKey(), change.getValue()[0], change.getValue()[1]));
            changed++;
        }
        events.publishEvent(EvaluationEvent.of(EvaluationEvent.Action.SAVED, row, by, at, changed + " 处修改"));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void move(
            EvaluationRow row, EvaluationStatus to, String frozen, String frozenFramework, String reason, Account who) {
        LocalDateTime at = now();
        if (!store.transition(row.id(), row.status(), to, frozen, frozenFramework, reason, at, who.username())) {
            throw new WrongState("自评表的状态已被他人改变，请刷新后再试");
        }
        store.recordChange(
                row.id(),
                new EvaluationChange(
                        at,
                        who.username(),
                        EvaluationChange.STATUS,
                        row.status().label(),
                        to.label()));
        if (reason != null) {
            store.recordChange(
                    row.id(), new EvaluationChange(at, who.username(), EvaluationChange.RETURN_REASON, null, reason));
        }
        events.publishEvent(EvaluationEvent.of(ACTS.get(to), row, who.username(), at, reason));
    }

    /** The act that moves an evaluation into each state. */
    private static final Map<EvaluationStatus, EvaluationEvent.Action> ACTS = Map.of(
            EvaluationStatus.SUBMITTED, EvaluationEvent.Action.SUBMITTED,
            EvaluationStatus.UNIT_APPROVED, EvaluationEvent.Action.UNIT_APPROVED,
            EvaluationStatus.APPROVED, EvaluationEvent.Action.APPROVED,
            EvaluationStatus.RETURNED, EvaluationEvent.Action.RETURNED);

    /** Field path → {old, new} for every leaf that differs between two documents. */
    private Map<String, String[]> diff(String root, String before, String after) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        try {
            flatten("", json.readTree(before).at(root), a);
            flatten("", json.readTree(after).at(root), b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (String path : b.keySet()) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                changes.put(path, new String[] {a.get(path), b.get(path)});
            }
        }
        for (String path : a.keySet()) {
            if (!b.containsKey(path)) {
                changes.put(path, new String[] {a.get(path), null});
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            out.put(path, node.asText());
        }
    }
}
