-- A batch whose process was killed stayed 'running' for ever. The next import or re-extraction
-- now marks it 'interrupted', with the counts of what it had stored.
ALTER TABLE import_batch DROP CONSTRAINT import_batch_outcome_valid;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_outcome_valid
    CHECK (outcome IN ('running', 'succeeded', 'partial', 'failed', 'interrupted'));
COMMENT ON COLUMN import_batch.outcome IS 'running, succeeded (nothing failed), partial (some failed), failed (nothing stored) or interrupted (its process ended mid-run; the counts are what it had stored).';
