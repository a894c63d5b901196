package jixiao.scoring.check;

import jixiao.scoring.Check;
import jixiao.scoring.rule.Note;
import jixiao.scoring.rule.RuleNotes;

/**
 * The checks whose findings a rule raises while it scores ({@link RuleNotes}): their body is the rule's, and here they
 * are placed at their project and indicator like every other check's findings. A row's notes are placed before its
 * other checks, in the order the scorer raised them ({@link CheckCatalogue#ROW_NOTES} lists them in that order).
 */
final class RuleNoteChecks {
    private RuleNoteChecks() {}

    /** A note the 预算执行率 rule raised about the 项目资金 block. */
    record OnExecution(Check check) implements ProjectCheck {
        @Override
        public void run(ProjectTable table, Findings out) {
            for (Note note : table.execution().notes()) {
                if (note.check() == check) {
                    out.place(table.at(), note);
                }
            }
        }
    }
}
