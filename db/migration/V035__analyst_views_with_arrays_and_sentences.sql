-- The analyst surface, tidied: party and topic codes as arrays ('JP' = ANY(party_codes)) beside
-- the readable strings, evidence sentences sliced right whatever characters the article holds,
-- activity counted the way the quarterly report counts it, and every view column documented.

-- Evidence offsets count UTF-16 code units (as Java and browsers index text), while substr counts
-- characters: they differ after an emoji or another character outside the Basic Multilingual Plane.
CREATE FUNCTION evidence_text(article_text text, start_unit integer, end_unit integer) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    units integer := 0;
    first integer;
    position integer := 1;
    code integer;
BEGIN
    IF article_text !~ '[\U00010000-\U0010FFFF]' THEN
        RETURN substr(article_text, start_unit + 1, end_unit - start_unit);
    END IF;
    WHILE position <= length(article_text) AND units < end_unit LOOP
        IF units >= start_unit AND first IS NULL THEN
            first := position;
        END IF;
        code := ascii(substr(article_text, position, 1));
        units := units + CASE WHEN code > 65535 THEN 2 ELSE 1 END;
        position := position + 1;
    END LOOP;
    RETURN substr(article_text, coalesce(first, position), position - coalesce(first, position));
END
$$;
COMMENT ON FUNCTION evidence_text(text, integer, integer) IS
    'The stretch of an article''s text between two evidence offsets (0-based UTF-16 code units, as sentence_start and sentence_end store them), e.g. evidence_text(a.text, e.sentence_start, e.sentence_end).';

COMMENT ON COLUMN meeting_evidence.sentence_start IS 'Offset of the sentence in article.text: 0-based, in UTF-16 code units (as Java and JavaScript index text); read the sentence with evidence_text(article.text, sentence_start, sentence_end), or the evidence_sentence view.';
COMMENT ON COLUMN meeting_evidence.sentence_end IS 'Offset just past the sentence, in the same units as sentence_start.';
COMMENT ON COLUMN participation_evidence.sentence_start IS 'Offset of the sentence in article.text: 0-based, in UTF-16 code units; read it with evidence_text() or the evidence_sentence view.';
COMMENT ON COLUMN participation_evidence.sentence_end IS 'Offset just past the sentence, in the same units as sentence_start.';
COMMENT ON COLUMN commitment_evidence.sentence_start IS 'Offset of the sentence in article.text: 0-based, in UTF-16 code units; read it with evidence_text() or the evidence_sentence view.';
COMMENT ON COLUMN commitment_evidence.sentence_end IS 'Offset just past the sentence, in the same units as sentence_start.';

CREATE OR REPLACE VIEW meeting_overview AS
SELECT m.id,
       m.name,
       s.name                                      AS series,
       m.edition,
       s.acronym,
       m.start_date,
       m.end_date,
       m.date_precision,
       m.city,
       m.country_code,
       m.status,
       m.level_code,
       (SELECT string_agg(mp.party_code, ', ' ORDER BY mp.party_code)
          FROM meeting_party mp WHERE mp.meeting_id = m.id)              AS parties,
       EXISTS (SELECT 1 FROM meeting_party mp
                WHERE mp.meeting_id = m.id AND mp.party_code = 'KR')    AS korea_involved,
       (SELECT string_agg(p.name || coalesce(' (' || pa.title || ')', ''), '; ' ORDER BY pa.country_code, p.name)
          FROM participation pa JOIN person p ON p.id = pa.person_id
         WHERE pa.meeting_id = m.id)                                     AS participants,
       (SELECT string_agg(mt.topic_code, ', ' ORDER BY mt.topic_code)
          FROM meeting_topic mt WHERE mt.meeting_id = m.id)              AS topics,
       (SELECT count(DISTINCT me.article_id)
          FROM meeting_evidence me WHERE me.meeting_id = m.id)           AS source_count,
       coalesce((SELECT array_agg(mp.party_code ORDER BY mp.party_code)
          FROM meeting_party mp WHERE mp.meeting_id = m.id), '{}')       AS party_codes,
       coalesce((SELECT array_agg(mt.topic_code ORDER BY mt.topic_code)
          FROM meeting_topic mt WHERE mt.meeting_id = m.id), '{}')       AS topic_codes,
       m.review_state,
       m.origin
  FROM meeting m
  LEFT JOIN dialogue_series s ON s.id = m.series_id;
COMMENT ON COLUMN meeting_overview.id IS 'The meeting (meeting.id; m<id> in the export).';
COMMENT ON COLUMN meeting_overview.name IS 'Name as reported, or a descriptive one.';
COMMENT ON COLUMN meeting_overview.series IS 'The recurring series it belongs to, if any.';
COMMENT ON COLUMN meeting_overview.edition IS 'Ordinal edition within the series.';
COMMENT ON COLUMN meeting_overview.acronym IS 'The series'' acronym, e.g. SCM.';
COMMENT ON COLUMN meeting_overview.start_date IS 'First day; the 1st of the month or year when only those are known (see date_precision).';
COMMENT ON COLUMN meeting_overview.end_date IS 'Last day of a multi-day meeting, else null.';
COMMENT ON COLUMN meeting_overview.date_precision IS 'day, month, year or unknown.';
COMMENT ON COLUMN meeting_overview.city IS 'Where it took place (or will).';
COMMENT ON COLUMN meeting_overview.country_code IS 'Country where it took place (or will).';
COMMENT ON COLUMN meeting_overview.status IS 'held, planned or cancelled.';
COMMENT ON COLUMN meeting_overview.level_code IS 'leader, minister, vice_minister, senior_official, working_level or expert.';
COMMENT ON COLUMN meeting_overview.party_codes IS 'Party codes as an array, alphabetical: WHERE ''JP'' = ANY(party_codes).';
COMMENT ON COLUMN meeting_overview.topic_codes IS 'Topic codes as an array.';
COMMENT ON COLUMN meeting_overview.review_state IS 'unreviewed, confirmed or corrected by an archivist.';
COMMENT ON COLUMN meeting_overview.origin IS 'extracted, or manual (added by an archivist).';

CREATE OR REPLACE VIEW commitment_overview AS
SELECT c.id,
       c.kind,
       c.text,
       c.status,
       c.meeting_id,
       m.name                                       AS meeting_name,
       m.start_date                                 AS meeting_date,
       (SELECT string_agg(cp.party_code, ', ' ORDER BY cp.party_code)
          FROM commitment_party cp WHERE cp.commitment_id = c.id)  AS parties,
       ev.sentence,
       a.id                                         AS article_id,
       a.title                                      AS article_title,
       a.outlet,
       a.url,
       a.published,
       coalesce((SELECT array_agg(cp.party_code ORDER BY cp.party_code)
          FROM commitment_party cp WHERE cp.commitment_id = c.id), '{}') AS party_codes,
       c.review_state,
       c.origin
  FROM commitment c
  LEFT JOIN meeting m ON m.id = c.meeting_id
  LEFT JOIN LATERAL (
        SELECT e.article_id,
               evidence_text(ar.text, e.sentence_start, e.sentence_end) AS sentence
          FROM commitment_evidence e JOIN article ar ON ar.id = e.article_id
         WHERE e.commitment_id = c.id
         ORDER BY e.confidence DESC, e.article_id
         LIMIT 1) ev ON true
  LEFT JOIN article a ON a.id = ev.article_id;
COMMENT ON COLUMN commitment_overview.id IS 'The commitment (commitment.id; c<id> in the export).';
COMMENT ON COLUMN commitment_overview.kind IS 'agree, reaffirm, pledge, plan or decide.';
COMMENT ON COLUMN commitment_overview.text IS 'What was committed.';
COMMENT ON COLUMN commitment_overview.status IS 'open, fulfilled or superseded.';
COMMENT ON COLUMN commitment_overview.meeting_id IS 'The meeting it came out of, if any.';
COMMENT ON COLUMN commitment_overview.meeting_name IS 'That meeting''s name.';
COMMENT ON COLUMN commitment_overview.meeting_date IS 'That meeting''s start date.';
COMMENT ON COLUMN commitment_overview.article_id IS 'The article of the sentence shown.';
COMMENT ON COLUMN commitment_overview.article_title IS 'Its title.';
COMMENT ON COLUMN commitment_overview.outlet IS 'Its outlet.';
COMMENT ON COLUMN commitment_overview.url IS 'Its address.';
COMMENT ON COLUMN commitment_overview.published IS 'Its publication date.';
COMMENT ON COLUMN commitment_overview.party_codes IS 'Bound parties as an array: WHERE ''KR'' = ANY(party_codes).';
COMMENT ON COLUMN commitment_overview.review_state IS 'unreviewed, confirmed or corrected by an archivist.';
COMMENT ON COLUMN commitment_overview.origin IS 'extracted, or manual (added by an archivist).';

-- Counted as the quarterly report counts: meetings known only to the year belong to no quarter.
CREATE OR REPLACE VIEW dialogue_activity_by_quarter AS
SELECT partner.party_code                                           AS partner,
       to_char(m.start_date, 'YYYY-"Q"Q')                           AS quarter,
       count(*) FILTER (WHERE m.status = 'held')                    AS meetings_held,
       count(*) FILTER (WHERE m.status = 'planned')                 AS meetings_planned,
       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0) AS commitments,
       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0) AS participations
  FROM meeting m
  JOIN meeting_party korea   ON korea.meeting_id = m.id AND korea.party_code = 'KR'
  JOIN meeting_party partner ON partner.meeting_id = m.id AND partner.party_code <> 'KR'
 WHERE m.start_date IS NOT NULL AND m.date_precision IN ('day', 'month')
 GROUP BY partner.party_code, to_char(m.start_date, 'YYYY-"Q"Q');
COMMENT ON VIEW dialogue_activity_by_quarter IS 'Korea''s dialogue activity per partner and calendar quarter: meetings held and planned, commitments and participations. Meetings known only to the year are left out, as in the quarterly report.';
COMMENT ON COLUMN dialogue_activity_by_quarter.meetings_held IS 'Meetings held with Korea and the partner that quarter.';
COMMENT ON COLUMN dialogue_activity_by_quarter.meetings_planned IS 'Meetings announced for that quarter and not (yet) reported held.';
COMMENT ON COLUMN dialogue_activity_by_quarter.commitments IS 'Commitments made at those meetings.';
COMMENT ON COLUMN dialogue_activity_by_quarter.participations IS 'People taking part in those meetings, counted per meeting.';

COMMENT ON COLUMN article_without_findings.id IS 'The article.';
COMMENT ON COLUMN article_without_findings.source_file IS 'The file it was imported from.';
COMMENT ON COLUMN article_without_findings.title IS 'Its title.';
COMMENT ON COLUMN article_without_findings.outlet IS 'Its outlet.';
COMMENT ON COLUMN article_without_findings.published IS 'Its publication date.';
COMMENT ON COLUMN article_without_findings.imported_at IS 'When it was imported.';

COMMENT ON COLUMN review_progress.fact_kind IS 'meeting, participation or commitment.';
COMMENT ON COLUMN review_progress.review_state IS 'unreviewed, confirmed or corrected.';
COMMENT ON COLUMN review_progress.origin IS 'extracted, or manual (added by an archivist).';
COMMENT ON COLUMN review_progress.facts IS 'How many.';

CREATE VIEW evidence_sentence AS
SELECT 'meeting' AS fact_kind, e.meeting_id AS fact_id, e.article_id, e.sentence_start, e.sentence_end,
       evidence_text(a.text, e.sentence_start, e.sentence_end) AS sentence, e.confidence
  FROM meeting_evidence e JOIN article a ON a.id = e.article_id
UNION ALL
SELECT 'participation', e.participation_id, e.article_id, e.sentence_start, e.sentence_end,
       evidence_text(a.text, e.sentence_start, e.sentence_end), e.confidence
  FROM participation_evidence e JOIN article a ON a.id = e.article_id
UNION ALL
SELECT 'commitment', e.commitment_id, e.article_id, e.sentence_start, e.sentence_end,
       evidence_text(a.text, e.sentence_start, e.sentence_end), e.confidence
  FROM commitment_evidence e JOIN article a ON a.id = e.article_id;
COMMENT ON VIEW evidence_sentence IS 'Every sentence that supports a meeting, participation or commitment, with its text.';
COMMENT ON COLUMN evidence_sentence.fact_kind IS 'meeting, participation or commitment.';
COMMENT ON COLUMN evidence_sentence.fact_id IS 'The id of the meeting, participation or commitment.';
COMMENT ON COLUMN evidence_sentence.article_id IS 'The article.';
COMMENT ON COLUMN evidence_sentence.sentence_start IS 'Offset of the sentence (0-based UTF-16 code units).';
COMMENT ON COLUMN evidence_sentence.sentence_end IS 'Offset just past it.';
COMMENT ON COLUMN evidence_sentence.sentence IS 'The sentence, verbatim.';
COMMENT ON COLUMN evidence_sentence.confidence IS 'Extractor confidence, 0 to 1 (1 for sentences an archivist chose).';
