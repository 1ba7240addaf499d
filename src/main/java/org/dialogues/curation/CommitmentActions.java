package org.dialogues.curation;

import org.dialogues.store.FactKeys;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;

/**
 * Correcting, adding and moving commitments. A commitment keeps the key extraction gave it, whatever
 * is corrected: extraction that finds it again finds this row and leaves it as the archivist left it.
 */
final class CommitmentActions {

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;
    private final Checks checks;

    CommitmentActions(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
        this.checks = new Checks(tx);
    }

    void correct(FactRef commitment, CommitmentFields fields) {
        require(commitment);
        rows.lock(commitment);
        String text = Checks.required("text", fields.text(), Checks.TEXT_LIMIT);
        if (fields.kind() == null) {
            throw new CurationException("kind", "choose agree, reaffirm, pledge, plan or decide");
        }
        Set<String> parties = checks.parties("parties", fields.parties(), false);
        var stored = tx.selectFrom(COMMITMENT).where(COMMITMENT.ID.eq(commitment.id())).fetchOne();
        List<String> changed = new ArrayList<>();
        if (!stored.getKind().equals(fields.kind().code())) {
            changed.add("kind");
        }
        if (!stored.getText().equals(text)) {
            changed.add("text");
        }
        if (!parties(commitment.id()).equals(parties)) {
            changed.add("parties");
        }
        if (changed.isEmpty()) {
            new Reviews(tx, who).confirm(commitment);
            return;
        }
        JSONB before = rows.snapshot(FactKind.COMMITMENT, commitment.id());
        tx.update(COMMITMENT)
                .set(COMMITMENT.KIND, fields.kind().code())
                .set(COMMITMENT.TEXT, text)
                .set(COMMITMENT.CORRECTED_FIELDS, Corrections.with(COMMITMENT.CORRECTED_FIELDS, changed))
                .set(COMMITMENT.REVIEW_STATE, "corrected")
                .where(COMMITMENT.ID.eq(commitment.id())).execute();
        replaceParties(commitment.id(), parties);
        rows.bumpVersion(FactKind.COMMITMENT, commitment.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("correct", FactKind.COMMITMENT, commitment.id(), null, null, before,
                rows.snapshot(FactKind.COMMITMENT, commitment.id())));
    }

    long add(long meetingId, SentenceRef where, CommitmentFields fields) {
        rows.requireExists(FactKind.MEETING, meetingId);
        SentenceRef sentence = checks.sentence(where);
        String text = Checks.required("text", fields.text(), Checks.TEXT_LIMIT);
        if (fields.kind() == null) {
            throw new CurationException("kind", "choose agree, reaffirm, pledge, plan or decide");
        }
        Set<String> parties = checks.parties("parties", fields.parties(), false);
        // the key extraction would give it, so that finding it later adds to this row instead of repeating it
        String key = FactKeys.commitment(meetingId, fields.kind().code(), text);
        Long existing = tx.select(COMMITMENT.ID).from(COMMITMENT).where(COMMITMENT.NATURAL_KEY.eq(key)).fetchOne(COMMITMENT.ID);
        if (existing != null) {
            throw new CurationException("text", "meeting " + meetingId + " already has this commitment (" + existing + ")");
        }
        long id = tx.insertInto(COMMITMENT)
                .set(COMMITMENT.NATURAL_KEY, key)
                .set(COMMITMENT.MEETING_ID, meetingId)
                .set(COMMITMENT.KIND, fields.kind().code())
                .set(COMMITMENT.TEXT, text)
                .set(COMMITMENT.ORIGIN, "manual")
                .set(COMMITMENT.REVIEW_STATE, "confirmed")
                .returning(COMMITMENT.ID).fetchOne(COMMITMENT.ID);
        replaceParties(id, parties);
        tx.insertInto(COMMITMENT_EVIDENCE)
                .set(COMMITMENT_EVIDENCE.COMMITMENT_ID, id)
                .set(COMMITMENT_EVIDENCE.ARTICLE_ID, sentence.articleId())
                .set(COMMITMENT_EVIDENCE.SENTENCE_START, sentence.start())
                .set(COMMITMENT_EVIDENCE.SENTENCE_END, sentence.end())
                .set(COMMITMENT_EVIDENCE.CONFIDENCE, 1.0f)
                .execute();
        AuditTrail.record(tx, who, new AuditTrail.Entry("add", FactKind.COMMITMENT, id, meetingId, sentence.articleId(), null,
                rows.snapshot(FactKind.COMMITMENT, id)));
        return id;
    }

    void move(FactRef commitment, long toMeetingId) {
        require(commitment);
        rows.requireExists(FactKind.MEETING, toMeetingId);
        rows.lock(commitment);
        Long current = tx.select(COMMITMENT.MEETING_ID).from(COMMITMENT).where(COMMITMENT.ID.eq(commitment.id())).fetchOne(COMMITMENT.MEETING_ID);
        if (current != null && current == toMeetingId) {
            throw new CurationException("meeting", "the commitment is already in meeting " + toMeetingId);
        }
        JSONB before = rows.snapshot(FactKind.COMMITMENT, commitment.id());
        relocate(tx, commitment.id(), toMeetingId);
        rows.bumpVersion(FactKind.COMMITMENT, commitment.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("move", FactKind.COMMITMENT, commitment.id(), toMeetingId, null, before,
                rows.snapshot(FactKind.COMMITMENT, commitment.id())));
    }

    /** The commitment belongs to another meeting; its key, sources and parties stay. */
    static void relocate(DSLContext tx, long commitmentId, long toMeetingId) {
        tx.update(COMMITMENT)
                .set(COMMITMENT.MEETING_ID, toMeetingId)
                .set(COMMITMENT.CORRECTED_FIELDS, Corrections.with(COMMITMENT.CORRECTED_FIELDS, List.of("meeting")))
                .set(COMMITMENT.REVIEW_STATE, "corrected")
                // a commitment to meet is fulfilled by a meeting of its own series: moved, that is to be seen again
                .set(COMMITMENT.STATUS, DSL.when(COMMITMENT.STATUS.eq("fulfilled"), DSL.val("open")).otherwise(COMMITMENT.STATUS))
                .setNull(COMMITMENT.FULFILLED_BY_MEETING_ID)
                .where(COMMITMENT.ID.eq(commitmentId)).execute();
    }

    private Set<String> parties(long commitmentId) {
        return new TreeSet<>(tx.select(COMMITMENT_PARTY.PARTY_CODE).from(COMMITMENT_PARTY)
                .where(COMMITMENT_PARTY.COMMITMENT_ID.eq(commitmentId)).fetch(COMMITMENT_PARTY.PARTY_CODE));
    }

    private void replaceParties(long commitmentId, Set<String> parties) {
        tx.deleteFrom(COMMITMENT_PARTY).where(COMMITMENT_PARTY.COMMITMENT_ID.eq(commitmentId)).execute();
        for (String party : parties) {
            tx.insertInto(COMMITMENT_PARTY).set(COMMITMENT_PARTY.COMMITMENT_ID, commitmentId).set(COMMITMENT_PARTY.PARTY_CODE, party).execute();
        }
    }

    private static void require(FactRef fact) {
        if (fact.kind() != FactKind.COMMITMENT) {
            throw new CurationException(null, "not a commitment: " + fact.kind().code() + " " + fact.id());
        }
    }
}
