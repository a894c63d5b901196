-- Each evaluation's findings of its last assessment, written with its scores on every save and import (and for
-- existing rows by V70_1), so that a dashboard counts finding categories in one query without reading documents.
-- finding_key is FindingExplanation.keyOf: an error whose key the unit explained is resolved.
CREATE TABLE evaluation_finding (
    evaluation_id BIGINT NOT NULL REFERENCES project_evaluation (id),
    code VARCHAR(50) NOT NULL,
    severity VARCHAR(10) NOT NULL,
    finding_key TEXT NOT NULL
);

CREATE INDEX evaluation_finding_evaluation ON evaluation_finding (evaluation_id);
CREATE INDEX evaluation_finding_code ON evaluation_finding (code, evaluation_id);

-- The errors of the last assessment that the unit has not explained (未解决的错误), kept with every save, import and
-- explanation, for the lists' column, filter and sort.
ALTER TABLE project_evaluation ADD COLUMN unresolved INT DEFAULT 0 NOT NULL;

-- A finance bureau sees a returned evaluation only when it returned it itself (what was sent to it): kept by the
-- overview on every move of the workflow, from the role of who moved it.
ALTER TABLE project_evaluation ADD COLUMN returned_by_bureau BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE project_evaluation SET returned_by_bureau = TRUE
WHERE status = 'RETURNED'
  AND (SELECT a.role FROM evaluation_change c JOIN account a ON a.username = c.changed_by
       WHERE c.evaluation_id = project_evaluation.id AND c.field = '状态' ORDER BY c.id DESC LIMIT 1) = 'BUREAU_REVIEWER';

-- The lists: a year's rows by status (the bureau's queue, the 待办 counts) and by status and unit.
CREATE INDEX project_evaluation_year_status ON project_evaluation (fiscal_year, status);
CREATE INDEX project_evaluation_status_unit ON project_evaluation (status, unit_id);
