-- Background jobs of more than one kind share output_job (issue 18): the zip of a region's approved reports (REPORTS)
-- and a region's re-check with another rule set (RECHECK). detail names what the job was asked for (the rule set a
-- re-check uses); summary keeps a finished job's summary (JSON) for its page, so that every node can show it.
ALTER TABLE output_job ADD COLUMN kind VARCHAR(20) DEFAULT 'REPORTS' NOT NULL;
ALTER TABLE output_job ADD COLUMN detail TEXT;
ALTER TABLE output_job ADD COLUMN summary TEXT;
