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

    /** A note a rule raised about the table as a whole: the 项目资金 block, weights it gave, a capped total. */
    record OnTable(Check check) implements ProjectCheck {
        @Override
        public void run(ProjectTable table, Findings out) {
            for (Note note : table.notes()) {
                if (note.check() == check) {
                    out.place(table.at(), note);
                }
            }
        }
    }
}
