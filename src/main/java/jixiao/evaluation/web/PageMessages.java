package jixiao.evaluation.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.evaluation.EvaluationChange;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the evaluation pages say, in the user's language, alike for a project and the whole-unit evaluation: a form's
 * problems, the outcome of a workflow action, a refusal of the service, and the history. The service's messages are
 * Chinese sentences for the API; the pages say the same from the message files.
 */
final class PageMessages {

    /** The message ({@code flash.<…>}) of each workflow action done through a page form. */
    private static final Map<String, String> DONE = Map.of(
            "explain", "flash.explained",
            "submit", "flash.submitted",
            "unitApproval", "flash.unitApproved",
            "approval", "flash.approved",
            "return", "flash.returned");

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    /** Why a form was not saved: how many fields are wrong, and each problem. */
    String notSaved(Map<String, MessageSourceResolvable> errors) {
        List<String> problems = errors.values().stream()
                .map(problem -> messages.getMessage(problem, locale()))
                .toList();
        return text(
                "error.notSaved", String.valueOf(errors.size()), String.join(text("error.listSeparator"), problems));
    }

    /** What a workflow action ({@code explain}, {@code submit}, {@code unitApproval}, {@code approval}, {@code return}) did. */
    String done(String operation) {
        return text(DONE.get(operation));
    }

    /**
     * A refusal, by the kind of refusal, the operation tried ({@code save} or a workflow action) and the evaluation's
     * state now.
     */
    String refusal(EvaluationException e, String operation, EvaluationStatus status) {
        if (e instanceof EvaluationException.VersionConflict conflict) {
            String by = conflict.by() == null ? text("error.someoneElse") : conflict.by();
            return text("error.versionConflict", by);
        }
        if (e instanceof EvaluationException.SubmissionRefused refused) {
            // the finding's sentence is domain content and stays Chinese
            return text(
                    "error.submissionRefused",
                    String.valueOf(refused.unexplained().size()),
                    refused.unexplained().get(0).message());
        }
        if (e instanceof EvaluationException.NotAllowed) {
            return text("error.notAllowed." + operation);
        }
        if (e instanceof EvaluationException.WrongState) {
            return text("error.wrongState", text("status." + status.name()));
        }
        if (e instanceof EvaluationException.Invalid invalid) {
            return messages.getMessage("error.invalid." + invalid.field(), null, e.getMessage(), locale());
        }
        return e.getMessage();
    }

    /** A row of the history page: the stored change, with a workflow move's field and states in the user's language. */
    record HistoryLine(LocalDateTime at, String by, String field, String oldValue, String newValue) {}

    /**
     * The history as the page shows it. A workflow move is stored with the labels of the time (草稿 → 已提交), in old
     * rows too; the labels are read back as states and said in the user's language. Other fields are the document's
     * paths and the values as typed.
     */
    List<HistoryLine> history(List<EvaluationChange> changes) {
        return changes.stream().map(this::line).toList();
    }

    private HistoryLine line(EvaluationChange change) {
        return switch (change.field()) {
            case EvaluationChange.STATUS ->
                new HistoryLine(
                        change.at(),
                        change.by(),
                        text("history.field.status"),
                        state(change.oldValue()),
                        state(change.newValue()));
            case EvaluationChange.RETURN_REASON ->
                new HistoryLine(
                        change.at(),
                        change.by(),
                        text("history.field.returnReason"),
                        change.oldValue(),
                        change.newValue());
            case EvaluationChange.REVIEW_OPINION ->
                new HistoryLine(
                        change.at(),
                        change.by(),
                        text("history.field.reviewOpinion"),
                        change.oldValue(),
                        change.newValue());
            case EvaluationChange.RECHECK ->
                new HistoryLine(
                        change.at(), change.by(), text("review.history.recheck"), change.oldValue(), change.newValue());
            case EvaluationChange.REVIEW_COMMENT ->
                new HistoryLine(
                        change.at(), change.by(), text("review.history.comment"), change.oldValue(), change.newValue());
            case EvaluationChange.IMPORTED ->
                new HistoryLine(
                        change.at(), change.by(), text("history.field.imported"), change.oldValue(), change.newValue());
            case EvaluationChange.EXPLANATION ->
                new HistoryLine(
                        change.at(),
                        change.by(),
                        text("history.field.explanation"),
                        change.oldValue(),
                        change.newValue());
            case EvaluationChange.CREATED ->
                new HistoryLine(
                        change.at(), change.by(), text("history.field.created"), change.oldValue(), change.newValue());
            case EvaluationChange.ADOPTED ->
                new HistoryLine(
                        change.at(),
                        change.by(),
                        text("history.field.adopted"),
                        change.oldValue(),
                        EvaluationForm.WHOLE_TABLE.equals(change.newValue())
                                ? text("history.wholeTable")
                                : change.newValue());
            case EvaluationChange.EVIDENCE ->
                new HistoryLine(
                        change.at(), change.by(), text("history.field.evidence"), change.oldValue(), change.newValue());
            default ->
                new HistoryLine(
                        change.at(), change.by(), fieldName(change.field()), change.oldValue(), change.newValue());
        };
    }

    /** indicators[3].actual: the 4th row's 实际完成值. */
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");

    /** keyWorkPlan[3].status: the 4th key work item's 完成情况. */
    private static final Pattern WORK_FIELD = Pattern.compile("keyWorkPlan\\[(\\d+)]\\.(\\w+)");

    /**
     * A field of the document as the editor names it ("第 4 行 实际完成值", "项目名称"), where it has a name of the
     * pages (a message {@code history.path.<path>} or a column of the indicator rows); the path itself otherwise.
     */
    private String fieldName(String path) {
        Matcher row = INDICATOR_FIELD.matcher(path);
        if (row.matches()) {
            String column = messages.getMessage("history.column." + row.group(2), null, null, locale());
            if (column != null) {
                return text("editor.cell", String.valueOf(Integer.parseInt(row.group(1)) + 1), column);
            }
        }
        Matcher work = WORK_FIELD.matcher(path);
        if (work.matches()) {
            String column = messages.getMessage("history.workColumn." + work.group(2), null, null, locale());
            if (column != null) {
                return text("history.workCell", String.valueOf(Integer.parseInt(work.group(1)) + 1), column);
            }
        }
        return messages.getMessage("history.path." + path, null, path, locale());
    }

    /** A stored state label in the user's language; a value that names no state is shown as stored. */
    private String state(String label) {
        return EvaluationStatus.labelled(label)
                .map(status -> text("status." + status.name()))
                .orElse(label);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
