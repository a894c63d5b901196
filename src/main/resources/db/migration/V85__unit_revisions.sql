-- How far each budget unit's evaluations have changed: raised by every transaction that changes one of them (its
-- scores, list figures, findings, state, 复核分, copies), just before it commits (jixiao.evaluation.UnitRevisions).
-- The bureau's dashboard and lists over 100,000 projects keep what they computed for a scope until the sum of its
-- units' revisions changes: read from the database, so that a change made on another application node is seen at
-- once (issue 18), and transactional, so that a figure is never kept under a revision its data is older than.
ALTER TABLE budget_unit ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
