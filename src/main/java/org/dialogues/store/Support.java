package org.dialogues.store;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.HashSet;
import java.util.Set;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;

/**
 * Withdraws one article's support for what was extracted from it, before its new extraction is
 * written. Facts it supported that no article supports any more go; manual ones stay. Only the
 * facts the article's evidence pointed at are looked at, through the indexes: the fact tables are
 * not scanned once per re-extracted article.
 */
final class Support {

    private Support() {
    }

    static void withdraw(DSLContext tx, long articleId) {
        Set<Long> meetings = new HashSet<>(tx.deleteFrom(MEETING_EVIDENCE).where(MEETING_EVIDENCE.ARTICLE_ID.eq(articleId))
                .returningResult(MEETING_EVIDENCE.MEETING_ID).fetch(MEETING_EVIDENCE.MEETING_ID));
        Set<Long> participations = new HashSet<>(tx.deleteFrom(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(articleId))
                .returningResult(PARTICIPATION_EVIDENCE.PARTICIPATION_ID).fetch(PARTICIPATION_EVIDENCE.PARTICIPATION_ID));
        Set<Long> commitments = new HashSet<>(tx.deleteFrom(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(articleId))
                .returningResult(COMMITMENT_EVIDENCE.COMMITMENT_ID).fetch(COMMITMENT_EVIDENCE.COMMITMENT_ID));
        // a meeting whose last participation or commitment goes may be left with no support either
        meetings.addAll(pruneCommitments(tx, commitments));
        meetings.addAll(pruneParticipations(tx, participations));
        pruneMeetings(tx, meetings);
    }

    /** The meetings of the commitments pruned. */
    private static Set<Long> pruneCommitments(DSLContext tx, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.deleteFrom(COMMITMENT).where(COMMITMENT.ID.in(ids)).and(COMMITMENT.ORIGIN.eq("extracted"))
                .andNotExists(DSL.selectOne().from(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID)))
                .returningResult(COMMITMENT.MEETING_ID).fetch(COMMITMENT.MEETING_ID));
    }

    /** The meetings of the participations pruned. */
    private static Set<Long> pruneParticipations(DSLContext tx, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.deleteFrom(PARTICIPATION).where(PARTICIPATION.ID.in(ids)).and(PARTICIPATION.ORIGIN.eq("extracted"))
                .andNotExists(DSL.selectOne().from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID)))
                .returningResult(PARTICIPATION.MEETING_ID).fetch(PARTICIPATION.MEETING_ID));
    }

    private static void pruneMeetings(DSLContext tx, Set<Long> ids) {
        ids.remove(null);   // a commitment without a meeting
        if (ids.isEmpty()) {
            return;
        }
        tx.deleteFrom(MEETING).where(MEETING.ID.in(ids)).and(MEETING.ORIGIN.eq("extracted"))
                .andNotExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)))
                .andNotExists(DSL.selectOne().from(PARTICIPATION).where(PARTICIPATION.MEETING_ID.eq(MEETING.ID)))
                .andNotExists(DSL.selectOne().from(COMMITMENT).where(COMMITMENT.MEETING_ID.eq(MEETING.ID)))
                .execute();
    }
}
