-- H2 did not use V74's covering index for a year's project evaluations: with kind and year both given it chose
-- (kind, fiscal_year), which holds no other column, and read every row of the year whole; the collection round's
-- progress read every row of each unit's year through (unit_id, fiscal_year). Measured on a region of 100,000
-- projects (docs/benchmarks-bureau.md): the year's count of what was sent to the bureau 8–23 s → 1.6 s, the progress
-- of 1,000 units 30 s → 0.24 s, the finding categories 25 s → 1.9 s. The same columns as V74's, with kind second, so
-- that both equalities are on the index H2 can answer from alone; PostgreSQL scans either as well.
CREATE INDEX project_evaluation_year_kind_list ON project_evaluation (
    fiscal_year, kind, status, returned_by_bureau, unit_id, grade, total, execution_rate, budget, executed,
    claimed_total, recheck_total, errors, warnings, unresolved, name, updated_at);
DROP INDEX project_evaluation_list_columns;

-- where each unit of a round stands: its evaluations of the year counted by state, from the index alone
CREATE INDEX project_evaluation_unit_year_state ON project_evaluation (
    unit_id, fiscal_year, kind, status, returned_by_bureau);
