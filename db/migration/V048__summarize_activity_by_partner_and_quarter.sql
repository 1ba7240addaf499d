-- dialogue_activity_by_quarter counted, at query time, the commitments and participations of every
-- one of a partner's meetings (552 ms at a million articles, reading meeting whole). A summary per
-- partner and quarter is now kept by statement-level triggers on meeting, which V047's counters
-- (and V041's party codes) reach as the facts change, and the view reads the partner's few rows.
-- Its columns and meaning are those of V042.

CREATE TABLE partner_quarter_activity (
    partner           text   NOT NULL,
    quarter           text   NOT NULL,
    meetings          bigint NOT NULL,
    meetings_held     bigint NOT NULL,
    meetings_planned  bigint NOT NULL,
    commitments       bigint NOT NULL,
    participations    bigint NOT NULL,
    PRIMARY KEY (partner, quarter)
);
COMMENT ON TABLE partner_quarter_activity IS 'Korea''s meetings with each partner per quarter, summed; kept by triggers on meeting (never write it). Read dialogue_activity_by_quarter instead.';
COMMENT ON COLUMN partner_quarter_activity.partner IS 'A party code of the meetings other than KR.';
COMMENT ON COLUMN partner_quarter_activity.quarter IS 'The quarter of the meetings'' start date, as 2025-Q3; meetings known only to the year or not dated are left out.';
COMMENT ON COLUMN partner_quarter_activity.meetings IS 'Meetings of Korea and the partner in the quarter, of any status (0: the row is empty and not shown by the view).';
COMMENT ON COLUMN partner_quarter_activity.meetings_held IS 'Of them, those with status held.';
COMMENT ON COLUMN partner_quarter_activity.meetings_planned IS 'Of them, those with status planned.';
COMMENT ON COLUMN partner_quarter_activity.commitments IS 'The commitments of those meetings (sum of meeting.commitment_count).';
COMMENT ON COLUMN partner_quarter_activity.participations IS 'The participations in those meetings (sum of meeting.participation_count).';

-- What a set of meeting rows adds to the summary (sign -1 takes old rows away). A meeting counts
-- once for each party code other than KR when KR is among its codes, as the view of V042 counted.
CREATE FUNCTION count_partner_quarter_activity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    columns constant text := 'party_codes, start_date, date_precision, status, commitment_count, participation_count';
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT 1 AS sign, %s FROM new_rows', columns)
        WHEN 'DELETE' THEN format('SELECT -1 AS sign, %s FROM old_rows', columns)
        ELSE format('SELECT 1 AS sign, %1$s FROM new_rows UNION ALL SELECT -1, %1$s FROM old_rows', columns) END;
BEGIN
    -- keys in order, so that two transactions adding to the same rows lock them in the same order
    EXECUTE format($sql$
        INSERT INTO partner_quarter_activity AS t
               (partner, quarter, meetings, meetings_held, meetings_planned, commitments, participations)
        SELECT partner.code, to_char(c.start_date, 'YYYY-"Q"Q'),
               sum(c.sign), sum(c.sign * (c.status = 'held')::int), sum(c.sign * (c.status = 'planned')::int),
               sum(c.sign * c.commitment_count), sum(c.sign * c.participation_count)
          FROM (%s) c CROSS JOIN LATERAL unnest(c.party_codes) AS partner(code)
         WHERE partner.code <> 'KR' AND c.party_codes @> '{KR}'
           AND c.start_date IS NOT NULL AND c.date_precision IN ('day', 'month')
         GROUP BY 1, 2
        HAVING (sum(c.sign), sum(c.sign * (c.status = 'held')::int), sum(c.sign * (c.status = 'planned')::int),
                sum(c.sign * c.commitment_count), sum(c.sign * c.participation_count)) <> (0, 0, 0, 0, 0)
         ORDER BY 1, 2
        ON CONFLICT (partner, quarter) DO UPDATE
           SET meetings = t.meetings + excluded.meetings,
               meetings_held = t.meetings_held + excluded.meetings_held,
               meetings_planned = t.meetings_planned + excluded.meetings_planned,
               commitments = t.commitments + excluded.commitments,
               participations = t.participations + excluded.participations$sql$, changes);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION count_partner_quarter_activity() IS 'Trigger on meeting: takes the statement''s old rows out of partner_quarter_activity and adds its new ones.';

INSERT INTO partner_quarter_activity (partner, quarter, meetings, meetings_held, meetings_planned, commitments, participations)
SELECT partner.code, to_char(m.start_date, 'YYYY-"Q"Q'), count(*),
       count(*) FILTER (WHERE m.status = 'held'), count(*) FILTER (WHERE m.status = 'planned'),
       sum(m.commitment_count), sum(m.participation_count)
  FROM meeting m CROSS JOIN LATERAL unnest(m.party_codes) AS partner(code)
 WHERE partner.code <> 'KR' AND m.party_codes @> '{KR}'
   AND m.start_date IS NOT NULL AND m.date_precision IN ('day', 'month')
 GROUP BY 1, 2;

CREATE TRIGGER meeting_activity_inserted AFTER INSERT ON meeting
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_partner_quarter_activity();
CREATE TRIGGER meeting_activity_deleted AFTER DELETE ON meeting
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_partner_quarter_activity();
CREATE TRIGGER meeting_activity_updated AFTER UPDATE ON meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_partner_quarter_activity();

-- Same columns, names and types as before (the sums were numeric).
CREATE OR REPLACE VIEW dialogue_activity_by_quarter AS
SELECT partner,
       quarter,
       meetings_held,
       meetings_planned,
       commitments::numeric    AS commitments,
       participations::numeric AS participations
  FROM partner_quarter_activity
 WHERE meetings > 0;
