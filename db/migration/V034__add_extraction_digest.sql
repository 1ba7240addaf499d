-- Re-extraction after a rule change leaves most articles' facts as they were: a digest of what was
-- stored lets it skip those articles instead of writing the same rows again.
ALTER TABLE article ADD COLUMN extraction_digest text;
COMMENT ON COLUMN article.extraction_digest IS 'SHA-256 of the extraction last stored for the article (its facts, text and the reference data they were stored with); re-extraction that yields the same digest writes nothing. Null: to be written on the next re-extraction.';
