-- Copied text across a region (issue 14, item 8): each evaluation's texts as fingerprints, written on every save and
-- import (and for existing rows by V72_1): field GOAL (年度总体目标), ANALYSIS (自评分析) or INDICATORS (the table of
-- 三级指标, 指标值 and 实际完成值); part 0 is the whole text, 1… its sentences; hash the first 64 bits of the SHA-256 of
-- the normalised text; length its characters and total those of all the field's sentences (a copy's share is of
-- characters, so that a short stock phrase weighs little); excerpt its beginning, to show.
CREATE TABLE text_fingerprint (
    evaluation_id BIGINT NOT NULL REFERENCES project_evaluation (id),
    field VARCHAR(20) NOT NULL,
    part INT NOT NULL,
    hash BIGINT NOT NULL,
    length INT NOT NULL,
    total INT NOT NULL,
    excerpt VARCHAR(200) NOT NULL
);

CREATE INDEX text_fingerprint_evaluation ON text_fingerprint (evaluation_id);
CREATE INDEX text_fingerprint_hash ON text_fingerprint (hash, field);

-- The copies found by matching fingerprints, kept in both directions when either evaluation is saved: share is the
-- percentage of the evaluation's text (the characters of its sentences, or 100 for the whole text) found in the
-- other's.
CREATE TABLE text_copy (
    evaluation_id BIGINT NOT NULL REFERENCES project_evaluation (id),
    other_id BIGINT NOT NULL REFERENCES project_evaluation (id),
    field VARCHAR(20) NOT NULL,
    share INT NOT NULL,
    excerpt VARCHAR(200) NOT NULL,
    PRIMARY KEY (evaluation_id, other_id, field)
);

CREATE INDEX text_copy_other ON text_copy (other_id);
