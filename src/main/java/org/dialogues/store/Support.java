package org.dialogues.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;

/**
 * One article's support for what was extracted from it, taken back around its new extraction.
 *
 * <p>{@link #withdraw} removes the article's evidence before the new extraction is written, and
 * {@link #prune} removes afterwards what no article supports any more. Between the two, the new
 * extraction finds the same facts again by their keys and keeps their ids, which is what makes ids
 * stable across re-extraction. Reviewed and hand-added facts keep their evidence and are never
 * pruned. Only the facts the article's evidence pointed at are looked at, through the indexes.
 */
final class Support {

    /** The facts whose evidence from the article was taken back; the meetings by id. */
    record Withdrawn(Map<Long, Meeting> meetings, Set<Long> participations, Set<Long> commitments) {

        static final Withdrawn NOTHING = new Withdrawn(Map.of(), Set.of(), Set.of());
    }

    /** A meeting whose evidence was taken back: its key then, and the sentences (their start offsets) that had shown it. */
    record Meeting(String key, Set<Integer> sentences) {
    }

    private Support() {
    }

    static Withdrawn withdraw(DSLContext tx, long articleId) {
        Map<Long, Meeting> meetings = new HashMap<>();
        tx.deleteFrom(MEETING_EVIDENCE)
                .using(MEETING).where(MEETING.ID.eq(MEETING_EVIDENCE.MEETING_ID))
                .and(MEETING_EVIDENCE.ARTICLE_ID.eq(articleId)).and(machineMade(MEETING.ORIGIN, MEETING.REVIEW_STATE))
                .returningResult(MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.SENTENCE_START, MEETING.NATURAL_KEY)
                .forEach(r -> meetings.computeIfAbsent(r.value1(), id -> new Meeting(r.value3(), new HashSet<>())).sentences().add(r.value2()));
        Set<Long> participations = new HashSet<>(tx.deleteFrom(PARTICIPATION_EVIDENCE)
                .using(PARTICIPATION).where(PARTICIPATION.ID.eq(PARTICIPATION_EVIDENCE.PARTICIPATION_ID))
                .and(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(articleId)).and(machineMade(PARTICIPATION.ORIGIN, PARTICIPATION.REVIEW_STATE))
                .returningResult(PARTICIPATION_EVIDENCE.PARTICIPATION_ID).fetch(PARTICIPATION_EVIDENCE.PARTICIPATION_ID));
        Set<Long> commitments = new HashSet<>(tx.deleteFrom(COMMITMENT_EVIDENCE)
                .using(COMMITMENT).where(COMMITMENT.ID.eq(COMMITMENT_EVIDENCE.COMMITMENT_ID))
                .and(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(articleId)).and(machineMade(COMMITMENT.ORIGIN, COMMITMENT.REVIEW_STATE))
                .returningResult(COMMITMENT_EVIDENCE.COMMITMENT_ID).fetch(COMMITMENT_EVIDENCE.COMMITMENT_ID));
        return new Withdrawn(meetings, participations, commitments);
    }

    /**
     * A meeting the article alone supported is rebuilt from the new extraction: its parties and
     * topics go, and come back if they are found again (its fields are replaced as it is written).
     * The statements read nothing the writer writes before its batch, so they go at the head of
     * that batch, before the links and evidence found again (one round trip less).
     */
    static List<Query> forgetLinksOfUnsupported(DSLContext tx, Withdrawn withdrawn) {
        Set<Long> meetings = withdrawn.meetings().keySet();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Condition unsupported = DSL.notExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING_PARTY.MEETING_ID)));
        return List.of(tx.deleteFrom(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.in(meetings)).and(unsupported),
                tx.deleteFrom(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.in(meetings))
                        .andNotExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING_TOPIC.MEETING_ID))));
    }

    /** Removes what was withdrawn and not found again: facts no article supports any more. */
    static void prune(DSLContext tx, Withdrawn withdrawn) {
        Set<Long> meetings = new HashSet<>(withdrawn.meetings().keySet());
        // a meeting whose last participation or commitment goes may be left with no support either
        meetings.addAll(pruneCommitments(tx, withdrawn.commitments()));
        meetings.addAll(pruneParticipations(tx, withdrawn.participations()));
        pruneMeetings(tx, meetings);
    }

    /** Neither added nor reviewed by an archivist: extraction may take it back. */
    static Condition machineMade(Field<String> origin, Field<String> reviewState) {
        return origin.eq("extracted").and(reviewState.eq("unreviewed"));
    }

    /** The meetings of the commitments pruned. */
    private static Set<Long> pruneCommitments(DSLContext tx, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.deleteFrom(COMMITMENT).where(COMMITMENT.ID.in(ids)).and(machineMade(COMMITMENT.ORIGIN, COMMITMENT.REVIEW_STATE))
                .andNotExists(DSL.selectOne().from(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID)))
                .returningResult(COMMITMENT.MEETING_ID).fetch(COMMITMENT.MEETING_ID));
    }

    /** The meetings of the participations pruned. */
    private static Set<Long> pruneParticipations(DSLContext tx, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.deleteFrom(PARTICIPATION).where(PARTICIPATION.ID.in(ids)).and(machineMade(PARTICIPATION.ORIGIN, PARTICIPATION.REVIEW_STATE))
                .andNotExists(DSL.selectOne().from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID)))
                .returningResult(PARTICIPATION.MEETING_ID).fetch(PARTICIPATION.MEETING_ID));
    }

    private static void pruneMeetings(DSLContext tx, Set<Long> ids) {
        ids.remove(null);   // a commitment without a meeting
        if (ids.isEmpty()) {
            return;
        }
        tx.deleteFrom(MEETING).where(MEETING.ID.in(ids)).and(machineMade(MEETING.ORIGIN, MEETING.REVIEW_STATE))
                .andNotExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)))
                .andNotExists(DSL.selectOne().from(PARTICIPATION).where(PARTICIPATION.MEETING_ID.eq(MEETING.ID)))
                .andNotExists(DSL.selectOne().from(COMMITMENT).where(COMMITMENT.MEETING_ID.eq(MEETING.ID)))
                .execute();
    }
}
