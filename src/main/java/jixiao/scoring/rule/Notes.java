package jixiao.scoring.rule;

import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Severity;

/** Findings raised by a rule about a value, before the checker adds where they are. */
final class Notes {
    private Notes() {}

    static Finding error(FindingCode code, String message) {
        return new Finding(code, Severity.ERROR, null, null, message);
    }

    static Finding warning(FindingCode code, String message) {
        return new Finding(code, Severity.WARNING, null, null, message);
    }

    static Finding info(FindingCode code, String message) {
        return new Finding(code, Severity.INFO, null, null, message);
    }
}
