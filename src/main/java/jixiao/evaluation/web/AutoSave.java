package jixiao.evaluation.web;

import java.time.format.DateTimeFormatter;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to an editor's automatic save, as JSON for its script: saved (the new version, which the next save must
 * name, and when), or not, with the reason in the user's language; {@code conflict} where another editor saved first,
 * which stops the automatic saves until the page is reloaded.
 */
public record AutoSave(boolean saved, Integer version, String message, boolean conflict) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static ResponseEntity<AutoSave> saved(EvaluationRow row, PageMessages page) {
        return ResponseEntity.ok(new AutoSave(
                true, row.version(), page.text("autosave.saved", row.updatedAt().format(TIME)), false));
    }

    static ResponseEntity<AutoSave> invalid(String message) {
        return ResponseEntity.unprocessableEntity().body(new AutoSave(false, null, message, false));
    }

    static ResponseEntity<AutoSave> refused(EvaluationException e, String message) {
        boolean conflict = e instanceof EvaluationException.VersionConflict;
        HttpStatus status = conflict || e instanceof EvaluationException.WrongState
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(new AutoSave(false, null, message, conflict));
    }
}
