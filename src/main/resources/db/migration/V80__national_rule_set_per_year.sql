-- The national root per fiscal year (issue 15): the administrator makes a loaded rule set (or the built-in default of
-- domain.md, rule_set_id NULL) the root from a year on; the root of year Y is the one chosen for the latest year up
-- to Y, and until the first choice the built-in default. The one active set of before stays the root of every year
-- (from 2000, the first year the pages offer); "active" goes, so that there is one answer to "which root".
CREATE TABLE rule_set_root (
    from_year INT PRIMARY KEY,
    rule_set_id BIGINT REFERENCES rule_set (id),
    chosen_at TIMESTAMP NOT NULL,
    chosen_by VARCHAR(100) NOT NULL
);
INSERT INTO rule_set_root (from_year, rule_set_id, chosen_at, chosen_by)
    SELECT 2000, id, loaded_at, loaded_by FROM rule_set WHERE active = TRUE;
ALTER TABLE rule_set DROP COLUMN active;
