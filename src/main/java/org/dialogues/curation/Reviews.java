package org.dialogues.curation;

import org.dialogues.store.FactKeys;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.util.List;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.CURATED_KEY;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.PARTICIPATION;

/** Confirming and rejecting facts. */
final class Reviews {

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;

    Reviews(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
    }

    void confirm(FactRef fact) {
        Field<String> state = reviewState(fact.kind());
        rows.lock(fact);
        JSONB before = rows.snapshot(fact.kind(), fact.id());
        // a corrected fact stays corrected: confirming it again says nothing new about its fields
        tx.update(FactRows.table(fact.kind()))
                .set(state, DSL.when(state.eq("unreviewed"), DSL.val("confirmed")).otherwise(state))
                .where(FactRows.idOf(fact.kind()).eq(fact.id())).execute();
        rows.bumpVersion(fact.kind(), fact.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("confirm", fact.kind(), fact.id(), null, null, before,
                rows.snapshot(fact.kind(), fact.id())));
    }

    void reject(FactRef fact) {
        reviewState(fact.kind());
        rows.lock(fact);
        JSONB before = rows.snapshot(fact.kind(), fact.id());
        long event = AuditTrail.record(tx, who, new AuditTrail.Entry("reject", fact.kind(), fact.id(), null, null, before, null));
        switch (fact.kind()) {
            case MEETING -> rejectMeeting(fact.id(), event);
            case PARTICIPATION -> rejectParticipation(fact.id(), event);
            case COMMITMENT -> rejectCommitment(fact.id(), event);
            case PERSON, ARTICLE -> throw new IllegalStateException("checked by reviewState");
        }
    }

    /**
     * The meeting goes, and with it the commitments extraction attached to it (they would otherwise
     * be left without a meeting); commitments a person added or reviewed stay, without a meeting.
     */
    private void rejectMeeting(long id, long event) {
        String key = tx.select(MEETING.NATURAL_KEY).from(MEETING).where(MEETING.ID.eq(id)).fetchOne(MEETING.NATURAL_KEY);
        List<Record2<Long, String>> machineCommitments = tx.select(COMMITMENT.ID, COMMITMENT.NATURAL_KEY).from(COMMITMENT)
                .where(COMMITMENT.MEETING_ID.eq(id)).and(COMMITMENT.ORIGIN.eq("extracted")).and(COMMITMENT.REVIEW_STATE.eq("unreviewed"))
                .fetch();
        for (Record2<Long, String> commitment : machineCommitments) {
            rejectKey("commitment", commitment.value2(), event);
        }
        tx.deleteFrom(COMMITMENT).where(COMMITMENT.ID.in(machineCommitments.stream().map(Record2::value1).toList())).execute();
        // a commitment it fulfilled is open again
        tx.update(COMMITMENT).set(COMMITMENT.STATUS, "open").setNull(COMMITMENT.FULFILLED_BY_MEETING_ID)
                .where(COMMITMENT.FULFILLED_BY_MEETING_ID.eq(id)).execute();
        rejectKey("meeting", key, event);
        forgetTarget("meeting", id, event);
        tx.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
    }

    private void rejectParticipation(long id, long event) {
        Record2<Long, Long> participation = tx.select(PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID).from(PARTICIPATION)
                .where(PARTICIPATION.ID.eq(id)).fetchOne();
        rejectKey("participation", FactKeys.participation(participation.value1(), participation.value2()), event);
        forgetTarget("participation", id, event);
        tx.deleteFrom(PARTICIPATION).where(PARTICIPATION.ID.eq(id)).execute();
    }

    private void rejectCommitment(long id, long event) {
        rejectKey("commitment", tx.select(COMMITMENT.NATURAL_KEY).from(COMMITMENT).where(COMMITMENT.ID.eq(id)).fetchOne(COMMITMENT.NATURAL_KEY), event);
        tx.deleteFrom(COMMITMENT).where(COMMITMENT.ID.eq(id)).execute();
    }

    /** Extraction that finds this key again skips it. */
    private void rejectKey(String kind, String key, long event) {
        tx.insertInto(CURATED_KEY)
                .set(CURATED_KEY.FACT_KIND, kind).set(CURATED_KEY.FACT_KEY, key).set(CURATED_KEY.OUTCOME, "rejected")
                .setNull(CURATED_KEY.FACT_ID).set(CURATED_KEY.EVENT_ID, event)
                .onConflict(CURATED_KEY.FACT_KIND, CURATED_KEY.FACT_KEY).doUpdate()
                .set(CURATED_KEY.OUTCOME, "rejected").setNull(CURATED_KEY.FACT_ID).set(CURATED_KEY.EVENT_ID, event)
                .execute();
    }

    /** Keys merged or moved into a rejected row are rejected with it. */
    private void forgetTarget(String kind, long id, long event) {
        tx.update(CURATED_KEY).set(CURATED_KEY.OUTCOME, "rejected").setNull(CURATED_KEY.FACT_ID).set(CURATED_KEY.EVENT_ID, event)
                .where(CURATED_KEY.FACT_KIND.eq(kind)).and(CURATED_KEY.FACT_ID.eq(id)).execute();
    }

    static Field<String> reviewState(FactKind kind) {
        return switch (kind) {
            case MEETING -> MEETING.REVIEW_STATE;
            case PARTICIPATION -> PARTICIPATION.REVIEW_STATE;
            case COMMITMENT -> COMMITMENT.REVIEW_STATE;
            case PERSON -> throw new CurationException(null, "a person is reviewed through their participations, or corrected or merged");
            case ARTICLE -> throw new CurationException(null, "an article is marked reviewed or has its date corrected; it is not confirmed or rejected");
        };
    }
}
