-- The grade bands an evaluation is graded with (issue 15): its region's and year's rule set, the one frozen at
-- submission once submitted. The lists tell a large 复核 gap (a change of grade between 自评分 and 复核分) in SQL with
-- them, row by row, instead of with the national root's bands. The defaults are the built-in set's (domain.md);
-- V81_1 fills the submitted evaluations' from their frozen rule sets. The covering index of the lists (V74) gets the
-- three columns so that the lists still read from the index alone.
ALTER TABLE project_evaluation ADD COLUMN grade_excellent NUMERIC(7, 2) DEFAULT 90 NOT NULL;
ALTER TABLE project_evaluation ADD COLUMN grade_good NUMERIC(7, 2) DEFAULT 80 NOT NULL;
ALTER TABLE project_evaluation ADD COLUMN grade_fair NUMERIC(7, 2) DEFAULT 60 NOT NULL;
DROP INDEX project_evaluation_list_columns;
CREATE INDEX project_evaluation_list_columns ON project_evaluation (
    fiscal_year, status, returned_by_bureau, kind, unit_id, grade, total, execution_rate, budget, executed,
    claimed_total, recheck_total, errors, warnings, unresolved, name, updated_at, grade_excellent, grade_good,
    grade_fair);
