package jixiao.scoring.check;

import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.ProjectSelfEvaluation;

/** A check across the projects of one report: each finding is added to the findings of the project it is about. */
interface ReportCheck {
    Check check();

    void run(List<ProjectSelfEvaluation> projects, List<Findings> byProject);
}
