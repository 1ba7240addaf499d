-- What the analyst views used to compute for every row at query time is stored, kept right by
-- triggers, so that the Java storing code need not know about it and a filter can use an index:
-- the party codes of a meeting and of a commitment as arrays (GIN-indexed), and the verbatim
-- sentence of every evidence row with its code-point offsets (what substr counts).

-- Party codes ---------------------------------------------------------------------------------

ALTER TABLE meeting ADD COLUMN party_codes text[] NOT NULL DEFAULT '{}';
ALTER TABLE commitment ADD COLUMN party_codes text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN meeting.party_codes IS 'The codes of meeting_party for this meeting, alphabetical; kept by triggers on meeting_party (never write it). GIN-indexed: WHERE party_codes @> ''{JP}''.';
COMMENT ON COLUMN commitment.party_codes IS 'The codes of commitment_party for this commitment, alphabetical; kept by triggers on commitment_party (never write it). GIN-indexed: WHERE party_codes @> ''{KR}''.';

-- Statement-level: a multi-row insert of an article's parties costs one UPDATE, not one per row,
-- and a row whose codes are already right is not written again. One function serves both fact
-- tables: its arguments name the fact table and the link table's column for it.
CREATE FUNCTION refresh_party_codes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        UPDATE %1$I f
           SET party_codes = fresh.codes
          FROM (SELECT changed.id, coalesce((SELECT array_agg(l.party_code ORDER BY l.party_code)
                                               FROM %2$I l WHERE l.%3$I = changed.id), '{}') AS codes
                  FROM (SELECT DISTINCT %3$I AS id FROM changed_rows) changed) fresh
         WHERE f.id = fresh.id AND f.party_codes IS DISTINCT FROM fresh.codes$sql$,
        TG_ARGV[0], TG_TABLE_NAME, TG_ARGV[1]);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION refresh_party_codes() IS 'Trigger on meeting_party and commitment_party: recomputes party_codes of the meetings or commitments (argument 0: the table; argument 1: the link column) whose link rows a statement changed.';

-- A transition table serves one event only, hence one trigger per event (an update that moves a
-- row to another meeting changes both: old and new ids are refreshed).
CREATE TRIGGER meeting_party_inserted AFTER INSERT ON meeting_party
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('meeting', 'meeting_id');
CREATE TRIGGER meeting_party_deleted AFTER DELETE ON meeting_party
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('meeting', 'meeting_id');
CREATE TRIGGER meeting_party_updated_old AFTER UPDATE ON meeting_party
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('meeting', 'meeting_id');
CREATE TRIGGER meeting_party_updated_new AFTER UPDATE ON meeting_party
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('meeting', 'meeting_id');
CREATE TRIGGER commitment_party_inserted AFTER INSERT ON commitment_party
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('commitment', 'commitment_id');
CREATE TRIGGER commitment_party_deleted AFTER DELETE ON commitment_party
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('commitment', 'commitment_id');
CREATE TRIGGER commitment_party_updated_old AFTER UPDATE ON commitment_party
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('commitment', 'commitment_id');
CREATE TRIGGER commitment_party_updated_new AFTER UPDATE ON commitment_party
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_party_codes('commitment', 'commitment_id');

UPDATE meeting m SET party_codes = p.codes
  FROM (SELECT meeting_id, array_agg(party_code ORDER BY party_code) AS codes FROM meeting_party GROUP BY meeting_id) p
 WHERE p.meeting_id = m.id;
UPDATE commitment c SET party_codes = p.codes
  FROM (SELECT commitment_id, array_agg(party_code ORDER BY party_code) AS codes FROM commitment_party GROUP BY commitment_id) p
 WHERE p.commitment_id = c.id;

CREATE INDEX meeting_party_codes_idx ON meeting USING gin (party_codes);
CREATE INDEX commitment_party_codes_idx ON commitment USING gin (party_codes);

-- Evidence sentences ----------------------------------------------------------------------------

-- How many code points (what length and substr count) come before a UTF-16 offset of the text.
CREATE FUNCTION evidence_char_offset(article_text text, unit integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN length(evidence_text(article_text, 0, unit));
COMMENT ON FUNCTION evidence_char_offset(text, integer) IS
    'The 0-based code-point offset of a 0-based UTF-16 offset of a text (they differ after an emoji): substr(text, evidence_char_offset(text, s) + 1, ...).';

ALTER TABLE meeting_evidence ADD COLUMN sentence text, ADD COLUMN char_start integer, ADD COLUMN char_end integer;
ALTER TABLE participation_evidence ADD COLUMN sentence text, ADD COLUMN char_start integer, ADD COLUMN char_end integer;
ALTER TABLE commitment_evidence ADD COLUMN sentence text, ADD COLUMN char_start integer, ADD COLUMN char_end integer;

-- Row-level BEFORE: the row is written once, with its sentence, whatever inserts it.
CREATE FUNCTION fill_evidence_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    body text;
BEGIN
    SELECT a.text INTO body FROM article a WHERE a.id = NEW.article_id;
    NEW.sentence := evidence_text(body, NEW.sentence_start, NEW.sentence_end);
    NEW.char_start := evidence_char_offset(body, NEW.sentence_start);
    NEW.char_end := NEW.char_start + length(NEW.sentence);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION fill_evidence_sentence() IS 'Trigger: stores the evidence row''s sentence and code-point offsets, read from article.text at its UTF-16 offsets.';

CREATE TRIGGER meeting_evidence_sentence BEFORE INSERT OR UPDATE OF article_id, sentence_start, sentence_end ON meeting_evidence
    FOR EACH ROW EXECUTE FUNCTION fill_evidence_sentence();
CREATE TRIGGER participation_evidence_sentence BEFORE INSERT OR UPDATE OF article_id, sentence_start, sentence_end ON participation_evidence
    FOR EACH ROW EXECUTE FUNCTION fill_evidence_sentence();
CREATE TRIGGER commitment_evidence_sentence BEFORE INSERT OR UPDATE OF article_id, sentence_start, sentence_end ON commitment_evidence
    FOR EACH ROW EXECUTE FUNCTION fill_evidence_sentence();

-- An article whose text changes has its evidence sentences read again (the offsets stay theirs).
CREATE FUNCTION refresh_article_evidence_sentences() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_evidence SET sentence_start = sentence_start WHERE article_id = NEW.id;
    UPDATE participation_evidence SET sentence_start = sentence_start WHERE article_id = NEW.id;
    UPDATE commitment_evidence SET sentence_start = sentence_start WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION refresh_article_evidence_sentences() IS 'Trigger: when an article''s text changes, stores its evidence rows'' sentences again.';
CREATE TRIGGER article_text_changed AFTER UPDATE OF text ON article
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION refresh_article_evidence_sentences();

UPDATE meeting_evidence SET sentence_start = sentence_start;
UPDATE participation_evidence SET sentence_start = sentence_start;
UPDATE commitment_evidence SET sentence_start = sentence_start;

ALTER TABLE meeting_evidence ALTER COLUMN sentence SET NOT NULL, ALTER COLUMN char_start SET NOT NULL, ALTER COLUMN char_end SET NOT NULL;
ALTER TABLE participation_evidence ALTER COLUMN sentence SET NOT NULL, ALTER COLUMN char_start SET NOT NULL, ALTER COLUMN char_end SET NOT NULL;
ALTER TABLE commitment_evidence ALTER COLUMN sentence SET NOT NULL, ALTER COLUMN char_start SET NOT NULL, ALTER COLUMN char_end SET NOT NULL;

COMMENT ON COLUMN meeting_evidence.sentence IS 'The sentence, verbatim (article.text between sentence_start and sentence_end), stored by a trigger at insert; never write it.';
COMMENT ON COLUMN meeting_evidence.char_start IS 'Offset of the sentence in article.text in code points, 0-based (what length() counts): substr(a.text, char_start + 1, char_end - char_start) is the sentence. Stored by a trigger.';
COMMENT ON COLUMN meeting_evidence.char_end IS 'Code-point offset just past the sentence, 0-based (exclusive), as char_start.';
COMMENT ON COLUMN participation_evidence.sentence IS 'The sentence, verbatim (article.text between sentence_start and sentence_end), stored by a trigger at insert; never write it.';
COMMENT ON COLUMN participation_evidence.char_start IS 'Offset of the sentence in article.text in code points, 0-based (what length() counts): substr(a.text, char_start + 1, char_end - char_start) is the sentence. Stored by a trigger.';
COMMENT ON COLUMN participation_evidence.char_end IS 'Code-point offset just past the sentence, 0-based (exclusive), as char_start.';
COMMENT ON COLUMN commitment_evidence.sentence IS 'The sentence, verbatim (article.text between sentence_start and sentence_end), stored by a trigger at insert; never write it.';
COMMENT ON COLUMN commitment_evidence.char_start IS 'Offset of the sentence in article.text in code points, 0-based (what length() counts): substr(a.text, char_start + 1, char_end - char_start) is the sentence. Stored by a trigger.';
COMMENT ON COLUMN commitment_evidence.char_end IS 'Code-point offset just past the sentence, 0-based (exclusive), as char_start.';

-- People by name --------------------------------------------------------------------------------

-- The importer's person key (NameKeys.person), in SQL, so that analysts find a person through the
-- unique index on person.name_key and the primary key of person_alias whatever the spelling. It
-- strips the combining marks of the Latin, Greek and Cyrillic scripts (the importer strips every
-- Unicode mark).
CREATE FUNCTION person_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT coalesce(string_agg(token, ' ' ORDER BY token COLLATE "C"), '')
              FROM regexp_split_to_table(
                       lower(regexp_replace(normalize(translate(name, 'łŁ', 'lL'), NFKD),
                                            '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+', '', 'g')),
                       '[\s\-.''’]+') AS token
             WHERE token <> '');
COMMENT ON FUNCTION person_key(text) IS
    'The normalized key of a person''s name, as person.name_key and person_alias.alias_key store it: WHERE name_key = person_key(''Cho Tae-yul'').';
