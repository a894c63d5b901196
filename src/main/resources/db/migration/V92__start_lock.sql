-- Several application nodes may start at once on a new database: the first start's work (the default whole-unit
-- framework, the three administrators, the demo data) runs in one transaction holding this row's lock
-- (SELECT ... FOR UPDATE, in H2 and PostgreSQL alike), so that the second node waits, then finds it done.
CREATE TABLE start_lock (
    name VARCHAR(50) NOT NULL PRIMARY KEY
);

INSERT INTO start_lock (name) VALUES ('first-start');
