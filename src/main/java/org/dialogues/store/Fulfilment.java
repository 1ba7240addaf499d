package org.dialogues.store;

import org.dialogues.database.schema.tables.Commitment;
import org.dialogues.database.schema.tables.Meeting;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

import java.util.Optional;
import java.util.Set;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.MEETING;

/**
 * A commitment to meet again ("agreed to hold the next dialogue in Tokyo") is fulfilled when a
 * later meeting of the same series is recorded as held. Only the series an article's meetings
 * belong to can change that, so only their commitments are looked at (not the whole table, once
 * per stored article).
 */
final class Fulfilment {

    /** Verbs of a commitment to meet; matched as words in the commitment text. */
    private static final String MEETING_VERBS = "(^|\\W)(hold|host|convene|meet|resume|regulari[sz]e)";

    private Fulfilment() {
    }

    /** The update that marks what the series' held meetings fulfil; none when no series was touched. */
    static Optional<Query> query(DSLContext tx, Set<Long> series) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        Meeting origin = MEETING.as("origin");
        Meeting later = MEETING.as("later");
        Commitment c = COMMITMENT;
        var firstLaterHeld = DSL.select(later.ID).from(later)
                .where(later.SERIES_ID.eq(origin.SERIES_ID))
                .and(later.STATUS.eq("held"))
                .and(later.START_DATE.gt(origin.START_DATE))
                .orderBy(later.START_DATE, later.ID)
                .limit(1);
        return Optional.of(tx.update(c)
                .set(c.STATUS, "fulfilled")
                .set(c.FULFILLED_BY_MEETING_ID, DSL.field(firstLaterHeld))
                .from(origin)
                .where(c.MEETING_ID.eq(origin.ID))
                .and(c.STATUS.eq("open"))
                .and(c.ORIGIN.eq("extracted"))
                .and(c.KIND.in("agree", "plan", "decide", "pledge"))
                .and(DSL.lower(c.TEXT).likeRegex(MEETING_VERBS))
                .and(origin.SERIES_ID.in(series))
                .and(DSL.exists(firstLaterHeld)));
    }
}
