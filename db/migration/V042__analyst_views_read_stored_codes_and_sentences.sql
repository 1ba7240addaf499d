-- The analyst views read the stored party codes and evidence sentences (V041) instead of
-- aggregating meeting_party and slicing article.text for every row, so that a filter on them
-- reaches an index (party_codes @> '{JP}' uses the GIN index) and a row costs a few lookups.
-- Every column stays as it was, in the same order; new ones are added at the end.

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
       nullif(array_to_string(m.party_codes, ', '), '')                  AS parties,
       m.party_codes @> '{KR}'                                           AS korea_involved,
       (SELECT string_agg(p.name || coalesce(' (' || pa.title || ')', ''), '; ' ORDER BY pa.country_code, p.name)
          FROM participation pa JOIN person p ON p.id = pa.person_id
         WHERE pa.meeting_id = m.id)                                     AS participants,
       (SELECT string_agg(mt.topic_code, ', ' ORDER BY mt.topic_code)
          FROM meeting_topic mt WHERE mt.meeting_id = m.id)              AS topics,
       (SELECT count(DISTINCT me.article_id)
          FROM meeting_evidence me WHERE me.meeting_id = m.id)           AS source_count,
       m.party_codes                                                     AS party_codes,
       coalesce((SELECT array_agg(mt.topic_code ORDER BY mt.topic_code)
          FROM meeting_topic mt WHERE mt.meeting_id = m.id), '{}')       AS topic_codes,
       m.review_state,
       m.origin
  FROM meeting m
  LEFT JOIN dialogue_series s ON s.id = m.series_id;
COMMENT ON COLUMN meeting_overview.parties IS 'Party codes, alphabetical, comma-separated (filter on party_codes instead: it is indexed).';
COMMENT ON COLUMN meeting_overview.party_codes IS 'Party codes as an array, alphabetical (meeting.party_codes): WHERE party_codes @> ''{JP}'' uses its GIN index (''JP'' = ANY(party_codes) gives the same rows but reads every meeting).';

CREATE OR REPLACE VIEW commitment_overview AS
SELECT c.id,
       c.kind,
       c.text,
       c.status,
       c.meeting_id,
       m.name                                       AS meeting_name,
       m.start_date                                 AS meeting_date,
       nullif(array_to_string(c.party_codes, ', '), '') AS parties,
       ev.sentence,
       a.id                                         AS article_id,
       a.title                                      AS article_title,
       a.outlet,
       a.url,
       a.published,
       c.party_codes                                AS party_codes,
       c.review_state,
       c.origin
  FROM commitment c
  LEFT JOIN meeting m ON m.id = c.meeting_id
  LEFT JOIN LATERAL (
        SELECT e.article_id, e.sentence
          FROM commitment_evidence e
         WHERE e.commitment_id = c.id
         ORDER BY e.confidence DESC, e.article_id
         LIMIT 1) ev ON true
  LEFT JOIN article a ON a.id = ev.article_id;
COMMENT ON COLUMN commitment_overview.parties IS 'Bound parties, alphabetical, comma-separated (filter on party_codes instead: it is indexed).';
COMMENT ON COLUMN commitment_overview.party_codes IS 'Bound parties as an array (commitment.party_codes): WHERE party_codes @> ''{KR}'' uses its GIN index.';

-- The partner filter (WHERE partner = 'JP') reaches meeting_party's party index; Korea's side is
-- read from the stored codes rather than from a second join.
CREATE OR REPLACE VIEW dialogue_activity_by_quarter AS
SELECT partner.party_code                                           AS partner,
       to_char(m.start_date, 'YYYY-"Q"Q')                           AS quarter,
       count(*) FILTER (WHERE m.status = 'held')                    AS meetings_held,
       count(*) FILTER (WHERE m.status = 'planned')                 AS meetings_planned,
       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0) AS commitments,
       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0) AS participations
  FROM meeting_party partner
  JOIN meeting m ON m.id = partner.meeting_id
 WHERE partner.party_code <> 'KR' AND m.party_codes @> '{KR}'
   AND m.start_date IS NOT NULL AND m.date_precision IN ('day', 'month')
 GROUP BY partner.party_code, to_char(m.start_date, 'YYYY-"Q"Q');

CREATE OR REPLACE VIEW evidence_sentence AS
SELECT 'meeting' AS fact_kind, e.meeting_id AS fact_id, e.article_id, e.sentence_start, e.sentence_end,
       e.sentence, e.confidence, e.char_start, e.char_end
  FROM meeting_evidence e
UNION ALL
SELECT 'participation', e.participation_id, e.article_id, e.sentence_start, e.sentence_end,
       e.sentence, e.confidence, e.char_start, e.char_end
  FROM participation_evidence e
UNION ALL
SELECT 'commitment', e.commitment_id, e.article_id, e.sentence_start, e.sentence_end,
       e.sentence, e.confidence, e.char_start, e.char_end
  FROM commitment_evidence e;
COMMENT ON COLUMN evidence_sentence.sentence IS 'The sentence, verbatim (stored with the evidence row).';
COMMENT ON COLUMN evidence_sentence.char_start IS 'Offset of the sentence in code points, 0-based: substr(article.text, char_start + 1, char_end - char_start).';
COMMENT ON COLUMN evidence_sentence.char_end IS 'Code-point offset just past the sentence (exclusive).';
