package jixiao.scoring.check;

import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.rule.Note;
import jixiao.scoring.rule.RuleNotes;

/**
 * The checks whose findings a rule raises while it scores ({@link RuleNotes}): their body is the rule's, and here they
 * are placed at their project and indicator like every other check's findings.
 */
final class RuleNoteChecks {
    private RuleNoteChecks() {}

    /** A note the indicator scorer raised about a row's values. */
    record OnRow(Check check) implements RowCheck {
        @Override
        public void run(Row row, Findings out) {
            List<Note> notes = row.score().notes();
            for (int i = 0; i < notes.size(); i++) { // by index: most rows have no note, and no iterator is made
                if (notes.get(i).check() == check) {
                    out.place(row.at(), notes.get(i));
                }
            }
        }
    }

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
