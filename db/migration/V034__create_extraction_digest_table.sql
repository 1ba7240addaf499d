-- Re-extraction after a rule change leaves most articles' facts as they were: a digest of what was
-- stored lets it skip those articles instead of writing the same rows again. It lives in a table of
-- its own: updating a column of article would rewrite the row and recompute its search vector.
CREATE TABLE extraction_digest (
    article_id  bigint PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    digest      text NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE extraction_digest IS 'For each article, a digest of the extraction last stored for it; re-extraction that yields the same digest writes nothing.';
COMMENT ON COLUMN extraction_digest.article_id IS 'The article.';
COMMENT ON COLUMN extraction_digest.digest IS 'SHA-256 of the extraction''s facts, the text and the reference data they were stored with.';
COMMENT ON COLUMN extraction_digest.stored_at IS 'When that extraction was stored.';
