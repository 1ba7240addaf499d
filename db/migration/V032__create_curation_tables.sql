-- Curation: what archivists confirm, correct, add, reject, merge, split and move is data, so that
-- re-extraction respects it and analysts can see who did what.

ALTER TABLE meeting
    ADD COLUMN review_state text NOT NULL DEFAULT 'unreviewed',
    ADD COLUMN corrected_fields text[] NOT NULL DEFAULT '{}',
    ADD COLUMN version integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT meeting_review_state_valid CHECK (review_state IN ('unreviewed', 'confirmed', 'corrected'));
ALTER TABLE participation
    ADD COLUMN review_state text NOT NULL DEFAULT 'unreviewed',
    ADD COLUMN corrected_fields text[] NOT NULL DEFAULT '{}',
    ADD COLUMN version integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT participation_review_state_valid CHECK (review_state IN ('unreviewed', 'confirmed', 'corrected'));
ALTER TABLE commitment
    ADD COLUMN review_state text NOT NULL DEFAULT 'unreviewed',
    ADD COLUMN corrected_fields text[] NOT NULL DEFAULT '{}',
    ADD COLUMN version integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT commitment_review_state_valid CHECK (review_state IN ('unreviewed', 'confirmed', 'corrected'));
ALTER TABLE person
    ADD COLUMN version integer NOT NULL DEFAULT 0;

COMMENT ON COLUMN meeting.origin IS 'extracted by the program, or manual (added by an archivist; re-extraction never changes or removes it).';
COMMENT ON COLUMN participation.origin IS 'extracted, or manual (added by an archivist; re-extraction never changes or removes it).';
COMMENT ON COLUMN commitment.origin IS 'extracted, or manual (added by an archivist; re-extraction never changes or removes it).';
COMMENT ON COLUMN meeting.review_state IS 'unreviewed (as extracted), confirmed (an archivist checked it) or corrected (an archivist changed it). Reviewed rows keep their sources and are never removed by re-extraction.';
COMMENT ON COLUMN participation.review_state IS 'unreviewed, confirmed or corrected, as for meeting.review_state.';
COMMENT ON COLUMN commitment.review_state IS 'unreviewed, confirmed or corrected, as for meeting.review_state.';
COMMENT ON COLUMN meeting.corrected_fields IS 'Fields an archivist set (name, dates, city, country_code, status, level_code, parties): later extractions never change them.';
COMMENT ON COLUMN participation.corrected_fields IS 'Fields an archivist set (title, organization, country_code, level_code, meeting): later extractions never change them.';
COMMENT ON COLUMN commitment.corrected_fields IS 'Fields an archivist set (kind, text, parties, meeting): later extractions never change them.';
COMMENT ON COLUMN meeting.version IS 'Incremented by every curation of the row: an edit made on an older version is refused, not silently applied (optimistic locking).';
COMMENT ON COLUMN participation.version IS 'Incremented by every curation of the row (optimistic locking).';
COMMENT ON COLUMN commitment.version IS 'Incremented by every curation of the row (optimistic locking).';
COMMENT ON COLUMN person.version IS 'Incremented by every curation of the row (optimistic locking).';

CREATE TABLE curation_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor           text NOT NULL,
    action          text NOT NULL,
    fact_kind       text NOT NULL,
    fact_id         bigint NOT NULL,
    other_fact_id   bigint,
    article_id      bigint REFERENCES article (id) ON DELETE SET NULL,
    before          jsonb,
    after           jsonb,
    CONSTRAINT curation_event_action_valid CHECK (action IN ('confirm', 'correct', 'add', 'reject', 'merge', 'split', 'move')),
    CONSTRAINT curation_event_kind_valid CHECK (fact_kind IN ('meeting', 'participation', 'commitment', 'person')),
    CONSTRAINT curation_event_actor_not_blank CHECK (btrim(actor) <> '')
);
CREATE INDEX curation_event_fact_idx ON curation_event (fact_kind, fact_id);
CREATE INDEX curation_event_at_idx ON curation_event (at);
COMMENT ON TABLE curation_event IS 'The audit trail: every curation action, who took it, when, on which fact, with the row before and after.';
COMMENT ON COLUMN curation_event.id IS 'Surrogate key, in the order the actions were taken.';
COMMENT ON COLUMN curation_event.at IS 'When the action was saved.';
COMMENT ON COLUMN curation_event.actor IS 'The account that took it.';
COMMENT ON COLUMN curation_event.action IS 'confirm, correct, add, reject, merge, split or move.';
COMMENT ON COLUMN curation_event.fact_kind IS 'meeting, participation, commitment or person.';
COMMENT ON COLUMN curation_event.fact_id IS 'The fact acted on (for merge: the one kept; for split: the one split). Not a foreign key: a rejected fact is gone, its event stays.';
COMMENT ON COLUMN curation_event.other_fact_id IS 'merge: the fact merged away; split: the new meeting; move: the meeting moved to.';
COMMENT ON COLUMN curation_event.article_id IS 'The article the action was taken from, when there was one (an added fact''s source).';
COMMENT ON COLUMN curation_event.before IS 'The row as it was, as JSON (null for add).';
COMMENT ON COLUMN curation_event.after IS 'The row as it became, as JSON (null for reject).';

CREATE TABLE curated_key (
    fact_kind   text NOT NULL,
    fact_key    text NOT NULL,
    outcome     text NOT NULL,
    fact_id     bigint,
    event_id    bigint NOT NULL REFERENCES curation_event (id),
    PRIMARY KEY (fact_kind, fact_key),
    CONSTRAINT curated_key_kind_valid CHECK (fact_kind IN ('meeting', 'participation', 'commitment')),
    CONSTRAINT curated_key_outcome_valid CHECK (outcome IN ('rejected', 'merged', 'moved')),
    CONSTRAINT curated_key_target_consistent CHECK ((outcome = 'rejected') = (fact_id IS NULL))
);
CREATE INDEX curated_key_target_idx ON curated_key (fact_kind, fact_id) WHERE fact_id IS NOT NULL;
COMMENT ON TABLE curated_key IS 'What extraction must do when it finds a fact again that an archivist rejected (skip it) or merged or moved (attach it to the row it became).';
COMMENT ON COLUMN curated_key.fact_kind IS 'meeting, participation or commitment.';
COMMENT ON COLUMN curated_key.fact_key IS 'The key extraction gives the fact: meeting.natural_key, commitment.natural_key, or meeting:<id>|person:<id> for a participation.';
COMMENT ON COLUMN curated_key.outcome IS 'rejected (never comes back), merged (a meeting merged into another) or moved (a participation moved to another meeting).';
COMMENT ON COLUMN curated_key.fact_id IS 'The row the key now leads to; null when rejected.';
COMMENT ON COLUMN curated_key.event_id IS 'The curation event that decided it.';

-- Analysts: how much of the knowledge base a person has looked at.
CREATE VIEW review_progress AS
SELECT 'meeting' AS fact_kind, review_state, origin, count(*) AS facts FROM meeting GROUP BY review_state, origin
UNION ALL
SELECT 'participation', review_state, origin, count(*) FROM participation GROUP BY review_state, origin
UNION ALL
SELECT 'commitment', review_state, origin, count(*) FROM commitment GROUP BY review_state, origin;
COMMENT ON VIEW review_progress IS 'How many meetings, participations and commitments are unreviewed, confirmed or corrected, by origin (extracted or added by hand).';
