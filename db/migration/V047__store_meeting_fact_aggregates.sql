-- What the analyst views computed for every meeting row at query time, from its facts, is stored
-- on the meeting and kept by statement-level triggers (a multi-row write costs one UPDATE, whatever
-- writes it: the store, re-extraction, curation, a cascade): how many commitments and
-- participations it has (summed per partner and quarter by V048) and its participants as
-- meeting_overview shows them (1,129 subqueries made "meetings for a partner and year" 70 ms at a
-- million articles). The Java code never writes them.

ALTER TABLE meeting ADD COLUMN commitment_count integer NOT NULL DEFAULT 0,
                    ADD COLUMN participation_count integer NOT NULL DEFAULT 0,
                    ADD COLUMN participants text;
COMMENT ON COLUMN meeting.commitment_count IS 'How many commitment rows have this meeting_id; kept by triggers on commitment (never write it).';
COMMENT ON COLUMN meeting.participation_count IS 'How many participation rows have this meeting_id; kept by triggers on participation (never write it).';
COMMENT ON COLUMN meeting.participants IS 'Its participants as "Name (title)", by country then name, joined by "; " (null: none); kept by triggers on participation and person (never write it).';

-- The participants of the given meetings, counted and listed as meeting_overview has always shown
-- them. Set-based, reached from the ids through the indexes: one article's few meetings cost a few
-- lookups and a bulk load of every meeting one pass (a per-meeting function, planned without
-- statistics after a bulk insert, once hashed the whole person table for each meeting).
CREATE FUNCTION meeting_participant_lists(meetings bigint[])
    RETURNS TABLE (meeting_id bigint, participation_count integer, participants text)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT t.id, count(pa.id)::integer,
           string_agg(p.name || coalesce(' (' || pa.title || ')', ''), '; ' ORDER BY pa.country_code, p.name)
      FROM unnest(meetings) AS t(id)
      LEFT JOIN participation pa ON pa.meeting_id = t.id
      LEFT JOIN person p ON p.id = pa.person_id
     GROUP BY t.id
$$;
COMMENT ON FUNCTION meeting_participant_lists(bigint[]) IS 'For each meeting id given: how many participations it has and its participants, "Name (title)" by country then name, joined by "; " (what meeting.participation_count and meeting.participants store).';

UPDATE meeting m SET commitment_count = c.n
  FROM (SELECT meeting_id, count(*) AS n FROM commitment WHERE meeting_id IS NOT NULL GROUP BY meeting_id) c
 WHERE c.meeting_id = m.id;
UPDATE meeting m SET participation_count = l.participation_count, participants = l.participants
  FROM meeting_participant_lists(ARRAY(SELECT DISTINCT meeting_id FROM participation)) l
 WHERE l.meeting_id = m.id;

-- Commitments: rows moved to another meeting (a merge) count -1 for the old meeting and +1 for
-- the new; an update that leaves meeting_id alone nets to zero and writes nothing.
CREATE FUNCTION count_meeting_commitments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT meeting_id, 1 AS delta FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT meeting_id, -1 AS delta FROM old_rows'
        ELSE 'SELECT meeting_id, 1 AS delta FROM new_rows UNION ALL SELECT meeting_id, -1 FROM old_rows' END;
BEGIN
    EXECUTE format($sql$
        UPDATE meeting m SET commitment_count = m.commitment_count + d.delta
          FROM (SELECT meeting_id, sum(delta) AS delta FROM (%s) c
                 WHERE meeting_id IS NOT NULL GROUP BY meeting_id HAVING sum(delta) <> 0) d
         WHERE m.id = d.meeting_id$sql$, changes);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION count_meeting_commitments() IS 'Trigger on commitment: adds the statement''s inserted, deleted and moved rows to meeting.commitment_count.';

CREATE TRIGGER commitment_counted_inserted AFTER INSERT ON commitment
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_meeting_commitments();
CREATE TRIGGER commitment_counted_deleted AFTER DELETE ON commitment
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_meeting_commitments();
CREATE TRIGGER commitment_counted_updated AFTER UPDATE ON commitment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_meeting_commitments();

-- Participations: the meetings a statement touched are counted and listed again from their rows
-- (an update counts only where it changed what the list shows or moved the row).
CREATE FUNCTION refresh_meeting_participations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT meeting_id FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT meeting_id FROM old_rows'
        ELSE 'SELECT x.meeting_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                CROSS JOIN LATERAL (VALUES (o.meeting_id), (n.meeting_id)) AS x(meeting_id)
               WHERE (o.meeting_id, o.person_id, o.title, o.country_code) IS DISTINCT FROM (n.meeting_id, n.person_id, n.title, n.country_code)' END;
BEGIN
    EXECUTE format($sql$
        UPDATE meeting m SET participation_count = l.participation_count, participants = l.participants
          FROM meeting_participant_lists(ARRAY(SELECT DISTINCT meeting_id FROM (%s) c)) l
         WHERE m.id = l.meeting_id
           AND (m.participation_count, m.participants) IS DISTINCT FROM (l.participation_count, l.participants)$sql$, touched);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION refresh_meeting_participations() IS 'Trigger on participation: counts and lists again the participants of the meetings whose rows the statement changed.';

CREATE TRIGGER participation_listed_inserted AFTER INSERT ON participation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_meeting_participations();
CREATE TRIGGER participation_listed_deleted AFTER DELETE ON participation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_meeting_participations();
CREATE TRIGGER participation_listed_updated AFTER UPDATE ON participation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_meeting_participations();

-- A person renamed (curation) shows under the new name in every meeting of theirs.
CREATE FUNCTION refresh_renamed_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting m SET participants = l.participants
      FROM meeting_participant_lists(ARRAY(
               SELECT DISTINCT pa.meeting_id
                 FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN participation pa ON pa.person_id = n.id
                WHERE o.name IS DISTINCT FROM n.name)) l
     WHERE m.id = l.meeting_id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION refresh_renamed_participants() IS 'Trigger on person: lists again the participants of the meetings of people whose name changed.';
CREATE TRIGGER person_renamed AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_renamed_participants();

-- meeting_overview as in V042, its participants read from the meeting row.
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
       m.participants                                                    AS participants,
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
