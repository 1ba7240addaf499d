package org.dialogues.store;

import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.time.DatePrecision;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.OFFICE;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.dialogues.database.schema.Tables.PERSON_ALIAS;
import static org.dialogues.database.schema.Tables.SERIES_ALIAS;
import static org.dialogues.database.schema.Tables.SERIES_PARTY;

/**
 * Writes the facts of one article inside the caller's transaction, merging them with what other
 * articles said: the same meeting (by natural key) is one row with several sources, a planned
 * meeting reported as held becomes held, and a person is one row however the name is spelled.
 * Rows an archivist entered or corrected ({@code origin = 'manual'}) are never overwritten.
 *
 * <p>Round trips are what storing costs: reference rows come from {@link StoreLookups}, the people
 * of an article are looked up in one query, and every statement whose result nothing reads
 * (participations and commitments, found again by their keys; links to parties and topics,
 * evidence, aliases, offices) is sent in one batch at the end, in order. Only meetings (whose ids
 * the rest refer to) and new people are written one statement at a time.
 */
final class FactWriter {

    private final DSLContext tx;
    private final long articleId;
    private final StoreLookups lookups;
    /** Statements whose results nothing reads, sent together before the transaction ends. */
    private final List<Query> deferred = new ArrayList<>();
    /** Series of the meetings written: only their commitments can have become fulfilled. */
    private final Set<Long> seriesWritten = new HashSet<>();
    /** Person ids by name key, for the article's participants. */
    private Map<String, Long> persons = Map.of();

    FactWriter(DSLContext tx, long articleId, StoreLookups lookups) {
        this.tx = tx;
        this.articleId = articleId;
        this.lookups = lookups;
    }

    StoreResult.Imported write(Extraction extraction) {
        Map<String, Long> meetingIds = new HashMap<>();
        Map<String, MeetingFact> meetingsByKey = new HashMap<>();
        sameDayMeetings = sameDayMeetings(extraction.meetings());
        for (MeetingFact meeting : extraction.meetings()) {
            meetingIds.put(meeting.key(), writeMeeting(meeting));
            meetingsByKey.put(meeting.key(), meeting);
        }
        persons = knownPersons(extraction.participants());
        int participants = 0;
        for (ParticipantFact participant : extraction.participants()) {
            Long meetingId = meetingIds.get(participant.meetingKey());
            if (meetingId != null) {
                writeParticipant(meetingId, meetingsByKey.get(participant.meetingKey()), participant);
                participants++;
            }
        }
        int commitments = 0;
        for (CommitmentFact commitment : extraction.commitments()) {
            writeCommitment(commitment.meetingKey() == null ? null : meetingIds.get(commitment.meetingKey()), commitment);
            commitments++;
        }
        if (!deferred.isEmpty()) {
            tx.batch(deferred).execute();
        }
        new Fulfilment(tx).markFulfilled(seriesWritten);
        return new StoreResult.Imported(articleId, meetingIds.size(), participants, commitments);
    }

    // --- meetings ---------------------------------------------------------------------------

    /** Meetings of one article without a series that share parties and day: they are distinct. */
    private Set<String> sameDayMeetings = Set.of();

    private static Set<String> sameDayMeetings(List<MeetingFact> meetings) {
        Map<String, Long> counts = meetings.stream().filter(m -> m.series() == null)
                .collect(Collectors.groupingBy(FactWriter::partiesAndDate, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static String partiesAndDate(MeetingFact fact) {
        String date = switch (fact.precision()) {
            case DAY -> fact.startDate().toString();
            case MONTH -> fact.startDate().toString().substring(0, 7);
            case YEAR -> fact.startDate().toString().substring(0, 4);
            case UNKNOWN -> "undated";
        };
        return String.join(",", new TreeSet<>(fact.parties())) + "@" + date;
    }

    private long writeMeeting(MeetingFact fact) {
        Long seriesId = fact.series() == null ? null : seriesId(fact);
        Integer edition = seriesId == null ? null : fact.edition();
        String key = existingKey(seriesId, fact).orElseGet(() -> naturalKey(seriesId, edition, fact));
        String countryCode = knownParty(fact.countryCode());
        long id = tx.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, key)
                .set(MEETING.NAME, fact.name())
                .set(MEETING.SERIES_ID, seriesId)
                .set(MEETING.EDITION, edition)
                .set(MEETING.START_DATE, fact.startDate())
                .set(MEETING.END_DATE, fact.endDate())
                .set(MEETING.DATE_PRECISION, fact.precision().code())
                .set(MEETING.CITY, fact.city())
                .set(MEETING.COUNTRY_CODE, countryCode)
                .set(MEETING.STATUS, status(fact.status()))
                .set(MEETING.LEVEL_CODE, fact.levelCode())
                .onConflict(MEETING.NATURAL_KEY)
                .doUpdate()
                .set(MEETING.STATUS, mergedStatus())
                .set(MEETING.CITY, keepManual(MEETING.CITY, DSL.coalesce(MEETING.CITY, DSL.excluded(MEETING.CITY))))
                .set(MEETING.COUNTRY_CODE, keepManual(MEETING.COUNTRY_CODE, DSL.coalesce(MEETING.COUNTRY_CODE, DSL.excluded(MEETING.COUNTRY_CODE))))
                .set(MEETING.LEVEL_CODE, keepManual(MEETING.LEVEL_CODE, DSL.coalesce(MEETING.LEVEL_CODE, DSL.excluded(MEETING.LEVEL_CODE))))
                .set(MEETING.START_DATE, refined(MEETING.START_DATE, MEETING.START_DATE))
                .set(MEETING.END_DATE, refined(MEETING.END_DATE,
                        keepManual(MEETING.END_DATE, DSL.coalesce(MEETING.END_DATE, DSL.excluded(MEETING.END_DATE)))))
                .set(MEETING.DATE_PRECISION, refined(MEETING.DATE_PRECISION, MEETING.DATE_PRECISION))
                .set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                .returning(MEETING.ID)
                .fetchOne(MEETING.ID);
        if (seriesId != null) {
            seriesWritten.add(seriesId);
        }
        for (String party : fact.parties()) {
            if (knownParty(party) != null) {
                deferred.add(tx.insertInto(MEETING_PARTY).set(MEETING_PARTY.MEETING_ID, id).set(MEETING_PARTY.PARTY_CODE, party)
                        .onConflictDoNothing());
            }
        }
        for (String topic : fact.topics()) {
            if (lookups.knownTopic(topic)) {
                deferred.add(tx.insertInto(MEETING_TOPIC).set(MEETING_TOPIC.MEETING_ID, id).set(MEETING_TOPIC.TOPIC_CODE, topic)
                        .onConflictDoNothing());
            }
        }
        for (Evidence evidence : fact.evidence()) {
            deferred.add(tx.insertInto(MEETING_EVIDENCE)
                    .set(MEETING_EVIDENCE.MEETING_ID, id)
                    .set(MEETING_EVIDENCE.ARTICLE_ID, articleId)
                    .set(MEETING_EVIDENCE.SENTENCE_START, evidence.sentence().start())
                    .set(MEETING_EVIDENCE.SENTENCE_END, evidence.sentence().end())
                    .set(MEETING_EVIDENCE.ROLE, role(fact.role(), fact.status()))
                    .set(MEETING_EVIDENCE.CONFIDENCE, (float) evidence.confidence())
                    .onConflictDoNothing());
        }
        return id;
    }

    /**
     * A finer date from a later report replaces a coarser one (planned "next month" → held on the
     * 12th), unless the row was entered by hand; otherwise the column keeps {@code otherwise}.
     */
    private static <T> Field<T> refined(Field<T> column, Field<T> otherwise) {
        return DSL.when(MEETING.ORIGIN.eq("extracted").and(rank(MEETING.DATE_PRECISION).lt(rank(DSL.excluded(MEETING.DATE_PRECISION)))),
                DSL.excluded(column)).otherwise(otherwise);
    }

    private static Field<Integer> rank(Field<String> precision) {
        return DSL.when(precision.eq(DatePrecision.DAY.code()), precisionRank(DatePrecision.DAY))
                .when(precision.eq(DatePrecision.MONTH.code()), precisionRank(DatePrecision.MONTH))
                .when(precision.eq(DatePrecision.YEAR.code()), precisionRank(DatePrecision.YEAR))
                .otherwise(precisionRank(DatePrecision.UNKNOWN));
    }

    private static int precisionRank(DatePrecision precision) {
        return switch (precision) {
            case DAY -> 4;
            case MONTH -> 3;
            case YEAR -> 2;
            case UNKNOWN -> 1;
        };
    }

    private static <T> Field<T> keepManual(Field<T> field, Field<T> merged) {
        return DSL.when(MEETING.ORIGIN.eq("manual"), field).otherwise(merged);
    }

    /** held or cancelled news wins over an earlier announcement; a manual status is kept. */
    private static Field<String> mergedStatus() {
        return DSL.when(MEETING.ORIGIN.eq("manual"), MEETING.STATUS)
                .when(MEETING.STATUS.eq("planned"), DSL.excluded(MEETING.STATUS))
                .otherwise(MEETING.STATUS);
    }

    /** An earlier row of the same series this report refers to: same edition, or a date it falls in. */
    private java.util.Optional<String> existingKey(Long seriesId, MeetingFact fact) {
        if (seriesId == null || fact.edition() != null || fact.startDate() == null) {
            return java.util.Optional.empty();
        }
        LocalDate date = fact.startDate();
        return tx.select(MEETING.NATURAL_KEY).from(MEETING)
                .where(MEETING.SERIES_ID.eq(seriesId))
                .and(DSL.or(
                        MEETING.DATE_PRECISION.eq("day").and(MEETING.START_DATE.between(date.minusDays(2), date.plusDays(2))),
                        MEETING.DATE_PRECISION.eq("month").and(MEETING.START_DATE.eq(date.withDayOfMonth(1))),
                        MEETING.DATE_PRECISION.eq("year").and(MEETING.START_DATE.eq(date.withDayOfYear(1)))))
                .orderBy(MEETING.ID)
                .limit(1)
                .fetchOptional(MEETING.NATURAL_KEY);
    }

    private String naturalKey(Long seriesId, Integer edition, MeetingFact fact) {
        if (seriesId != null && edition != null) {
            return "series:" + seriesId + "#" + edition;
        }
        String partiesAndDate = partiesAndDate(fact);
        if (seriesId != null) {
            return "series:" + seriesId + "@" + partiesAndDate.substring(partiesAndDate.indexOf('@') + 1);
        }
        // Same parties on the same day is the same meeting, unless the article itself reports several;
        // coarser dates also need the name to agree.
        boolean byName = fact.precision() != DatePrecision.DAY || sameDayMeetings.contains(partiesAndDate);
        return "parties:" + partiesAndDate + (byName ? ":" + NameKeys.text(fact.name()) : "");
    }

    private long seriesId(MeetingFact fact) {
        String name = fact.series();
        java.util.Optional<Long> stored = lookups.series(name);
        if (stored.isPresent()) {
            return stored.get();
        }
        Long known = tx.select(SERIES_ALIAS.SERIES_ID).from(SERIES_ALIAS).where(DSL.lower(SERIES_ALIAS.ALIAS).eq(name.toLowerCase()))
                .union(DSL.select(DIALOGUE_SERIES.ID).from(DIALOGUE_SERIES).where(DSL.lower(DIALOGUE_SERIES.NAME).eq(name.toLowerCase())))
                .limit(1)
                .fetchOne(0, Long.class);
        if (known != null) {
            return known;
        }
        long id = tx.insertInto(DIALOGUE_SERIES)
                .set(DIALOGUE_SERIES.NAME, name)
                .set(DIALOGUE_SERIES.ACRONYM, fact.acronym())
                .set(DIALOGUE_SERIES.ORIGIN, "extracted")
                .onConflict(DIALOGUE_SERIES.NAME).doUpdate().set(DIALOGUE_SERIES.ACRONYM, DSL.coalesce(DIALOGUE_SERIES.ACRONYM, DSL.excluded(DIALOGUE_SERIES.ACRONYM)))
                .returning(DIALOGUE_SERIES.ID)
                .fetchOne(DIALOGUE_SERIES.ID);
        for (String party : fact.parties()) {
            if (knownParty(party) != null) {
                deferred.add(tx.insertInto(SERIES_PARTY).set(SERIES_PARTY.SERIES_ID, id).set(SERIES_PARTY.PARTY_CODE, party).onConflictDoNothing());
            }
        }
        return id;
    }

    // --- participants -----------------------------------------------------------------------

    private void writeParticipant(long meetingId, MeetingFact meeting, ParticipantFact fact) {
        long personId = personId(fact);
        Long organizationId = lookups.organizationId(fact.organization(), fact.countryCode());
        deferred.add(tx.insertInto(PARTICIPATION)
                .set(PARTICIPATION.MEETING_ID, meetingId)
                .set(PARTICIPATION.PERSON_ID, personId)
                .set(PARTICIPATION.TITLE, fact.title())
                .set(PARTICIPATION.ORGANIZATION_ID, organizationId)
                .set(PARTICIPATION.ORGANIZATION_NAME, fact.organization())
                .set(PARTICIPATION.COUNTRY_CODE, knownParty(fact.countryCode()))
                .set(PARTICIPATION.LEVEL_CODE, fact.levelCode())
                .onConflict(PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID)
                .doUpdate()
                .set(PARTICIPATION.TITLE, DSL.coalesce(PARTICIPATION.TITLE, DSL.excluded(PARTICIPATION.TITLE)))
                .set(PARTICIPATION.ORGANIZATION_NAME, DSL.coalesce(PARTICIPATION.ORGANIZATION_NAME, DSL.excluded(PARTICIPATION.ORGANIZATION_NAME)))
                .set(PARTICIPATION.ORGANIZATION_ID, DSL.coalesce(PARTICIPATION.ORGANIZATION_ID, DSL.excluded(PARTICIPATION.ORGANIZATION_ID)))
                .set(PARTICIPATION.COUNTRY_CODE, DSL.coalesce(PARTICIPATION.COUNTRY_CODE, DSL.excluded(PARTICIPATION.COUNTRY_CODE)))
                .set(PARTICIPATION.LEVEL_CODE, DSL.coalesce(PARTICIPATION.LEVEL_CODE, DSL.excluded(PARTICIPATION.LEVEL_CODE))));
        // the participation is found by its key, so nothing waits for its id
        for (Evidence evidence : fact.evidence()) {
            deferred.add(tx.insertInto(PARTICIPATION_EVIDENCE, PARTICIPATION_EVIDENCE.PARTICIPATION_ID, PARTICIPATION_EVIDENCE.ARTICLE_ID,
                            PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE)
                    .select(DSL.select(PARTICIPATION.ID, DSL.val(articleId), DSL.val(evidence.sentence().start()),
                                    DSL.val(evidence.sentence().end()), DSL.val((float) evidence.confidence()))
                            .from(PARTICIPATION)
                            .where(PARTICIPATION.MEETING_ID.eq(meetingId)).and(PARTICIPATION.PERSON_ID.eq(personId)))
                    .onConflictDoNothing());
        }
        recordOffice(personId, fact, meeting);
    }

    /** The ids of the people already stored under the participants' name keys, in one query. */
    private Map<String, Long> knownPersons(List<ParticipantFact> participants) {
        Set<String> keys = new LinkedHashSet<>();
        participants.forEach(p -> keys.add(NameKeys.person(p.name())));
        if (keys.isEmpty()) {
            return new HashMap<>();
        }
        return new HashMap<>(tx.select(PERSON_ALIAS.ALIAS_KEY, PERSON_ALIAS.PERSON_ID).from(PERSON_ALIAS)
                .where(PERSON_ALIAS.ALIAS_KEY.in(keys))
                .fetchMap(PERSON_ALIAS.ALIAS_KEY, PERSON_ALIAS.PERSON_ID));
    }

    private long personId(ParticipantFact fact) {
        String key = NameKeys.person(fact.name());
        Long aliased = persons.get(key);
        if (aliased != null) {
            return aliased;
        }
        long id = tx.insertInto(PERSON)
                .set(PERSON.NAME, fact.name())
                .set(PERSON.NAME_KEY, key)
                .set(PERSON.COUNTRY_CODE, knownParty(fact.countryCode()))
                .onConflict(PERSON.NAME_KEY).doUpdate()
                .set(PERSON.COUNTRY_CODE, DSL.coalesce(PERSON.COUNTRY_CODE, DSL.excluded(PERSON.COUNTRY_CODE)))
                .returning(PERSON.ID)
                .fetchOne(PERSON.ID);
        deferred.add(tx.insertInto(PERSON_ALIAS).set(PERSON_ALIAS.ALIAS_KEY, key).set(PERSON_ALIAS.PERSON_ID, id)
                .set(PERSON_ALIAS.ALIAS, fact.name()).onConflictDoNothing());
        persons.put(key, id);
        return id;
    }

    /** Who held which office when: first and last date seen in it, from dated meetings. */
    private void recordOffice(long personId, ParticipantFact fact, MeetingFact meeting) {
        String party = knownParty(fact.countryCode());
        if (party == null || fact.title() == null || fact.title().isBlank() || meeting.startDate() == null
                || meeting.status() != MeetingStatus.HELD) {
            return;
        }
        String title = fact.title().toLowerCase();
        LocalDate date = meeting.startDate();
        var extractedRow = OFFICE.PERSON_ID.eq(personId).and(OFFICE.PARTY_CODE.eq(party)).and(OFFICE.TITLE.eq(title))
                .and(OFFICE.ORIGIN.eq("extracted"));   // an archivist's dates stay as entered
        // widen the extracted row, or add one: two statements whose order does not matter, so both can wait for the batch
        deferred.add(tx.update(OFFICE)
                .set(OFFICE.VALID_FROM, DSL.least(OFFICE.VALID_FROM, DSL.val(date)))
                .set(OFFICE.VALID_TO, DSL.greatest(OFFICE.VALID_TO, DSL.val(date)))
                .where(extractedRow));
        deferred.add(tx.insertInto(OFFICE, OFFICE.PERSON_ID, OFFICE.PARTY_CODE, OFFICE.TITLE, OFFICE.VALID_FROM, OFFICE.VALID_TO, OFFICE.ORIGIN)
                .select(DSL.select(DSL.val(personId), DSL.val(party), DSL.val(title), DSL.val(date), DSL.val(date), DSL.val("extracted"))
                        .whereNotExists(DSL.selectOne().from(OFFICE).where(extractedRow))));
    }

    // --- commitments ------------------------------------------------------------------------

    private void writeCommitment(Long meetingId, CommitmentFact fact) {
        String scope = meetingId == null ? "article:" + articleId : "meeting:" + meetingId;
        String key = scope + "|" + fact.kind().code() + "|" + NameKeys.text(fact.text());
        deferred.add(tx.insertInto(COMMITMENT)
                .set(COMMITMENT.NATURAL_KEY, key)
                .set(COMMITMENT.MEETING_ID, meetingId)
                .set(COMMITMENT.KIND, fact.kind().code())
                .set(COMMITMENT.TEXT, fact.text())
                .onConflictDoNothing());
        // the commitment is found by its natural key, so nothing waits for its id
        for (String party : fact.parties()) {
            if (knownParty(party) != null) {
                deferred.add(tx.insertInto(COMMITMENT_PARTY, COMMITMENT_PARTY.COMMITMENT_ID, COMMITMENT_PARTY.PARTY_CODE)
                        .select(DSL.select(COMMITMENT.ID, DSL.val(party)).from(COMMITMENT).where(COMMITMENT.NATURAL_KEY.eq(key)))
                        .onConflictDoNothing());
            }
        }
        for (Evidence evidence : fact.evidence()) {
            deferred.add(tx.insertInto(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID, COMMITMENT_EVIDENCE.ARTICLE_ID,
                            COMMITMENT_EVIDENCE.SENTENCE_START, COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE)
                    .select(DSL.select(COMMITMENT.ID, DSL.val(articleId), DSL.val(evidence.sentence().start()),
                                    DSL.val(evidence.sentence().end()), DSL.val((float) evidence.confidence()))
                            .from(COMMITMENT).where(COMMITMENT.NATURAL_KEY.eq(key)))
                    .onConflictDoNothing());
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    /** The code when the party is in the reference data, else null (an unknown code is not invented). */
    private String knownParty(String code) {
        return lookups.knownParty(code);
    }

    private static String status(MeetingStatus status) {
        return status.name().toLowerCase();
    }

    private static String role(EvidenceRole role, MeetingStatus status) {
        if (role == EvidenceRole.BACKGROUND) {
            return "background";
        }
        return status == MeetingStatus.PLANNED || role == EvidenceRole.ANNOUNCEMENT ? "announcement" : "report";
    }
}
