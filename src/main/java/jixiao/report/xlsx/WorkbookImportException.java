package jixiao.report.xlsx;

import java.util.List;

/**
 * A workbook that cannot be imported, with every problem found in it: an import is all or nothing, and a clerk fixes
 * all the cells in one pass rather than one per attempt. Checked, because the input comes from a user who can fix it.
 */
public final class WorkbookImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    WorkbookImportException(List<ImportProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder text = new StringBuilder("共 " + problems.size() + " 处错误：");
        for (ImportProblem problem : problems) {
            text.append('\n').append(problem);
        }
        return text.toString();
    }
}
