package org.dialogues.database;

import org.jooq.DSLContext;

import java.util.List;

/**
 * What the triggers of V047 and V048 store, against the same made from scratch as V042's views
 * computed it at query time: the rows where the two differ (none when the triggers kept them right).
 */
public final class ActivityRecount {

    private static final String DIFFERENCES = """
            WITH recount AS (
                SELECT partner.party_code AS partner, to_char(m.start_date, 'YYYY-"Q"Q') AS quarter,
                       count(*) FILTER (WHERE m.status = 'held') AS meetings_held,
                       count(*) FILTER (WHERE m.status = 'planned') AS meetings_planned,
                       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0) AS commitments,
                       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0) AS participations
                  FROM meeting_party partner JOIN meeting m ON m.id = partner.meeting_id
                 WHERE partner.party_code <> 'KR' AND m.party_codes @> '{KR}'
                   AND m.start_date IS NOT NULL AND m.date_precision IN ('day', 'month')
                 GROUP BY 1, 2)
            SELECT coalesce(r.partner, v.partner) || ' ' || coalesce(r.quarter, v.quarter)
                   || ': counted ' || coalesce(row(r.meetings_held, r.meetings_planned, r.commitments, r.participations)::text, 'nothing')
                   || ', view ' || coalesce(row(v.meetings_held, v.meetings_planned, v.commitments, v.participations)::text, 'nothing')
              FROM recount r FULL JOIN dialogue_activity_by_quarter v ON v.partner = r.partner AND v.quarter = r.quarter
             WHERE row(r.meetings_held, r.meetings_planned, r.commitments, r.participations)
                   IS DISTINCT FROM row(v.meetings_held, v.meetings_planned, v.commitments, v.participations)
             ORDER BY 1""";

    private static final String MEETING_DIFFERENCES = """
            SELECT 'meeting ' || m.id || ': stored ' || row(m.commitment_count, m.participation_count, m.participants)::text
                   || ', counted ' || row(c.n, p.n)::text
              FROM meeting m
              CROSS JOIN LATERAL (SELECT count(*) AS n FROM commitment WHERE meeting_id = m.id) c
              CROSS JOIN LATERAL (SELECT count(*) AS n FROM participation WHERE meeting_id = m.id) p
             WHERE row(m.commitment_count, m.participation_count, m.participants)
                   IS DISTINCT FROM row(c.n, p.n, (SELECT string_agg(p.name || coalesce(' (' || pa.title || ')', ''), '; '
                                                                     ORDER BY pa.country_code, p.name)
                                                     FROM participation pa JOIN person p ON p.id = pa.person_id
                                                    WHERE pa.meeting_id = m.id))
             ORDER BY m.id""";

    private ActivityRecount() {
    }

    /** One line per partner and quarter where the view and the recount differ. */
    public static List<String> differences(DSLContext dsl) {
        return dsl.fetch(DIFFERENCES).getValues(0, String.class);
    }

    /** Both of the below: what a test checks after every write. */
    public static List<String> allDifferences(DSLContext dsl) {
        List<String> all = new java.util.ArrayList<>(differences(dsl));
        all.addAll(meetingDifferences(dsl));
        return all;
    }

    /** One line per meeting whose stored counts or participants differ from its rows. */
    public static List<String> meetingDifferences(DSLContext dsl) {
        return dsl.fetch(MEETING_DIFFERENCES).getValues(0, String.class);
    }
}
