-- Re-extraction stores articles in id order; keeping how far it got lets an interrupted run
-- (Ctrl-C, kill, a lost server) be resumed with `reextract --resume` instead of started over.
ALTER TABLE import_batch ADD COLUMN resume_after_article_id bigint;
COMMENT ON COLUMN import_batch.resume_after_article_id IS 'Re-extraction only: every article with an id up to this one was re-extracted (or failed, and is listed in import_problem) by this run; kept as the run goes, so that `reextract --resume` continues after it when the run was interrupted.';
