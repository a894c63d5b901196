-- The deadline day's population (bench/nodes/run.sh), PostgreSQL: :clerks budget units under the demo region 三门峡市,
-- each with a 填报人 clerkNNNN (the demo accounts' password: tianbao's hash) and the demo unit's projects of 2021 as
-- drafts of its own (copies of the rows, scores and list figures included). Run once on a new database after the
-- first node has started (the demo data is there then).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO budget_unit (region_id, name, code)
SELECT r.id, '截止日单位' || lpad(g::text, 4, '0'), 'DL' || lpad(g::text, 4, '0')
FROM region r CROSS JOIN generate_series(1, :clerks) g
WHERE r.name = '三门峡市';

INSERT INTO account (username, password_hash, display_name, role, unit_id, region_id, must_change_password,
                     password_changed_at)
SELECT 'clerk' || lpad(g::text, 4, '0'), t.password_hash, '填报人' || g, 'FILLER', u.id, u.region_id, FALSE,
       LOCALTIMESTAMP
FROM generate_series(1, :clerks) g
JOIN budget_unit u ON u.name = '截止日单位' || lpad(g::text, 4, '0')
CROSS JOIN account t
WHERE t.username = 'tianbao';

INSERT INTO project_evaluation (unit_id, fiscal_year, name, status, document, version, total, grade, errors, warnings,
                                rule_set_name, rule_set_version, kind, unresolved, claimed_total, budget, executed,
                                execution_rate, updated_at, updated_by)
SELECT u.id, p.fiscal_year, p.name, 'DRAFT', p.document, 1, p.total, p.grade, p.errors, p.warnings,
       p.rule_set_name, p.rule_set_version, 'PROJECT', p.unresolved, p.claimed_total, p.budget, p.executed,
       p.execution_rate, LOCALTIMESTAMP, 'bench'
FROM project_evaluation p
JOIN budget_unit d ON d.id = p.unit_id AND d.name = '三门峡市公共资源交易中心'
CROSS JOIN budget_unit u
WHERE p.kind = 'PROJECT' AND u.name LIKE '截止日单位%';
COMMIT;
ANALYZE;
SELECT COUNT(*) AS clerks FROM account WHERE username LIKE 'clerk%';
SELECT COUNT(*) AS drafts FROM project_evaluation WHERE updated_by = 'bench';
