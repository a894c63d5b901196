-- Regions form a tree (province → city → county): a region's finance bureau sees its own units, and configuration
-- such as rule sets is inherited from the parent region. NULL: a top-level region.
ALTER TABLE region ADD COLUMN parent_id BIGINT REFERENCES region (id);

-- The 自评报告's own texts (notice, organisation of the work, problems, improvements, other matters) are stored as a
-- third kind of evaluation, REPORT, one per unit and year, so that they go through the same workflow, history,
-- version check and access rules as the tables. unit_year now holds the year of a UNIT and of a REPORT row (NULL on a
-- PROJECT row), and the uniqueness is per kind.
ALTER TABLE project_evaluation DROP CONSTRAINT project_evaluation_one_unit_per_year;
ALTER TABLE project_evaluation ADD CONSTRAINT project_evaluation_one_per_unit_year_and_kind UNIQUE (unit_id, unit_year, kind);
