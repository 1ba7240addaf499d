package org.dialogues.curation;

import org.dialogues.database.schema.tables.records.MeetingRecord;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.store.FactKeys;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.CURATED_KEY;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;

/**
 * Two meeting rows that are one meeting. The kept row gains the other's sources, parties, topics,
 * participants and commitments, and the fields it lacks; the other row goes, and its key leads to
 * the kept row from then on, so extraction that finds it again adds to the kept row.
 */
final class MeetingMerge {

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;

    MeetingMerge(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
    }

    void merge(FactRef keep, FactRef gone) {
        if (keep.kind() != FactKind.MEETING || gone.kind() != FactKind.MEETING) {
            throw new CurationException(null, "only meetings merge with meetings");
        }
        if (keep.id() == gone.id()) {
            throw new CurationException(null, "a meeting cannot be merged with itself");
        }
        // always lock the lower id first, so two merges of the same pair cannot deadlock
        rows.lock(keep.id() < gone.id() ? keep : gone);
        rows.lock(keep.id() < gone.id() ? gone : keep);
        JSONB before = JSONB.valueOf("{\"kept\": " + rows.snapshot(FactKind.MEETING, keep.id()).data()
                + ", \"merged\": " + rows.snapshot(FactKind.MEETING, gone.id()).data() + "}");
        long event = AuditTrail.record(tx, who, new AuditTrail.Entry("merge", FactKind.MEETING, keep.id(), gone.id(), null, before, null));
        MeetingRecord merged = tx.selectFrom(MEETING).where(MEETING.ID.eq(gone.id())).fetchOne();
        leadKeysTo(merged.getNaturalKey(), gone.id(), keep.id(), event);
        joinLinks(keep.id(), gone.id());
        joinParticipations(keep.id(), gone.id());
        joinCommitments(keep.id(), gone.id());
        tx.deleteFrom(MEETING).where(MEETING.ID.eq(gone.id())).execute();
        fillFrom(keep.id(), merged);
        rows.bumpVersion(FactKind.MEETING, keep.id());
        AuditTrail.complete(tx, event, rows.snapshot(FactKind.MEETING, keep.id()));
    }

    /** The merged row's key, and every key that led to it, now lead to the kept row. */
    private void leadKeysTo(String goneKey, long goneId, long keepId, long event) {
        tx.insertInto(CURATED_KEY)
                .set(CURATED_KEY.FACT_KIND, "meeting").set(CURATED_KEY.FACT_KEY, goneKey).set(CURATED_KEY.OUTCOME, "merged")
                .set(CURATED_KEY.FACT_ID, keepId).set(CURATED_KEY.EVENT_ID, event)
                .onConflict(CURATED_KEY.FACT_KIND, CURATED_KEY.FACT_KEY).doUpdate()
                .set(CURATED_KEY.OUTCOME, "merged").set(CURATED_KEY.FACT_ID, keepId).set(CURATED_KEY.EVENT_ID, event)
                .execute();
        tx.update(CURATED_KEY).set(CURATED_KEY.FACT_ID, keepId)
                .where(CURATED_KEY.FACT_KIND.eq("meeting")).and(CURATED_KEY.FACT_ID.eq(goneId)).execute();
        // decisions about the merged row's participants and commitments now concern the kept row's
        CuratedKeyRewrite.prefix(tx, FactKeys.meetingScope(goneId), FactKeys.meetingScope(keepId));
    }

    private void joinLinks(long keepId, long goneId) {
        tx.insertInto(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.ARTICLE_ID, MEETING_EVIDENCE.SENTENCE_START,
                        MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.ROLE, MEETING_EVIDENCE.CONFIDENCE)
                .select(DSL.select(DSL.val(keepId), MEETING_EVIDENCE.ARTICLE_ID, MEETING_EVIDENCE.SENTENCE_START,
                                MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.ROLE, MEETING_EVIDENCE.CONFIDENCE)
                        .from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        tx.insertInto(MEETING_PARTY, MEETING_PARTY.MEETING_ID, MEETING_PARTY.PARTY_CODE)
                .select(DSL.select(DSL.val(keepId), MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        tx.insertInto(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_CODE)
                .select(DSL.select(DSL.val(keepId), MEETING_TOPIC.TOPIC_CODE).from(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        tx.update(COMMITMENT).set(COMMITMENT.FULFILLED_BY_MEETING_ID, keepId).where(COMMITMENT.FULFILLED_BY_MEETING_ID.eq(goneId)).execute();
    }

    /** A person at both meetings keeps the kept row's participation, with the sources of both. */
    private void joinParticipations(long keepId, long goneId) {
        for (Record2<Long, Long> participation : tx.select(PARTICIPATION.ID, PARTICIPATION.PERSON_ID).from(PARTICIPATION)
                .where(PARTICIPATION.MEETING_ID.eq(goneId)).fetch()) {
            Long twin = tx.select(PARTICIPATION.ID).from(PARTICIPATION)
                    .where(PARTICIPATION.MEETING_ID.eq(keepId)).and(PARTICIPATION.PERSON_ID.eq(participation.value2()))
                    .fetchOne(PARTICIPATION.ID);
            if (twin == null) {
                tx.update(PARTICIPATION).set(PARTICIPATION.MEETING_ID, keepId).where(PARTICIPATION.ID.eq(participation.value1())).execute();
            } else {
                ParticipationActions.joinInto(tx, twin, participation.value1());
            }
        }
    }

    /** Commitments take the kept meeting's keys (the ones extraction will give them); the same commitment twice becomes one. */
    private void joinCommitments(long keepId, long goneId) {
        String goneScope = FactKeys.meetingScope(goneId);
        for (Record2<Long, String> commitment : tx.select(COMMITMENT.ID, COMMITMENT.NATURAL_KEY).from(COMMITMENT)
                .where(COMMITMENT.MEETING_ID.eq(goneId)).fetch()) {
            String key = commitment.value2().startsWith(goneScope)
                    ? FactKeys.meetingScope(keepId) + commitment.value2().substring(goneScope.length()) : commitment.value2();
            Long twin = tx.select(COMMITMENT.ID).from(COMMITMENT).where(COMMITMENT.NATURAL_KEY.eq(key))
                    .and(COMMITMENT.ID.ne(commitment.value1())).fetchOne(COMMITMENT.ID);
            if (twin == null) {
                tx.update(COMMITMENT).set(COMMITMENT.MEETING_ID, keepId).set(COMMITMENT.NATURAL_KEY, key)
                        .where(COMMITMENT.ID.eq(commitment.value1())).execute();
            } else {
                joinCommitment(twin, commitment.value1());
            }
        }
    }

    private void joinCommitment(long keepId, long goneId) {
        tx.insertInto(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID, COMMITMENT_EVIDENCE.ARTICLE_ID,
                        COMMITMENT_EVIDENCE.SENTENCE_START, COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE)
                .select(DSL.select(DSL.val(keepId), COMMITMENT_EVIDENCE.ARTICLE_ID, COMMITMENT_EVIDENCE.SENTENCE_START,
                                COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE)
                        .from(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        tx.insertInto(COMMITMENT_PARTY, COMMITMENT_PARTY.COMMITMENT_ID, COMMITMENT_PARTY.PARTY_CODE)
                .select(DSL.select(DSL.val(keepId), COMMITMENT_PARTY.PARTY_CODE).from(COMMITMENT_PARTY).where(COMMITMENT_PARTY.COMMITMENT_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        tx.deleteFrom(COMMITMENT).where(COMMITMENT.ID.eq(goneId)).execute();
    }

    /** What the kept row lacks comes from the merged one: place, level, series, a finer date. */
    private void fillFrom(long keepId, MeetingRecord merged) {
        MeetingRecord kept = tx.selectFrom(MEETING).where(MEETING.ID.eq(keepId)).fetchOne();
        if (kept.getCity() == null) {
            kept.setCity(merged.getCity());
        }
        if (kept.getCountryCode() == null) {
            kept.setCountryCode(merged.getCountryCode());
        }
        if (kept.getLevelCode() == null) {
            kept.setLevelCode(merged.getLevelCode());
        }
        if (kept.getSeriesId() == null && merged.getSeriesId() != null) {
            kept.setSeriesId(merged.getSeriesId());
            kept.setEdition(merged.getEdition());
        }
        if (finer(merged.getDatePrecision(), kept.getDatePrecision())) {
            kept.setStartDate(merged.getStartDate());
            kept.setEndDate(merged.getEndDate());
            kept.setDatePrecision(merged.getDatePrecision());
        }
        kept.setReviewState("corrected");
        kept.setUpdatedAt(java.time.OffsetDateTime.now());
        kept.store();
    }

    /** DatePrecision lists its values finest first: day, month, year, unknown. */
    private static boolean finer(String precision, String than) {
        return DatePrecision.ofCode(precision).compareTo(DatePrecision.ofCode(than)) < 0;
    }
}
