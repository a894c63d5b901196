package jixiao.evaluation;

import java.util.List;
import jixiao.scoring.Finding;

/** Why an operation on an evaluation was refused; each maps to one HTTP status and one message. */
public abstract sealed class EvaluationException extends RuntimeException {

    protected EvaluationException(String message) {
        super(message);
    }

    /** Not there, or not visible to this user (the two are not told apart). */
    public static final class NotFound extends EvaluationException {
        public NotFound(long id) {
            super("找不到自评表 " + id);
        }

        /** Something else that hangs off the evaluations (an item, a draw, a publication, an attached file), named in the message. */
        public NotFound(String what) {
            super("找不到" + what);
        }
    }

    /** Visible, but this role may not do this. */
    public static final class NotAllowed extends EvaluationException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** Someone else saved first: nothing was overwritten. */
    public static final class VersionConflict extends EvaluationException {
        private final String by;

        public VersionConflict(String by) {
            super("保存被拒绝：" + by + " 在您打开之后已修改并保存了这张自评表。您填写的内容仍在页面上，请核对对方的修改后再保存。");
            this.by = by;
        }

        /** Who saved first, as the service knows it. */
        public String by() {
            return by;
        }
    }

    /** Not in a state that allows this (e.g. editing a submitted evaluation). */
    public static final class WrongState extends EvaluationException {
        public WrongState(String message) {
            super(message);
        }
    }

    /** Bad input: names the field and the value. */
    public static final class Invalid extends EvaluationException {
        private final String field;
        private final String value;

        public Invalid(String field, String message) {
            this(field, null, message);
        }

        /** With the refused value apart, for a page that words the message in its own language. */
        public Invalid(String field, String value, String message) {
            super(message);
            this.field = field;
            this.value = value;
        }

        public String field() {
            return field;
        }

        /** The refused value, where the refusal kept it apart from the message; null otherwise. */
        public String value() {
            return value;
        }
    }

    /** Submission refused while error findings remain unexplained. */
    public static final class SubmissionRefused extends EvaluationException {
        private final List<Finding> unexplained;

        public SubmissionRefused(List<Finding> unexplained) {
            super("还有 " + unexplained.size() + " 个错误未说明，不能提交："
                    + unexplained.get(0).message());
            this.unexplained = List.copyOf(unexplained);
        }

        public List<Finding> unexplained() {
            return unexplained;
        }
    }
}
