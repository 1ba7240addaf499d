-- Views for the questions analysts ask most. Each returns one row per thing it names.

CREATE VIEW meeting_overview AS
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
          FROM meeting_evidence me WHERE me.meeting_id = m.id)           AS source_count
  FROM meeting m
  LEFT JOIN dialogue_series s ON s.id = m.series_id;
COMMENT ON VIEW meeting_overview IS 'One row per meeting with its series, dates, place, parties, participants, topics and number of source articles.';
COMMENT ON COLUMN meeting_overview.parties IS 'Party codes, comma-separated, alphabetical.';
COMMENT ON COLUMN meeting_overview.korea_involved IS 'True when South Korea (KR) is a party.';
COMMENT ON COLUMN meeting_overview.participants IS 'Participants as "name (title)", semicolon-separated.';
COMMENT ON COLUMN meeting_overview.topics IS 'Topic codes, comma-separated.';
COMMENT ON COLUMN meeting_overview.source_count IS 'Number of distinct articles reporting the meeting.';

CREATE VIEW commitment_overview AS
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
       a.published
  FROM commitment c
  LEFT JOIN meeting m ON m.id = c.meeting_id
  LEFT JOIN LATERAL (
        SELECT e.article_id,
               substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
          FROM commitment_evidence e JOIN article ar ON ar.id = e.article_id
         WHERE e.commitment_id = c.id
         ORDER BY e.confidence DESC, e.article_id
         LIMIT 1) ev ON true
  LEFT JOIN article a ON a.id = ev.article_id;
COMMENT ON VIEW commitment_overview IS 'One row per commitment with its parties, meeting, and the best supporting sentence and its article.';
COMMENT ON COLUMN commitment_overview.parties IS 'Party codes, comma-separated, alphabetical.';
COMMENT ON COLUMN commitment_overview.sentence IS 'The sentence of the article that states the commitment, verbatim.';

CREATE VIEW dialogue_activity_by_quarter AS
SELECT partner.party_code                                           AS partner,
       to_char(m.start_date, 'YYYY-"Q"Q')                           AS quarter,
       count(*) FILTER (WHERE m.status = 'held')                    AS meetings_held,
       count(*) FILTER (WHERE m.status = 'planned')                 AS meetings_planned,
       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0) AS commitments,
       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0) AS participations
  FROM meeting m
  JOIN meeting_party korea   ON korea.meeting_id = m.id AND korea.party_code = 'KR'
  JOIN meeting_party partner ON partner.meeting_id = m.id AND partner.party_code <> 'KR'
 WHERE m.start_date IS NOT NULL
 GROUP BY partner.party_code, to_char(m.start_date, 'YYYY-"Q"Q');
COMMENT ON VIEW dialogue_activity_by_quarter IS 'Korea''s dialogue activity per partner and calendar quarter: meetings held and planned, commitments and participations.';
COMMENT ON COLUMN dialogue_activity_by_quarter.partner IS 'Partner party code (every party of a meeting other than KR).';
COMMENT ON COLUMN dialogue_activity_by_quarter.quarter IS 'Calendar quarter of the meeting start, e.g. 2025-Q1.';

CREATE VIEW article_without_findings AS
SELECT a.id, a.source_file, a.title, a.outlet, a.published, a.imported_at
  FROM article a
 WHERE NOT EXISTS (SELECT 1 FROM meeting_evidence e WHERE e.article_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM participation_evidence e WHERE e.article_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM commitment_evidence e WHERE e.article_id = a.id);
COMMENT ON VIEW article_without_findings IS 'Articles from which nothing was extracted: where to look for missed meetings (recall).';
