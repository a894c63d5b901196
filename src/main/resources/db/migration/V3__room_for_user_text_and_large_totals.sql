-- Values that come from what a user typed must fit (portable ALTER ... SET DATA TYPE, H2 and PostgreSQL alike):
-- a finding's key holds the indicator's name and the finding's message, so its length follows the user's text;
-- a total follows the weights, and a weight typed with extra zeros (100000 for 10) must become a finding
-- (WEIGHTS_NOT_100), not a numeric overflow.
ALTER TABLE finding_explanation ALTER COLUMN finding_key SET DATA TYPE TEXT;
ALTER TABLE project_evaluation ALTER COLUMN total SET DATA TYPE NUMERIC(18, 2);
