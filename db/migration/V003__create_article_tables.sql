-- Articles as loaded, and the import batches that loaded them.

CREATE TABLE import_batch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    imported_by     text NOT NULL DEFAULT current_user,
    command         text NOT NULL,
    sources         text[] NOT NULL DEFAULT '{}',
    files_seen      integer NOT NULL DEFAULT 0 CHECK (files_seen >= 0),
    imported        integer NOT NULL DEFAULT 0 CHECK (imported >= 0),
    duplicates      integer NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
    failed          integer NOT NULL DEFAULT 0 CHECK (failed >= 0),
    flagged         integer NOT NULL DEFAULT 0 CHECK (flagged >= 0),
    outcome         text NOT NULL DEFAULT 'running',
    CONSTRAINT import_batch_outcome_valid CHECK (outcome IN ('running', 'succeeded', 'partial', 'failed')),
    CONSTRAINT import_batch_finish_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE import_batch IS 'One run of an import (or re-extraction): who, when, what, counts and outcome.';
COMMENT ON COLUMN import_batch.id IS 'Surrogate key.';
COMMENT ON COLUMN import_batch.started_at IS 'When the run started.';
COMMENT ON COLUMN import_batch.finished_at IS 'When the run ended; null while running or if it was killed.';
COMMENT ON COLUMN import_batch.imported_by IS 'Operating-system user (or database user) that ran it.';
COMMENT ON COLUMN import_batch.command IS 'The command, e.g. import or reextract.';
COMMENT ON COLUMN import_batch.sources IS 'The paths given on the command line.';
COMMENT ON COLUMN import_batch.files_seen IS 'Articles (files or records) considered.';
COMMENT ON COLUMN import_batch.imported IS 'Articles newly stored.';
COMMENT ON COLUMN import_batch.duplicates IS 'Articles already in the database (same normalized text).';
COMMENT ON COLUMN import_batch.failed IS 'Articles rejected; see import_problem.';
COMMENT ON COLUMN import_batch.flagged IS 'Articles stored but flagged for review (e.g. no publication date).';
COMMENT ON COLUMN import_batch.outcome IS 'running, succeeded (nothing failed), partial (some failed) or failed (nothing stored).';

CREATE TABLE import_problem (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id    bigint NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    source      text NOT NULL,
    message     text NOT NULL
);
CREATE INDEX import_problem_batch_idx ON import_problem (batch_id);
COMMENT ON TABLE import_problem IS 'Why an article of a batch was rejected, one row per rejected file or record.';
COMMENT ON COLUMN import_problem.id IS 'Surrogate key.';
COMMENT ON COLUMN import_problem.batch_id IS 'The batch.';
COMMENT ON COLUMN import_problem.source IS 'File path (and record number for JSON Lines).';
COMMENT ON COLUMN import_problem.message IS 'The problem, in one line.';

CREATE TABLE article (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256              text NOT NULL UNIQUE,
    original            bytea NOT NULL,
    original_encoding   text NOT NULL,
    media_type          text NOT NULL,
    text                text NOT NULL,
    title               text,
    outlet              text,
    url                 text,
    source_file         text,
    published           date,
    published_precision text NOT NULL DEFAULT 'unknown',
    language            text NOT NULL DEFAULT 'en',
    needs_review        boolean NOT NULL DEFAULT false,
    review_reason       text,
    imported_at         timestamptz NOT NULL DEFAULT now(),
    batch_id            bigint REFERENCES import_batch (id) ON DELETE SET NULL,
    search              tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', coalesce(title, '')), 'A')
                            || setweight(to_tsvector('english', text), 'B')) STORED,
    CONSTRAINT article_sha256_well_formed CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT article_text_not_blank CHECK (btrim(text) <> ''),
    CONSTRAINT article_precision_valid CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
    CONSTRAINT article_precision_matches_date CHECK ((published IS NULL) = (published_precision = 'unknown')),
    CONSTRAINT article_language_well_formed CHECK (language ~ '^[a-z]{2,3}$'),
    CONSTRAINT article_media_type_valid CHECK (media_type IN ('text/plain', 'text/html', 'application/json')),
    CONSTRAINT article_review_reason_given CHECK (NOT needs_review OR review_reason IS NOT NULL)
);
CREATE INDEX article_search_idx ON article USING gin (search);
CREATE INDEX article_published_idx ON article (published);
CREATE INDEX article_batch_idx ON article (batch_id);
COMMENT ON TABLE article IS 'A news article or official statement, exactly as loaded and as cleaned for extraction.';
COMMENT ON COLUMN article.id IS 'Surrogate key.';
COMMENT ON COLUMN article.sha256 IS 'SHA-256 (hex) of the normalized cleaned text; the same article loaded twice is one row.';
COMMENT ON COLUMN article.original IS 'The bytes exactly as loaded (file or JSON record).';
COMMENT ON COLUMN article.original_encoding IS 'Character encoding the original was decoded with (UTF-8, UTF-16LE, windows-1252...).';
COMMENT ON COLUMN article.media_type IS 'text/plain, text/html or application/json.';
COMMENT ON COLUMN article.text IS 'Cleaned text: the story without page boilerplate. Evidence offsets point into this text.';
COMMENT ON COLUMN article.title IS 'Headline, when one was found.';
COMMENT ON COLUMN article.outlet IS 'Publisher or news outlet.';
COMMENT ON COLUMN article.url IS 'Address of the original page.';
COMMENT ON COLUMN article.source_file IS 'Base name of the file it was imported from; null when it did not come from a file.';
COMMENT ON COLUMN article.published IS 'Publication date; null when unknown (never guessed).';
COMMENT ON COLUMN article.published_precision IS 'day, month, year or unknown.';
COMMENT ON COLUMN article.language IS 'ISO 639 language code.';
COMMENT ON COLUMN article.needs_review IS 'True when an archivist should look at it (no date found, nothing extracted...).';
COMMENT ON COLUMN article.review_reason IS 'Why it needs review.';
COMMENT ON COLUMN article.imported_at IS 'When it was stored.';
COMMENT ON COLUMN article.batch_id IS 'The import batch that stored it.';
COMMENT ON COLUMN article.search IS 'Full-text search vector of title and text (English); query with @@ websearch_to_tsquery(''english'', ...).';
