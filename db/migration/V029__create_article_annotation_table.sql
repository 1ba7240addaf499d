-- The linguistic annotation of each article (tokens, sentences, parts of speech, entities, dependency
-- graphs), computed once at import and read back by re-extraction, which then runs only the rules.

CREATE TABLE article_annotation (
    article_id          bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    annotator_version   text NOT NULL CHECK (annotator_version <> ''),
    annotation          bytea NOT NULL,
    annotated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, annotator_version)
);

COMMENT ON TABLE article_annotation IS 'The linguistic annotation of an article''s cleaned text, kept so that re-extraction after a rule or reference-data change does not run the NLP toolkit again. One row per article and annotator version; an annotation of another version is redone.';
COMMENT ON COLUMN article_annotation.article_id IS 'The annotated article (article.text is the text every offset points into).';
COMMENT ON COLUMN article_annotation.annotator_version IS 'The toolkit, models and settings that made the annotation, e.g. corenlp-4.5.10/...; rows of other versions are not read back.';
COMMENT ON COLUMN article_annotation.annotation IS 'Stanford CoreNLP''s protocol-buffer serialization of the annotated document, gzip-compressed.';
COMMENT ON COLUMN article_annotation.annotated_at IS 'When the annotation was made.';
