package org.dialogues.database;

import org.jooq.DSLContext;

import java.util.List;

/**
 * dialogue_activity_by_quarter against a count made from scratch, as V042's view counted at query
 * time: the rows where the two differ (none when the triggers of V047 kept the summary right).
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

    private ActivityRecount() {
    }

    /** One line per partner and quarter where the view and the recount differ. */
    public static List<String> differences(DSLContext dsl) {
        return dsl.fetch(DIFFERENCES).getValues(0, String.class);
    }
}
