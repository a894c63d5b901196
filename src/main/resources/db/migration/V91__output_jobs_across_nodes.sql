-- Region-wide outputs with several application nodes (docs/operations.md, "Scale"). A job is run by the node that
-- claims it (claimed_by), which renews heartbeat_at while it runs; a job whose heartbeat is older than the lease
-- belongs to a node that stopped and is failed by any other node. The finished file is kept here, in parts of at
-- most 1 MB (a value H2 and PostgreSQL both hold and stream well), so that any node serves it: nodes share the
-- database, not a file system.
ALTER TABLE output_job ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE output_job ADD COLUMN heartbeat_at TIMESTAMP;

-- A job may have several files (a re-check: its xlsx and its JSON), each under its name.
CREATE TABLE output_file_part (
    job_id BIGINT NOT NULL REFERENCES output_job (id) ON DELETE CASCADE,
    name VARCHAR(40) NOT NULL,
    part INT NOT NULL,
    content BYTEA NOT NULL,
    CONSTRAINT output_file_part_pk PRIMARY KEY (job_id, name, part)
);
