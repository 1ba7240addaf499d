package org.dialogues.review;

import org.dialogues.database.schema.tables.Commitment;
import org.dialogues.database.schema.tables.Meeting;
import org.dialogues.database.schema.tables.Participation;
import org.jooq.Condition;

/** Which facts still wait for an archivist: those neither confirmed nor corrected (V032's {@code review_state}). */
final class Review {

    static final String UNREVIEWED = "unreviewed";

    private Review() {
    }

    static Condition unreviewed(Meeting meeting) {
        return meeting.REVIEW_STATE.eq(UNREVIEWED);
    }

    static Condition unreviewed(Participation participation) {
        return participation.REVIEW_STATE.eq(UNREVIEWED);
    }

    static Condition unreviewed(Commitment commitment) {
        return commitment.REVIEW_STATE.eq(UNREVIEWED);
    }
}
