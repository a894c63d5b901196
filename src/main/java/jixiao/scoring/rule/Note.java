package jixiao.scoring.rule;

import java.util.Objects;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Severity;

/**
 * What a rule found about a value while scoring it ("没有填写实际完成值"), before the checks place it at its project
 * and indicator: the check of the catalogue it belongs to ({@link RuleNotes}) and a Chinese sentence.
 */
public record Note(Check check, String message) {
    public Note {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    public FindingCode code() {
        return check.finding();
    }

    /** The check's own severity; the rule set may give it another when the note is placed. */
    public Severity severity() {
        return check.severity();
    }
}
