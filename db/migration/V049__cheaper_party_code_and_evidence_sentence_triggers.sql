-- The V041 triggers, cheaper, storing exactly what they stored. Profiled while storing 200 articles
-- (pg_stat_statements, nested statements included): the party-code trigger built its UPDATE with
-- EXECUTE format(...), so the server planned it again at every firing (0.4 ms a firing, more than the
-- update itself), and the evidence-sentence trigger searched the article's whole text for characters
-- outside the Basic Multilingual Plane twice per evidence row.

-- Party codes: the same UPDATE, written out for each of the two link tables, so that PL/pgSQL
-- prepares it once per session and reuses its plan. Any other table still gets the generic form.
CREATE OR REPLACE FUNCTION refresh_party_codes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'meeting_party' AND TG_ARGV[0] = 'meeting' AND TG_ARGV[1] = 'meeting_id' THEN
        UPDATE meeting f
           SET party_codes = fresh.codes
          FROM (SELECT changed.id, coalesce((SELECT array_agg(l.party_code ORDER BY l.party_code)
                                               FROM meeting_party l WHERE l.meeting_id = changed.id), '{}') AS codes
                  FROM (SELECT DISTINCT meeting_id AS id FROM changed_rows) changed) fresh
         WHERE f.id = fresh.id AND f.party_codes IS DISTINCT FROM fresh.codes;
    ELSIF TG_TABLE_NAME = 'commitment_party' AND TG_ARGV[0] = 'commitment' AND TG_ARGV[1] = 'commitment_id' THEN
        UPDATE commitment f
           SET party_codes = fresh.codes
          FROM (SELECT changed.id, coalesce((SELECT array_agg(l.party_code ORDER BY l.party_code)
                                               FROM commitment_party l WHERE l.commitment_id = changed.id), '{}') AS codes
                  FROM (SELECT DISTINCT commitment_id AS id FROM changed_rows) changed) fresh
         WHERE f.id = fresh.id AND f.party_codes IS DISTINCT FROM fresh.codes;
    ELSE
        EXECUTE format($sql$
            UPDATE %1$I f
               SET party_codes = fresh.codes
              FROM (SELECT changed.id, coalesce((SELECT array_agg(l.party_code ORDER BY l.party_code)
                                                   FROM %2$I l WHERE l.%3$I = changed.id), '{}') AS codes
                      FROM (SELECT DISTINCT %3$I AS id FROM changed_rows) changed) fresh
             WHERE f.id = fresh.id AND f.party_codes IS DISTINCT FROM fresh.codes$sql$,
            TG_ARGV[0], TG_TABLE_NAME, TG_ARGV[1]);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION refresh_party_codes() IS 'Trigger on meeting_party and commitment_party: recomputes party_codes of the meetings or commitments (argument 0: the table; argument 1: the link column) whose link rows a statement changed. The two known link tables have their UPDATE written out (planned once per session); another table gets it built with format().';

-- Evidence sentences: a text without characters outside the Basic Multilingual Plane (nearly every
-- article) has UTF-16 offsets equal to code-point offsets, so the sentence is a plain substr and
-- its code-point start is the UTF-16 one. Whether the text is such a text is computed once, when
-- the article is written (article.text_in_bmp), rather than by searching the whole text twice for
-- every evidence row. A non-empty sentence starts inside the text, so its start needs no bound;
-- an empty one is bounded by the text's length as evidence_char_offset bounds it. Other texts,
-- and offsets that evidence_text would reject, take the general path as before.
ALTER TABLE article ADD COLUMN text_in_bmp boolean GENERATED ALWAYS AS (text !~ '[\U00010000-\U0010FFFF]') STORED;
COMMENT ON COLUMN article.text_in_bmp IS 'Whether text has no character outside the Basic Multilingual Plane (no emoji, no rare CJK): its UTF-16 offsets (sentence_start, sentence_end) are then code-point offsets. Computed by PostgreSQL; read by the evidence-sentence trigger.';

CREATE OR REPLACE FUNCTION fill_evidence_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    body text;
    in_bmp boolean;
BEGIN
    SELECT a.text, a.text_in_bmp INTO body, in_bmp FROM article a WHERE a.id = NEW.article_id;
    IF in_bmp AND NEW.sentence_start >= 0 AND NEW.sentence_end >= NEW.sentence_start THEN
        NEW.sentence := substr(body, NEW.sentence_start + 1, NEW.sentence_end - NEW.sentence_start);
        NEW.char_start := CASE WHEN NEW.sentence <> '' THEN NEW.sentence_start ELSE least(NEW.sentence_start, length(body)) END;
    ELSE
        NEW.sentence := evidence_text(body, NEW.sentence_start, NEW.sentence_end);
        NEW.char_start := evidence_char_offset(body, NEW.sentence_start);
    END IF;
    NEW.char_end := NEW.char_start + length(NEW.sentence);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION fill_evidence_sentence() IS 'Trigger: stores the evidence row''s sentence and code-point offsets, read from article.text at its UTF-16 offsets (a plain substr when article.text_in_bmp).';
