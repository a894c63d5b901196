package jixiao.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.VersionConflict;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.RecheckGap;
import jixiao.evaluation.RecordedRechecks;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.TableRow;
import jixiao.evaluation.UnitEvaluationView;
import jixiao.evaluation.UnitEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.evaluation.Workflow.RecheckLine;
import jixiao.report.Recheck;
import jixiao.review.Worksheet.FindingGroup;
import jixiao.review.Worksheet.Line;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitItemAssessment;
import jixiao.shared.Points;
import jixiao.shared.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复核: the finance bureau's own score of an evaluation sent to it, row by row (each indicator and the 预算执行率 of a
 * project, each item of the 部门（单位）整体自评), prefilled with the rules' score. A row scored otherwise names an
 * entry of the region's deduction scale, which alone fixes its score, and a note; the total goes beside the unit's
 * and the rules' totals. Reviewers comment on rows, which the unit reads in its editor. Everything recorded is in the
 * evaluation's history and the audit trail ({@link Workflow#recheck}, {@link Workflow#comment}); approval freezes it.
 */
@Service
@Transactional
public class Rechecks implements RecordedRechecks {

    /** A note or a comment is a paragraph: longer ones are refused with the length named. */
    static final int TEXT_LIMIT = 2000;

    private final ReviewStore store;
    private final EvaluationAccess access;
    private final ProjectEvaluations projects;
    private final UnitEvaluations units;
    private final Workflow workflow;
    private final DeductionScales scales;
    private final Accounts accounts;
    private final Clock clock;
    private final BigDecimal gapThreshold;

    public Rechecks(
            ReviewStore store,
            EvaluationAccess access,
            ProjectEvaluations projects,
            UnitEvaluations units,
            Workflow workflow,
            DeductionScales scales,
            Accounts accounts,
            Clock clock,
            @Value("${jixiao.review.gap-threshold:10}") BigDecimal gapThreshold) {
        this.store = store;
        this.access = access;
        this.projects = projects;
        this.units = units;
        this.workflow = workflow;
        this.scales = scales;
        this.accounts = accounts;
        this.clock = clock;
        this.gapThreshold = gapThreshold;
    }

    /** The threshold above which a gap 自评 − 复核 is large (setting jixiao.review.gap-threshold, 10 points). */
    public BigDecimal gapThreshold() {
        return gapThreshold;
    }

    /** The reviewer's worksheet of an evaluation of its region, with what is recorded so far. */
    @Transactional(readOnly = true)
    public Worksheet worksheet(Account who, long id, EvaluationKind kind) {
        Scored scored = scored(who, id, kind);
        if (who.role() != Role.BUREAU_REVIEWER) {
            throw new NotAllowed("复核工作表只供财政局审核人使用");
        }
        Optional<ReviewStore.StoredRecheck> recheck = store.recheck(id);
        List<RecordedScore> recorded = store.scores(id);
        List<Line> lines = withRecorded(scored.lines(), recorded);
        boolean stale = recheck.isPresent() && !matches(scored.lines(), recorded);
        Points recheckTotal = recheck.map(r -> Points.of(r.total())).orElse(null);
        return new Worksheet(
                scored.row(),
                lines,
                scored.claimedTotal(),
                scored.computedTotal(),
                recheckTotal,
                gap(scored, recheckTotal),
                scales.inForce(scored.row().regionId()),
                store.comments(id),
                groups(scored.findings()),
                recheck.map(ReviewStore.StoredRecheck::version).orElse(0),
                recheck.map(ReviewStore.StoredRecheck::by).orElse(null),
                recheck.map(ReviewStore.StoredRecheck::at).orElse(null),
                stale,
                scored.row().status() == EvaluationStatus.UNIT_APPROVED);
    }

    /**
     * A row's 复核 as typed on the worksheet.
     *
     * @param score the 复核分 as typed; blank takes the score the deduction (or none) gives
     * @param deduction the code of the scale's entry, or blank
     * @param note the reviewer's note, required with a deduction
     */
    public record TypedScore(RowKind kind, int index, String score, String deduction, String note) {}

    /**
     * Records the 复核 of an evaluation with the bureau, if nobody recorded one since {@code version}; every problem
     * is named by row and nothing is saved while there is one.
     */
    public List<Problem> record(Account who, long id, EvaluationKind kind, int version, List<TypedScore> typed) {
        EvaluationRow row = access.reviewable(who, id, kind);
        Scored scored = scored(who, id, kind);
        Optional<ReviewStore.StoredRecheck> stored = store.recheck(id);
        if (stored.map(ReviewStore.StoredRecheck::version).orElse(0) != version) {
            throw new VersionConflict(stored.map(ReviewStore.StoredRecheck::by).orElse("其他用户"));
        }
        DeductionScale scale = scales.inForce(row.regionId());
        Map<String, TypedScore> byRow = new LinkedHashMap<>();
        typed.forEach(t -> byRow.put(t.kind() + ":" + t.index(), t));
        List<Problem> problems = new ArrayList<>();
        List<RecordedScore> scores = new ArrayList<>();
        for (int i = 0; i < scored.lines().size(); i++) {
            Line line = scored.lines().get(i);
            TypedScore input = byRow.get(line.kind() + ":" + line.index());
            if (input == null) {
                problems.add(Problem.of("rows", "review.problem.rowsChanged"));
                break;
            }
            RecordedScore score = score("rows[" + i + "].", line, input, scale, problems);
            if (score != null) {
                scores.add(score);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Points total = Points.sum(scores.stream().map(RecordedScore::score).toList());
        List<RecheckLine> history = history(stored, store.scores(id), scores, total);
        if (!store.saveRecheck(id, version, total.value(), scores, LocalDateTime.now(clock), who.username())) {
            throw new VersionConflict("其他用户");
        }
        workflow.recheck(who, id, kind, total.value(), history);
        return List.of();
    }

    /** A reviewer's comment on a row of an evaluation with the bureau, for the unit to read there. */
    public List<Problem> comment(Account who, long id, EvaluationKind kind, RowKind rowKind, int index, String text) {
        access.reviewable(who, id, kind);
        Scored scored = scored(who, id, kind);
        TableRow row = TableRow.find(
                scored.lines().stream()
                        .map(l -> new TableRow(l.kind(), l.index(), l.label()))
                        .toList(),
                rowKind,
                index);
        List<Problem> problems = new ArrayList<>();
        if (row == null) {
            problems.add(Problem.of("row", "review.problem.rowsChanged"));
        }
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty()) {
            problems.add(Problem.of("text", "review.problem.commentEmpty"));
        } else if (comment.length() > TEXT_LIMIT) {
            problems.add(Problem.of("text", "review.problem.tooLong", TEXT_LIMIT, comment.length()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        store.comment(id, rowKind, index, row.label(), comment, LocalDateTime.now(clock), who.username());
        workflow.comment(who, id, kind, row.label(), comment);
        return List.of();
    }

    /**
     * What the unit and everyone who sees an evaluation read of its review: the three totals and the gap, and the
     * reviewers' comments by row.
     */
    public record Notes(
            EvaluationRow row,
            Points claimedTotal,
            Points computedTotal,
            Points recheckTotal,
            RecheckGap gap,
            List<Comment> comments) {

        /** 自评 − 复核 in points, or null until both are known. */
        public Points gapPoints() {
            return gap.gap() == null ? null : Points.of(gap.gap());
        }
    }

    @Transactional(readOnly = true)
    public Notes notes(Account who, long id, EvaluationKind kind) {
        Scored scored = scored(who, id, kind);
        Points recheckTotal = store.recheck(id).map(r -> Points.of(r.total())).orElse(null);
        return new Notes(
                scored.row(),
                scored.claimedTotal(),
                scored.computedTotal(),
                recheckTotal,
                gap(scored, recheckTotal),
                store.comments(id));
    }

    /**
     * The recorded 复核 of a unit's evaluations of a year (or of one project evaluation), for the 审核意见书: each
     * project row scored otherwise than by the rules or noted, with its deduction and note; each item of the 部门（单位）
     * 整体自评 where it was rechecked; the bureau's opinions; who rechecked last and when. A 复核 the unit's later changes made stale is left out, as is everything of a unit out of reach.
     */
    @Override
    @Transactional(readOnly = true)
    public Recheck of(Account who, long unitId, int fiscalYear, Long onlyId) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (ReviewStore.Evaluation evaluation : store.evaluationsOf(unitId, fiscalYear)) {
            if (onlyId != null && evaluation.id() == onlyId) {
                rows.add(access.visible(who, evaluation.id(), evaluation.kind()));
            } else if (onlyId == null) {
                // of the unit's year, what this user sees (a finance bureau: what was sent to it)
                access.readable(who, evaluation.id(), evaluation.kind()).ifPresent(rows::add);
            }
        }
        List<Recheck.Score> scores = new ArrayList<>();
        List<Recheck.ItemScore> items = new ArrayList<>();
        ReviewStore.StoredRecheck latest = null;
        for (EvaluationRow row : rows) {
            Optional<ReviewStore.StoredRecheck> recheck = store.recheck(row.id());
            if (recheck.isEmpty()) {
                continue;
            }
            List<RecordedScore> recorded = store.scores(row.id());
            if (!matches(scored(who, row.id(), row.kind()).lines(), recorded)) {
                continue;
            }
            if (row.kind() == EvaluationKind.PROJECT) {
                scores.addAll(documentScores(row.name(), recorded));
            } else {
                recorded.forEach(score -> items.add(
                        new Recheck.ItemScore(score.index(), score.score(), score.deductionText(), score.note())));
            }
            if (latest == null || recheck.get().at().isAfter(latest.at())) {
                latest = recheck.get();
            }
        }
        List<String> opinions = new ArrayList<>();
        for (EvaluationRow row : rows) {
            if (row.reviewOpinion() != null && !row.reviewOpinion().isBlank()) {
                opinions.add(
                        onlyId != null || row.kind() != EvaluationKind.PROJECT
                                ? row.reviewOpinion()
                                : "“" + row.name() + "”：" + row.reviewOpinion());
            }
        }
        if (scores.isEmpty() && items.isEmpty() && opinions.isEmpty()) {
            return Recheck.NONE;
        }
        String reviewer = latest == null
                ? null
                : accounts.account(latest.by()).map(Account::displayName).orElse(latest.by());
        LocalDate date = latest == null ? null : latest.at().toLocalDate();
        return new Recheck(scores, items, opinions.isEmpty() ? null : String.join("\n", opinions), reviewer, date);
    }

    // ---- scoring an evaluation into worksheet lines

    /** An evaluation's rows as the rules score them, its totals, rule set and findings. */
    private record Scored(
            EvaluationRow row,
            List<Line> lines,
            Points claimedTotal,
            Points computedTotal,
            RuleSet ruleSet,
            List<Finding> findings) {}

    private Scored scored(Account who, long id, EvaluationKind kind) {
        return switch (kind) {
            case PROJECT -> project(projects.view(who, id));
            case UNIT -> unit(units.view(who, id));
            case REPORT -> throw new NotAllowed("自评报告的文字部分没有评分，不复核");
        };
    }

    private static Scored project(EvaluationView view) {
        ProjectAssessment assessment = view.assessment();
        List<Line> lines = new ArrayList<>();
        List<IndicatorAssessment> indicators = assessment.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorAssessment row = indicators.get(i);
            String name = row.indicator().name();
            lines.add(new Line(
                    RowKind.INDICATOR,
                    i,
                    row.indicator().level1(),
                    row.indicator().level2(),
                    name,
                    row.indicator().target(),
                    row.indicator().actual(),
                    row.score().weight(),
                    row.claimedScore(),
                    row.computedScore(),
                    row.score().explanation().text(),
                    about(assessment.findings(), name),
                    null));
        }
        var funds = view.project().funds();
        BigDecimal claimedExecution = funds == null || funds.claimed() == null
                ? null
                : funds.claimed().score();
        lines.add(new Line(
                RowKind.EXECUTION,
                0,
                null,
                null,
                TableRow.EXECUTION_LABEL,
                null,
                assessment.execution().rate() == null
                        ? null
                        : assessment.execution().rate().toString(),
                assessment.execution().weight(),
                claimedExecution == null ? null : Points.of(claimedExecution),
                assessment.execution().score(),
                assessment.execution().explanation().text(),
                executionFindings(assessment.findings()),
                null));
        BigDecimal claimed = view.project().claimed() == null
                ? null
                : view.project().claimed().total();
        return new Scored(
                view.row(),
                lines,
                claimed == null ? null : Points.of(claimed),
                assessment.total(),
                view.ruleSet(),
                assessment.findings());
    }

    private static Scored unit(UnitEvaluationView view) {
        UnitAssessment assessment = view.assessment();
        List<Line> lines = new ArrayList<>();
        List<UnitItemAssessment> items = assessment.items();
        for (int i = 0; i < items.size(); i++) {
            UnitItemAssessment item = items.get(i);
            lines.add(new Line(
                    RowKind.ITEM,
                    i,
                    item.item().area(),
                    null,
                    item.item().name(),
                    null,
                    item.rate() == null ? null : item.rate().toString(),
                    item.item().weight(),
                    item.claimedScore(),
                    item.score(),
                    item.explanation(),
                    about(view.findings(), item.item().name()),
                    null));
        }
        return new Scored(
                view.row(), lines, assessment.claimedTotal(), assessment.total(), view.ruleSet(), view.findings());
    }

    private static List<Finding> about(List<Finding> findings, String name) {
        return findings.stream()
                .filter(f -> f.indicator() != null && f.indicator().equals(name))
                .toList();
    }

    /** The 预算执行率's findings: those about the execution rate and its score. */
    private static List<Finding> executionFindings(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.indicator() == null)
                .filter(f -> f.code().name().startsWith("EXECUTION_"))
                .toList();
    }

    private static List<FindingGroup> groups(List<Finding> findings) {
        Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(Finding::severity)).forEach(f -> byCategory
                .computeIfAbsent(f.code().title(), c -> new ArrayList<>())
                .add(f));
        return byCategory.entrySet().stream()
                .map(e -> new FindingGroup(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(
                        (FindingGroup g) -> g.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)))
                .toList();
    }

    private RecheckGap gap(Scored scored, Points recheckTotal) {
        return RecheckGap.of(
                scored.claimedTotal() == null ? null : scored.claimedTotal().value(),
                recheckTotal == null ? null : recheckTotal.value(),
                gapThreshold,
                scored.ruleSet().gradeBands());
    }

    // ---- what is recorded, against the rows as they are

    /** The lines with what is recorded for each, where the recorded row is still the same row. */
    private static List<Line> withRecorded(List<Line> lines, List<RecordedScore> recorded) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            RecordedScore score = recordedFor(line, recorded);
            out.add(
                    score == null
                            ? line
                            : new Line(
                                    line.kind(),
                                    line.index(),
                                    line.group(),
                                    line.subgroup(),
                                    line.label(),
                                    line.target(),
                                    line.actual(),
                                    line.weight(),
                                    line.claimed(),
                                    line.computed(),
                                    line.explanation(),
                                    line.findings(),
                                    score));
        }
        return out;
    }

    /** The recorded row for a line: same kind and position, same label, weight and computed score. */
    private static RecordedScore recordedFor(Line line, List<RecordedScore> recorded) {
        for (RecordedScore score : recorded) {
            if (score.kind() == line.kind()
                    && score.index() == line.index()
                    && Objects.equals(score.label(), line.label())
                    && score.weight().compareTo(line.weight()) == 0
                    && score.computed().compareTo(line.computed()) == 0) {
                return score;
            }
        }
        return null;
    }

    /** Whether a recorded 复核 still fits the rows: one recorded row for each, unchanged. */
    private static boolean matches(List<Line> lines, List<RecordedScore> recorded) {
        return recorded.size() == lines.size() && lines.stream().allMatch(line -> recordedFor(line, recorded) != null);
    }

    private static RecordedScore score(
            String field, Line line, TypedScore input, DeductionScale scale, List<Problem> problems) {
        String label = line.label();
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        if (note != null && note.length() > TEXT_LIMIT) {
            problems.add(Problem.of(field + "note", "review.problem.noteTooLong", label, TEXT_LIMIT, note.length()));
            return null;
        }
        Points typed = null;
        if (input.score() != null && !input.score().isBlank()) {
            try {
                typed = Points.of(new BigDecimal(input.score().strip()));
            } catch (NumberFormatException e) {
                problems.add(Problem.of(
                        field + "score",
                        "review.problem.scoreNumber",
                        label,
                        input.score().strip()));
                return null;
            }
        }
        String code = input.deduction() == null || input.deduction().isBlank()
                ? null
                : input.deduction().strip();
        if (code == null) {
            if (typed != null && typed.compareTo(line.computed()) != 0) {
                problems.add(Problem.of(
                        field + "deduction", "review.problem.deductionRequired", label, typed, line.computed()));
                return null;
            }
            return recorded(line, null, note);
        }
        Optional<DeductionEntry> found = scale.entry(code);
        if (found.isEmpty()) {
            problems.add(Problem.of(field + "deduction", "review.problem.deductionUnknown", label, code));
            return null;
        }
        DeductionEntry entry = found.get();
        if (!entry.appliesTo().covers(line.kind())) {
            problems.add(
                    Problem.of(field + "deduction", "review.problem.deductionNotForRow", label, entry.situation()));
            return null;
        }
        Points expected = entry.scoreOf(line.computed(), line.weight());
        if (typed != null && typed.compareTo(expected) != 0) {
            problems.add(Problem.of(
                    field + "score", "review.problem.scoreOfScale", label, entry.situation(), expected, typed));
            return null;
        }
        if (note == null) {
            problems.add(Problem.of(field + "note", "review.problem.noteRequired", label));
            return null;
        }
        return recorded(line, entry, note);
    }

    /** A row recorded at the computed score less what the entry deducts (none: at the computed score). */
    private static RecordedScore recorded(Line line, DeductionEntry entry, String note) {
        Points score = entry == null ? line.computed() : entry.scoreOf(line.computed(), line.weight());
        return new RecordedScore(
                line.kind(),
                line.index(),
                line.label(),
                line.weight(),
                line.computed(),
                score,
                entry == null ? null : entry.code(),
                entry == null ? null : entry.situation(),
                entry == null ? null : entry.share(),
                entry == null ? null : entry.points(),
                entry == null ? null : line.computed().minus(score),
                note);
    }

    /** The history's lines of a recorded 复核: each row that is new or changed, and the total. */
    private static List<RecheckLine> history(
            Optional<ReviewStore.StoredRecheck> before,
            List<RecordedScore> previous,
            List<RecordedScore> scores,
            Points total) {
        List<RecheckLine> lines = new ArrayList<>();
        for (RecordedScore score : scores) {
            RecordedScore old = previous.stream()
                    .filter(p -> p.kind() == score.kind() && p.index() == score.index())
                    .findFirst()
                    .orElse(null);
            String after = describe(score);
            String was = old == null ? null : describe(old);
            if (old == null ? score.isRemarked() : !after.equals(was)) {
                lines.add(new RecheckLine(was, after));
            }
        }
        String totalBefore = before.map(r -> "复核总分 " + Points.of(r.total())).orElse(null);
        lines.add(new RecheckLine(totalBefore, "复核总分 " + total));
        return lines;
    }

    private static String describe(RecordedScore score) {
        StringBuilder text = new StringBuilder(score.label())
                .append("：")
                .append(score.score())
                .append(" 分");
        if (score.deductionCode() != null) {
            text.append("，扣分标准：").append(score.deductionText());
        }
        if (score.note() != null) {
            text.append("，说明：").append(score.note());
        }
        return text.toString();
    }

    // ---- the document's data

    private static List<Recheck.Score> documentScores(String project, List<RecordedScore> recorded) {
        List<Recheck.Score> scores = new ArrayList<>();
        RecordedScore execution = null;
        for (RecordedScore score : recorded) {
            if (score.kind() == RowKind.EXECUTION) {
                execution = score;
            } else if (score.isRemarked() || score.score().compareTo(score.computed()) != 0) {
                scores.add(Recheck.Score.ofIndicator(
                        project, score.index(), score.score(), score.deductionText(), score.note()));
            }
        }
        // the execution row always, so that the opinion prints the project's 复核分 even where nothing was deducted
        if (execution != null) {
            scores.add(
                    Recheck.Score.ofExecution(project, execution.score(), execution.deductionText(), execution.note()));
        }
        return scores;
    }
}
