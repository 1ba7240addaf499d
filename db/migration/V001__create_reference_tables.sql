-- Reference knowledge the extractor reads: parties, their name forms, organizations, titles,
-- topics and known dialogue series. Archivists extend it with plain SQL; no code change needed.

CREATE TABLE party (
    code        text PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    kind        text NOT NULL,
    capital     text,
    un_member   boolean NOT NULL DEFAULT false,
    CONSTRAINT party_kind_valid CHECK (kind IN ('state', 'organization')),
    CONSTRAINT party_code_well_formed CHECK (
        (kind = 'state' AND code ~ '^[A-Z]{2}$')
        OR (kind = 'organization' AND code ~ '^[A-Z][A-Z0-9]{1,9}$'))
);
COMMENT ON TABLE party IS 'A state or international organization that takes part in dialogues.';
COMMENT ON COLUMN party.code IS 'ISO 3166-1 alpha-2 code for states (KR, US, JP); a short code for organizations (EU, NATO, UN, ASEAN).';
COMMENT ON COLUMN party.name IS 'Common English name, e.g. South Korea, United States, European Union.';
COMMENT ON COLUMN party.kind IS 'state or organization.';
COMMENT ON COLUMN party.capital IS 'Capital city (states) or seat (organizations); also used as a metonym for the party.';
COMMENT ON COLUMN party.un_member IS 'True for member states of the United Nations.';

CREATE TABLE party_alias (
    alias           text NOT NULL,
    party_code      text NOT NULL REFERENCES party (code) ON UPDATE CASCADE ON DELETE CASCADE,
    kind            text NOT NULL DEFAULT 'name',
    case_sensitive  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (alias, party_code),
    CONSTRAINT party_alias_kind_valid CHECK (kind IN ('name', 'abbreviation', 'demonym', 'metonym')),
    CONSTRAINT party_alias_not_blank CHECK (btrim(alias) <> '')
);
CREATE INDEX party_alias_party_idx ON party_alias (party_code);
COMMENT ON TABLE party_alias IS 'Every name form news uses for a party: South Korea, ROK, Republic of Korea, Seoul (metonym), South Korean (demonym).';
COMMENT ON COLUMN party_alias.alias IS 'The name form as it appears in text.';
COMMENT ON COLUMN party_alias.party_code IS 'The party the name form refers to.';
COMMENT ON COLUMN party_alias.kind IS 'name, abbreviation, demonym (Korean, American) or metonym (a capital standing for its government).';
COMMENT ON COLUMN party_alias.case_sensitive IS 'True when the alias only counts with its exact capitalization (US but not us).';

CREATE TABLE organization (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    party_code  text REFERENCES party (code) ON UPDATE CASCADE,
    acronym     text,
    CONSTRAINT organization_name_unique UNIQUE NULLS NOT DISTINCT (name, party_code)
);
COMMENT ON TABLE organization IS 'A ministry, agency, command or office that people represent, e.g. the Ministry of National Defense of Korea.';
COMMENT ON COLUMN organization.id IS 'Surrogate key.';
COMMENT ON COLUMN organization.name IS 'Official English name.';
COMMENT ON COLUMN organization.party_code IS 'The state or organization it belongs to; null when it stands alone.';
COMMENT ON COLUMN organization.acronym IS 'Usual acronym, e.g. MND, JCS, INDOPACOM.';

CREATE TABLE organization_alias (
    organization_id bigint NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    alias           text NOT NULL,
    PRIMARY KEY (organization_id, alias),
    CONSTRAINT organization_alias_not_blank CHECK (btrim(alias) <> '')
);
COMMENT ON TABLE organization_alias IS 'Other names of an organization as news uses them, e.g. Foreign Ministry for the Ministry of Foreign Affairs.';
COMMENT ON COLUMN organization_alias.organization_id IS 'The organization.';
COMMENT ON COLUMN organization_alias.alias IS 'The name form as it appears in text.';

CREATE TABLE position_level (
    code    text PRIMARY KEY,
    rank    smallint NOT NULL UNIQUE CHECK (rank > 0),
    label   text NOT NULL
);
COMMENT ON TABLE position_level IS 'Levels of participation and of meetings, from leaders (rank 1) down to working level.';
COMMENT ON COLUMN position_level.code IS 'Stable code: leader, minister, vice_minister, senior_official, working_level, expert.';
COMMENT ON COLUMN position_level.rank IS '1 is the highest level.';
COMMENT ON COLUMN position_level.label IS 'Label shown in reports.';

CREATE TABLE title (
    name        text PRIMARY KEY,
    level_code  text NOT NULL REFERENCES position_level (code) ON UPDATE CASCADE,
    CONSTRAINT title_not_blank CHECK (btrim(name) <> '')
);
COMMENT ON TABLE title IS 'Common titles of office (lower case, without country), with the level they stand for; used to recognize participants.';
COMMENT ON COLUMN title.name IS 'Title in lower case, e.g. foreign minister, director general, deputy assistant secretary.';
COMMENT ON COLUMN title.level_code IS 'The level of participation the title stands for.';

CREATE TABLE topic (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]*$'),
    label       text NOT NULL,
    keywords    text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE topic IS 'Subjects of dialogue: defense, space, cyber, nuclear, diplomacy, economic security...';
COMMENT ON COLUMN topic.code IS 'Stable lower-case code used in exports.';
COMMENT ON COLUMN topic.label IS 'Label shown in reports.';
COMMENT ON COLUMN topic.keywords IS 'Lower-case words or phrases whose presence in a meeting''s sentences suggests the topic.';

CREATE TABLE dialogue_series (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    acronym     text,
    kind        text NOT NULL DEFAULT 'dialogue',
    CONSTRAINT dialogue_series_kind_valid CHECK (kind IN ('dialogue', 'summit', 'ministerial', 'consultation', 'talks', 'forum', 'symposium', 'meeting', 'exercise'))
);
COMMENT ON TABLE dialogue_series IS 'A recurring dialogue whose meetings are numbered editions, e.g. the Korea-U.S. Integrated Defense Dialogue (KIDD).';
COMMENT ON COLUMN dialogue_series.id IS 'Surrogate key.';
COMMENT ON COLUMN dialogue_series.name IS 'Canonical name, Korea first: Korea-U.S. Integrated Defense Dialogue.';
COMMENT ON COLUMN dialogue_series.acronym IS 'Usual acronym, e.g. KIDD, EDSCG.';
COMMENT ON COLUMN dialogue_series.kind IS 'dialogue, summit, ministerial, consultation, talks, forum, symposium, meeting or exercise.';

CREATE TABLE series_alias (
    alias       text PRIMARY KEY,
    series_id   bigint NOT NULL REFERENCES dialogue_series (id) ON DELETE CASCADE,
    CONSTRAINT series_alias_not_blank CHECK (btrim(alias) <> '')
);
CREATE INDEX series_alias_series_idx ON series_alias (series_id);
COMMENT ON TABLE series_alias IS 'Other names and acronyms under which a series is reported (e.g. ROK-U.S. Integrated Defense Dialogue, KIDD).';
COMMENT ON COLUMN series_alias.alias IS 'A name or acronym under which the series is reported.';
COMMENT ON COLUMN series_alias.series_id IS 'The series.';

CREATE TABLE series_party (
    series_id   bigint NOT NULL REFERENCES dialogue_series (id) ON DELETE CASCADE,
    party_code  text NOT NULL REFERENCES party (code) ON UPDATE CASCADE,
    PRIMARY KEY (series_id, party_code)
);
COMMENT ON TABLE series_party IS 'The parties of a dialogue series.';
COMMENT ON COLUMN series_party.series_id IS 'The series.';
COMMENT ON COLUMN series_party.party_code IS 'A party to it.';
