package org.dialogues.curation;

import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.database.schema.tables.records.MeetingRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;

/** Correcting, adding and splitting meetings (merging is {@link MeetingMerge}). */
final class MeetingActions {

    /** A meeting's fields once checked, in the form they are stored. */
    private record Checked(String name, LocalDate start, LocalDate end, DatePrecision precision, String city,
                           String countryCode, MeetingStatus status, String levelCode, Set<String> parties) {
    }

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;
    private final Checks checks;

    MeetingActions(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
        this.checks = new Checks(tx);
    }

    void correct(FactRef meeting, MeetingFields fields) {
        requireMeeting(meeting);
        rows.lock(meeting);
        Checked wanted = check(fields);
        MeetingRecord stored = tx.selectFrom(MEETING).where(MEETING.ID.eq(meeting.id())).fetchOne();
        List<String> changed = changedFields(stored, parties(meeting.id()), wanted);
        if (changed.isEmpty()) {
            new Reviews(tx, who).confirm(meeting);   // saved as it was: the archivist checked it
            return;
        }
        JSONB before = rows.snapshot(FactKind.MEETING, meeting.id());
        tx.update(MEETING)
                .set(columns(wanted))
                .set(MEETING.CORRECTED_FIELDS, Corrections.with(MEETING.CORRECTED_FIELDS, changed))
                .set(MEETING.REVIEW_STATE, "corrected")
                .set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEETING.ID.eq(meeting.id()))
                .execute();
        if (changed.contains("parties")) {
            replaceParties(meeting.id(), wanted.parties());
        }
        rows.bumpVersion(FactKind.MEETING, meeting.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("correct", FactKind.MEETING, meeting.id(), null, null, before,
                rows.snapshot(FactKind.MEETING, meeting.id())));
    }

    long add(SentenceRef where, MeetingFields fields) {
        SentenceRef sentence = checks.sentence(where);
        Checked wanted = check(fields);
        long id = tx.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, "manual:" + UUID.randomUUID())
                .set(columns(wanted))
                .set(MEETING.ORIGIN, "manual")
                .set(MEETING.REVIEW_STATE, "confirmed")
                .returning(MEETING.ID).fetchOne(MEETING.ID);
        replaceParties(id, wanted.parties());
        tx.insertInto(MEETING_EVIDENCE)
                .set(MEETING_EVIDENCE.MEETING_ID, id)
                .set(MEETING_EVIDENCE.ARTICLE_ID, sentence.articleId())
                .set(MEETING_EVIDENCE.SENTENCE_START, sentence.start())
                .set(MEETING_EVIDENCE.SENTENCE_END, sentence.end())
                .set(MEETING_EVIDENCE.ROLE, wanted.status() == MeetingStatus.PLANNED ? "announcement" : "report")
                .set(MEETING_EVIDENCE.CONFIDENCE, 1.0f)
                .execute();
        AuditTrail.record(tx, who, new AuditTrail.Entry("add", FactKind.MEETING, id, null, sentence.articleId(), null,
                rows.snapshot(FactKind.MEETING, id)));
        return id;
    }

    long split(FactRef meeting, Set<Long> participationIds, Set<Long> commitmentIds, List<SentenceRef> evidence, String newName) {
        requireMeeting(meeting);
        rows.lock(meeting);
        String name = Checks.required("name", newName, Checks.NAME_LIMIT);
        if (participationIds.isEmpty() && commitmentIds.isEmpty() && evidence.isEmpty()) {
            throw new CurationException(null, "choose the participants, commitments or sentences that belong to the other meeting");
        }
        requireOwn(meeting.id(), participationIds, commitmentIds, evidence);
        long split = copyMeeting(meeting.id(), name);
        long event = AuditTrail.record(tx, who, new AuditTrail.Entry("split", FactKind.MEETING, meeting.id(), split, null,
                rows.snapshot(FactKind.MEETING, meeting.id()), null));
        ParticipationActions participations = new ParticipationActions(tx, who);
        participationIds.forEach(id -> participations.relocate(id, split, event));
        commitmentIds.forEach(id -> CommitmentActions.relocate(tx, id, split));
        for (SentenceRef sentence : evidence) {
            tx.update(MEETING_EVIDENCE).set(MEETING_EVIDENCE.MEETING_ID, split)
                    .where(MEETING_EVIDENCE.MEETING_ID.eq(meeting.id())).and(MEETING_EVIDENCE.ARTICLE_ID.eq(sentence.articleId()))
                    .and(MEETING_EVIDENCE.SENTENCE_START.eq(sentence.start())).execute();
        }
        tx.update(MEETING).set(MEETING.REVIEW_STATE, "corrected").set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEETING.ID.eq(meeting.id())).execute();
        rows.bumpVersion(FactKind.MEETING, meeting.id());
        AuditTrail.complete(tx, event, rows.snapshot(FactKind.MEETING, meeting.id()));
        return split;
    }

    /** A new meeting like the given one (dates, place, parties, topics), under another name, for a split. */
    private long copyMeeting(long id, String name) {
        MeetingRecord source = tx.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        long copy = tx.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, "manual:" + UUID.randomUUID())
                .set(MEETING.NAME, name)
                .set(MEETING.SERIES_ID, source.getSeriesId())
                .set(MEETING.START_DATE, source.getStartDate())
                .set(MEETING.END_DATE, source.getEndDate())
                .set(MEETING.DATE_PRECISION, source.getDatePrecision())
                .set(MEETING.CITY, source.getCity())
                .set(MEETING.COUNTRY_CODE, source.getCountryCode())
                .set(MEETING.STATUS, source.getStatus())
                .set(MEETING.LEVEL_CODE, source.getLevelCode())
                .set(MEETING.ORIGIN, "manual")
                .set(MEETING.REVIEW_STATE, "confirmed")
                .returning(MEETING.ID).fetchOne(MEETING.ID);
        tx.insertInto(MEETING_PARTY, MEETING_PARTY.MEETING_ID, MEETING_PARTY.PARTY_CODE)
                .select(DSL.select(DSL.val(copy), MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(id))).execute();
        tx.insertInto(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_CODE)
                .select(DSL.select(DSL.val(copy), MEETING_TOPIC.TOPIC_CODE).from(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.eq(id))).execute();
        return copy;
    }

    /** A split moves only what is the meeting's own: a forged id is refused. */
    private void requireOwn(long meetingId, Set<Long> participationIds, Set<Long> commitmentIds, List<SentenceRef> evidence) {
        for (long id : participationIds) {
            if (!tx.fetchExists(PARTICIPATION, PARTICIPATION.ID.eq(id).and(PARTICIPATION.MEETING_ID.eq(meetingId)))) {
                throw new CurationException("participants", "participation " + id + " is not one of meeting " + meetingId + "'s");
            }
        }
        for (long id : commitmentIds) {
            if (!tx.fetchExists(COMMITMENT, COMMITMENT.ID.eq(id).and(COMMITMENT.MEETING_ID.eq(meetingId)))) {
                throw new CurationException("commitments", "commitment " + id + " is not one of meeting " + meetingId + "'s");
            }
        }
        for (SentenceRef sentence : evidence) {
            if (!tx.fetchExists(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID.eq(meetingId)
                    .and(MEETING_EVIDENCE.ARTICLE_ID.eq(sentence.articleId())).and(MEETING_EVIDENCE.SENTENCE_START.eq(sentence.start())))) {
                throw new CurationException("sentences", "the sentence at " + sentence.start() + " of article " + sentence.articleId()
                        + " is not a source of meeting " + meetingId);
            }
        }
    }

    private Checked check(MeetingFields fields) {
        String name = Checks.required("name", fields.name(), Checks.NAME_LIMIT);
        LocalDate start = Checks.start(fields);
        LocalDate end = start == null ? null : Checks.end(fields, start);
        String city = Checks.optional("city", fields.city(), Checks.SHORT_LIMIT);
        String country = checks.party("country", fields.countryCode());
        if (fields.status() == null) {
            throw new CurationException("status", "choose held, planned or cancelled");
        }
        String level = checks.level("level", fields.levelCode());
        Set<String> parties = checks.parties("parties", fields.parties(), true);
        return new Checked(name, start, end, fields.precision(), city, country, fields.status(), level, parties);
    }

    /** The checked fields as the columns they are stored in. */
    private static Map<Field<?>, Object> columns(Checked wanted) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(MEETING.NAME, wanted.name());
        columns.put(MEETING.START_DATE, wanted.start());
        columns.put(MEETING.END_DATE, wanted.end());
        columns.put(MEETING.DATE_PRECISION, wanted.precision().code());
        columns.put(MEETING.CITY, wanted.city());
        columns.put(MEETING.COUNTRY_CODE, wanted.countryCode());
        columns.put(MEETING.STATUS, wanted.status().code());
        columns.put(MEETING.LEVEL_CODE, wanted.levelCode());
        return columns;
    }

    private static List<String> changedFields(MeetingRecord stored, Set<String> storedParties, Checked wanted) {
        List<String> changed = new ArrayList<>();
        if (!stored.getName().equals(wanted.name())) {
            changed.add("name");
        }
        if (!Objects.equals(stored.getStartDate(), wanted.start()) || !Objects.equals(stored.getEndDate(), wanted.end())
                || !stored.getDatePrecision().equals(wanted.precision().code())) {
            changed.add("dates");
        }
        if (!Objects.equals(stored.getCity(), wanted.city())) {
            changed.add("city");
        }
        if (!Objects.equals(stored.getCountryCode(), wanted.countryCode())) {
            changed.add("country_code");
        }
        if (!stored.getStatus().equals(wanted.status().code())) {
            changed.add("status");
        }
        if (!Objects.equals(stored.getLevelCode(), wanted.levelCode())) {
            changed.add("level_code");
        }
        if (!storedParties.equals(wanted.parties())) {
            changed.add("parties");
        }
        return changed;
    }

    private Set<String> parties(long meetingId) {
        return new TreeSet<>(tx.select(MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(meetingId))
                .fetch(MEETING_PARTY.PARTY_CODE));
    }

    private void replaceParties(long meetingId, Set<String> parties) {
        tx.deleteFrom(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(meetingId)).execute();
        for (String party : parties) {
            tx.insertInto(MEETING_PARTY).set(MEETING_PARTY.MEETING_ID, meetingId).set(MEETING_PARTY.PARTY_CODE, party).execute();
        }
    }

    private static void requireMeeting(FactRef fact) {
        if (fact.kind() != FactKind.MEETING) {
            throw new CurationException(null, "not a meeting: " + fact.kind().code() + " " + fact.id());
        }
    }
}
