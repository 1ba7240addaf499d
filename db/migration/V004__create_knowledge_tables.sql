-- What is extracted from articles: meetings, the people who took part, and what was committed,
-- each linked to the sentences of the articles that support it.

CREATE TABLE meeting (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    natural_key     text NOT NULL UNIQUE,
    name            text NOT NULL,
    series_id       bigint REFERENCES dialogue_series (id) ON DELETE SET NULL,
    edition         integer,
    start_date      date,
    end_date        date,
    date_precision  text NOT NULL DEFAULT 'unknown',
    city            text,
    country_code    text REFERENCES party (code) ON UPDATE CASCADE,
    status          text NOT NULL DEFAULT 'held',
    level_code      text REFERENCES position_level (code) ON UPDATE CASCADE,
    origin          text NOT NULL DEFAULT 'extracted',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT meeting_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT meeting_edition_positive CHECK (edition IS NULL OR edition > 0),
    CONSTRAINT meeting_edition_needs_series CHECK (edition IS NULL OR series_id IS NOT NULL),
    CONSTRAINT meeting_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT meeting_end_needs_start CHECK (end_date IS NULL OR start_date IS NOT NULL),
    CONSTRAINT meeting_precision_valid CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    CONSTRAINT meeting_precision_matches_date CHECK ((start_date IS NULL) = (date_precision = 'unknown')),
    CONSTRAINT meeting_status_valid CHECK (status IN ('held', 'planned', 'cancelled')),
    CONSTRAINT meeting_origin_valid CHECK (origin IN ('extracted', 'manual'))
);
CREATE UNIQUE INDEX meeting_series_edition_key ON meeting (series_id, edition) WHERE edition IS NOT NULL;
CREATE INDEX meeting_start_date_idx ON meeting (start_date);
COMMENT ON TABLE meeting IS 'A dialogue, summit, symposium, consultation or talks: one event, reported by one or more articles.';
COMMENT ON COLUMN meeting.id IS 'Surrogate key.';
COMMENT ON COLUMN meeting.natural_key IS 'Deduplication key computed by the importer (series and edition, or parties, date and kind) so that the same meeting reported twice is one row.';
COMMENT ON COLUMN meeting.name IS 'Name as reported, e.g. 25th Korea-U.S. Integrated Defense Dialogue.';
COMMENT ON COLUMN meeting.series_id IS 'The recurring series it belongs to, if any.';
COMMENT ON COLUMN meeting.edition IS 'Ordinal edition within the series (25 for the 25th).';
COMMENT ON COLUMN meeting.start_date IS 'First day; the 1st of the month or year when only those are known.';
COMMENT ON COLUMN meeting.end_date IS 'Last day of a multi-day meeting; null for a single day or when unknown.';
COMMENT ON COLUMN meeting.date_precision IS 'day, month, year or unknown: how much of start_date is known.';
COMMENT ON COLUMN meeting.city IS 'City where it took place (or will).';
COMMENT ON COLUMN meeting.country_code IS 'Country where it took place (or will).';
COMMENT ON COLUMN meeting.status IS 'held, planned (announced for the future) or cancelled.';
COMMENT ON COLUMN meeting.level_code IS 'Level of the meeting: leader (summit), minister, vice_minister, senior_official, working_level.';
COMMENT ON COLUMN meeting.origin IS 'extracted by the program, or manual (entered or corrected by an archivist; re-extraction leaves it alone).';
COMMENT ON COLUMN meeting.created_at IS 'When the row was created.';
COMMENT ON COLUMN meeting.updated_at IS 'When the row last changed.';

CREATE TABLE meeting_party (
    meeting_id  bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    party_code  text NOT NULL REFERENCES party (code) ON UPDATE CASCADE,
    PRIMARY KEY (meeting_id, party_code)
);
CREATE INDEX meeting_party_party_idx ON meeting_party (party_code);
COMMENT ON TABLE meeting_party IS 'The parties (states, organizations) of a meeting.';
COMMENT ON COLUMN meeting_party.meeting_id IS 'The meeting.';
COMMENT ON COLUMN meeting_party.party_code IS 'A party to it.';

CREATE TABLE meeting_topic (
    meeting_id  bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    topic_code  text NOT NULL REFERENCES topic (code) ON UPDATE CASCADE,
    PRIMARY KEY (meeting_id, topic_code)
);
COMMENT ON TABLE meeting_topic IS 'Subjects discussed at a meeting.';
COMMENT ON COLUMN meeting_topic.meeting_id IS 'The meeting.';
COMMENT ON COLUMN meeting_topic.topic_code IS 'The topic.';

CREATE TABLE person (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL,
    name_key        text NOT NULL UNIQUE,
    country_code    text REFERENCES party (code) ON UPDATE CASCADE,
    CONSTRAINT person_name_not_blank CHECK (btrim(name) <> '')
);
COMMENT ON TABLE person IS 'A person who took part in meetings; one row per person however the name is written.';
COMMENT ON COLUMN person.id IS 'Surrogate key.';
COMMENT ON COLUMN person.name IS 'Name as first reported, e.g. Cho Tae-yul.';
COMMENT ON COLUMN person.name_key IS 'Normalized name (lower case, no hyphens, spaces or accents) that makes Cho Tae-yul, Cho Tae Yul and Choe Taeyul''s variants meet.';
COMMENT ON COLUMN person.country_code IS 'The party the person serves.';

CREATE TABLE person_alias (
    alias_key   text PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias       text NOT NULL
);
CREATE INDEX person_alias_person_idx ON person_alias (person_id);
COMMENT ON TABLE person_alias IS 'Other spellings of a person''s name (Korean names in either order, with or without hyphens).';
COMMENT ON COLUMN person_alias.alias_key IS 'Normalized form of the alias.';
COMMENT ON COLUMN person_alias.person_id IS 'The person.';
COMMENT ON COLUMN person_alias.alias IS 'The spelling as seen.';

CREATE TABLE office (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    party_code      text NOT NULL REFERENCES party (code) ON UPDATE CASCADE,
    title           text NOT NULL,
    valid_from      date,
    valid_to        date,
    CONSTRAINT office_dates_ordered CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT office_title_not_blank CHECK (btrim(title) <> '')
);
CREATE INDEX office_lookup_idx ON office (party_code, title);
COMMENT ON TABLE office IS 'Who held which office when, so that "the foreign minister" resolves to a person on a date.';
COMMENT ON COLUMN office.id IS 'Surrogate key.';
COMMENT ON COLUMN office.person_id IS 'The office holder.';
COMMENT ON COLUMN office.party_code IS 'The state or organization of the office.';
COMMENT ON COLUMN office.title IS 'Title in lower case, e.g. foreign minister.';
COMMENT ON COLUMN office.valid_from IS 'First day in office, when known (or first date seen in office).';
COMMENT ON COLUMN office.valid_to IS 'Last day in office; null while in office or unknown.';

CREATE TABLE participation (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id          bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id           bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    title               text,
    organization_id     bigint REFERENCES organization (id) ON DELETE SET NULL,
    organization_name   text,
    country_code        text REFERENCES party (code) ON UPDATE CASCADE,
    level_code          text REFERENCES position_level (code) ON UPDATE CASCADE,
    origin              text NOT NULL DEFAULT 'extracted',
    CONSTRAINT participation_once_per_meeting UNIQUE (meeting_id, person_id),
    CONSTRAINT participation_origin_valid CHECK (origin IN ('extracted', 'manual'))
);
CREATE INDEX participation_person_idx ON participation (person_id);
COMMENT ON TABLE participation IS 'A person taking part in a meeting, with title, organization and country as reported then.';
COMMENT ON COLUMN participation.id IS 'Surrogate key.';
COMMENT ON COLUMN participation.meeting_id IS 'The meeting.';
COMMENT ON COLUMN participation.person_id IS 'The person.';
COMMENT ON COLUMN participation.title IS 'Title as reported, e.g. Deputy Minister for National Defense Policy.';
COMMENT ON COLUMN participation.organization_id IS 'The organization, when it is in the reference data.';
COMMENT ON COLUMN participation.organization_name IS 'Organization as reported, e.g. Ministry of National Defense.';
COMMENT ON COLUMN participation.country_code IS 'The party the person represented.';
COMMENT ON COLUMN participation.level_code IS 'Level of the title (minister, vice_minister...), for "highest level of participation".';
COMMENT ON COLUMN participation.origin IS 'extracted or manual (re-extraction leaves manual rows alone).';

CREATE TABLE commitment (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    natural_key             text NOT NULL UNIQUE,
    meeting_id              bigint REFERENCES meeting (id) ON DELETE SET NULL,
    kind                    text NOT NULL,
    text                    text NOT NULL,
    status                  text NOT NULL DEFAULT 'open',
    fulfilled_by_meeting_id bigint REFERENCES meeting (id) ON DELETE SET NULL,
    origin                  text NOT NULL DEFAULT 'extracted',
    created_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT commitment_kind_valid CHECK (kind IN ('agree', 'reaffirm', 'pledge', 'plan', 'decide')),
    CONSTRAINT commitment_status_valid CHECK (status IN ('open', 'fulfilled', 'superseded')),
    CONSTRAINT commitment_text_not_blank CHECK (btrim(text) <> ''),
    CONSTRAINT commitment_fulfilment_consistent CHECK (fulfilled_by_meeting_id IS NULL OR status = 'fulfilled'),
    CONSTRAINT commitment_origin_valid CHECK (origin IN ('extracted', 'manual'))
);
CREATE INDEX commitment_meeting_idx ON commitment (meeting_id);
COMMENT ON TABLE commitment IS 'What parties agreed, reaffirmed, pledged, decided or plan to do.';
COMMENT ON COLUMN commitment.id IS 'Surrogate key.';
COMMENT ON COLUMN commitment.natural_key IS 'Deduplication key computed by the importer (meeting, kind and normalized text).';
COMMENT ON COLUMN commitment.meeting_id IS 'The meeting it came out of; null for a commitment made outside a meeting.';
COMMENT ON COLUMN commitment.kind IS 'agree, reaffirm, pledge, plan or decide.';
COMMENT ON COLUMN commitment.text IS 'What was committed, e.g. hold the next dialogue in Tokyo next year.';
COMMENT ON COLUMN commitment.status IS 'open, fulfilled (a later fact shows it done) or superseded.';
COMMENT ON COLUMN commitment.fulfilled_by_meeting_id IS 'For a commitment to meet: the meeting, recorded as held, that fulfilled it.';
COMMENT ON COLUMN commitment.origin IS 'extracted or manual (re-extraction leaves manual rows alone).';
COMMENT ON COLUMN commitment.created_at IS 'When the row was created.';

CREATE TABLE commitment_party (
    commitment_id   bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    party_code      text NOT NULL REFERENCES party (code) ON UPDATE CASCADE,
    PRIMARY KEY (commitment_id, party_code)
);
CREATE INDEX commitment_party_party_idx ON commitment_party (party_code);
COMMENT ON TABLE commitment_party IS 'The parties bound by a commitment.';
COMMENT ON COLUMN commitment_party.commitment_id IS 'The commitment.';
COMMENT ON COLUMN commitment_party.party_code IS 'A party to it.';

-- Evidence: one table per kind of fact, so that foreign keys stay real.

CREATE TABLE meeting_evidence (
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    article_id      bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_start  integer NOT NULL,
    sentence_end    integer NOT NULL,
    role            text NOT NULL DEFAULT 'report',
    confidence      real NOT NULL,
    PRIMARY KEY (meeting_id, article_id, sentence_start),
    CONSTRAINT meeting_evidence_span_valid CHECK (sentence_start >= 0 AND sentence_end > sentence_start),
    CONSTRAINT meeting_evidence_role_valid CHECK (role IN ('report', 'announcement', 'background')),
    CONSTRAINT meeting_evidence_confidence_valid CHECK (confidence > 0 AND confidence <= 1)
);
CREATE INDEX meeting_evidence_article_idx ON meeting_evidence (article_id);
COMMENT ON TABLE meeting_evidence IS 'Sentences of articles that report a meeting.';
COMMENT ON COLUMN meeting_evidence.meeting_id IS 'The meeting.';
COMMENT ON COLUMN meeting_evidence.article_id IS 'The article.';
COMMENT ON COLUMN meeting_evidence.sentence_start IS 'Offset (0-based, in characters) of the sentence in article.text.';
COMMENT ON COLUMN meeting_evidence.sentence_end IS 'Offset just past the sentence in article.text.';
COMMENT ON COLUMN meeting_evidence.role IS 'report (news of the meeting), announcement (of a planned meeting) or background (a past meeting recalled).';
COMMENT ON COLUMN meeting_evidence.confidence IS 'Extractor confidence, 0 to 1.';

CREATE TABLE participation_evidence (
    participation_id bigint NOT NULL REFERENCES participation (id) ON DELETE CASCADE,
    article_id       bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_start   integer NOT NULL,
    sentence_end     integer NOT NULL,
    confidence       real NOT NULL,
    PRIMARY KEY (participation_id, article_id, sentence_start),
    CONSTRAINT participation_evidence_span_valid CHECK (sentence_start >= 0 AND sentence_end > sentence_start),
    CONSTRAINT participation_evidence_confidence_valid CHECK (confidence > 0 AND confidence <= 1)
);
CREATE INDEX participation_evidence_article_idx ON participation_evidence (article_id);
COMMENT ON TABLE participation_evidence IS 'Sentences of articles that show a person taking part in a meeting.';
COMMENT ON COLUMN participation_evidence.participation_id IS 'The participation.';
COMMENT ON COLUMN participation_evidence.article_id IS 'The article.';
COMMENT ON COLUMN participation_evidence.sentence_start IS 'Offset (0-based, in characters) of the sentence in article.text.';
COMMENT ON COLUMN participation_evidence.sentence_end IS 'Offset just past the sentence in article.text.';
COMMENT ON COLUMN participation_evidence.confidence IS 'Extractor confidence, 0 to 1.';

CREATE TABLE commitment_evidence (
    commitment_id   bigint NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    article_id      bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_start  integer NOT NULL,
    sentence_end    integer NOT NULL,
    confidence      real NOT NULL,
    PRIMARY KEY (commitment_id, article_id, sentence_start),
    CONSTRAINT commitment_evidence_span_valid CHECK (sentence_start >= 0 AND sentence_end > sentence_start),
    CONSTRAINT commitment_evidence_confidence_valid CHECK (confidence > 0 AND confidence <= 1)
);
CREATE INDEX commitment_evidence_article_idx ON commitment_evidence (article_id);
COMMENT ON TABLE commitment_evidence IS 'Sentences of articles that state a commitment.';
COMMENT ON COLUMN commitment_evidence.commitment_id IS 'The commitment.';
COMMENT ON COLUMN commitment_evidence.article_id IS 'The article.';
COMMENT ON COLUMN commitment_evidence.sentence_start IS 'Offset (0-based, in characters) of the sentence in article.text.';
COMMENT ON COLUMN commitment_evidence.sentence_end IS 'Offset just past the sentence in article.text.';
COMMENT ON COLUMN commitment_evidence.confidence IS 'Extractor confidence, 0 to 1.';
