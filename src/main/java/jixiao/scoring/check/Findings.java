package jixiao.scoring.check;

import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.Finding;
import jixiao.scoring.Severity;
import jixiao.scoring.rule.Note;
import org.jspecify.annotations.Nullable;

/**
 * Where the checks of one project (or of the whole unit) put their findings: each check raises findings of its own code
 * at the severity the rule set gives it, so a check's body only says where and what.
 */
final class Findings {
    private final List<Finding> list;
    // set by checking() before each check runs (Checks does)
    private @Nullable Check check;
    private Severity severity = Severity.WARNING;

    Findings(List<Finding> list) {
        this.list = list;
    }

    /** The check whose findings come next, at the severity the rule set gives it. */
    void checking(Check check, Severity severity) {
        this.check = check;
        this.severity = severity;
    }

    /** The check being run. */
    Check check() {
        Check current = check;
        if (current == null) {
            throw new IllegalStateException("a finding before checking() named its check");
        }
        return current;
    }

    void add(Locate at, String message) {
        list.add(new Finding(check().finding(), severity, at.project(), at.indicator(), message));
    }

    /** A rule's note of the check being run, placed here. */
    void place(Locate at, Note note) {
        add(at, note.message());
    }

    List<Finding> list() {
        return list;
    }
}
