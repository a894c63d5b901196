-- Every entry is chained (V11 chained the older ones): from now on an entry without its place in the chain is refused.
ALTER TABLE audit_entry ALTER COLUMN seq SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN previous_hash SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash SET NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_seq UNIQUE (seq);
