package jixiao.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import, so that all of them are reported together. */
final class ImportProblems {
    private final List<ImportProblem> problems = new ArrayList<>();

    void add(String sheet, String cell, String message) {
        problems.add(new ImportProblem(sheet, cell, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws WorkbookImportException {
        if (!problems.isEmpty()) {
            throw new WorkbookImportException(problems);
        }
    }
}
