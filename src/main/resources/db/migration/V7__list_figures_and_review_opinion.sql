-- What lists and dashboards show of a project evaluation without reading its document (filled on every save and
-- import, and for existing rows by V7_1): the claimed total, 全年预算数 and 全年执行数 in 元, the execution rate.
ALTER TABLE project_evaluation ADD COLUMN claimed_total NUMERIC(30, 6);
ALTER TABLE project_evaluation ADD COLUMN budget NUMERIC(32, 6);
ALTER TABLE project_evaluation ADD COLUMN executed NUMERIC(32, 6);
ALTER TABLE project_evaluation ADD COLUMN execution_rate NUMERIC(20, 6);
-- The finance bureau's 复核分 (null until the evaluation is rechecked) and its 审核意见 on approval or return.
ALTER TABLE project_evaluation ADD COLUMN recheck_total NUMERIC(18, 2);
ALTER TABLE project_evaluation ADD COLUMN review_opinion TEXT;
CREATE INDEX project_evaluation_kind_year ON project_evaluation (kind, fiscal_year);
