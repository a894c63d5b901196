package jixiao.scoring.check;

import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Severity;

/** Builds findings at a place: a project (null for the whole unit) and an indicator (null for none). */
record Locate(String project, String indicator) {

    static Locate project(String project) {
        return new Locate(project, null);
    }

    static Locate unit() {
        return new Locate(null, null);
    }

    Finding error(FindingCode code, String message) {
        return new Finding(code, Severity.ERROR, project, indicator, message);
    }

    Finding warning(FindingCode code, String message) {
        return new Finding(code, Severity.WARNING, project, indicator, message);
    }

    Finding info(FindingCode code, String message) {
        return new Finding(code, Severity.INFO, project, indicator, message);
    }

    /** A rule's note, placed here. */
    Finding place(Finding note) {
        return new Finding(note.code(), note.severity(), project, indicator, note.message());
    }
}
