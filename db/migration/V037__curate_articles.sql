-- Archivists also review articles: an article flagged at import (no date, nothing found) is marked
-- as looked at, and a wrong or missing publication date is corrected. Both are curation events.
ALTER TABLE article ADD COLUMN version integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN article.version IS 'Incremented by every curation of the article (optimistic locking).';

ALTER TABLE curation_event DROP CONSTRAINT curation_event_kind_valid,
    ADD CONSTRAINT curation_event_kind_valid CHECK (fact_kind IN ('meeting', 'participation', 'commitment', 'person', 'article'));
COMMENT ON COLUMN curation_event.fact_kind IS 'meeting, participation, commitment, person or article.';
