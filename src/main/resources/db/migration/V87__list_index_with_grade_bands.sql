-- V86 (the lists' covering index with the year and kind first, the one H2 chooses) and V81 (each evaluation's own
-- grade bands, which the lists read to tell a large 复核 gap) were written side by side: the index gets the three
-- band columns, so that the lists still read from the index alone.
DROP INDEX project_evaluation_year_kind_list;
CREATE INDEX project_evaluation_year_kind_list ON project_evaluation (
    fiscal_year, kind, status, returned_by_bureau, unit_id, grade, total, execution_rate, budget, executed,
    claimed_total, recheck_total, errors, warnings, unresolved, name, updated_at, grade_excellent, grade_good,
    grade_fair);
