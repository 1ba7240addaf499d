package org.dialogues.store;

import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.time.DatePrecision;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Rows an archivist added ({@code origin = 'manual'}) and fields an archivist set
 * ({@code corrected_fields}) are never overwritten; what was rejected, merged or moved is looked up
 * in {@code curated_key} ({@link CuratedKeys}).
 *
 * <p>Round trips and statements are what storing costs (the server plans and starts every
 * statement, and fires its triggers): reference rows come from {@link StoreLookups}; what
 * archivists curated about the meetings and the people already known are read in one query; the
 * article's meetings are upserted in one multi-row statement (whose ids the rest refer to), its new
 * people in another; what archivists curated about its participations and commitments is read in
 * one query; and everything whose result nothing reads (participations and commitments, found
 * again by their keys; links to parties and topics, evidence, aliases, offices) is one multi-row
 * statement per table ({@link MultiRow}), all sent in one batch at the end, whose last statement is
 * the fulfilment of commitments to meet again.
 */
final class FactWriter {

    private final DSLContext tx;
    private final long articleId;
    private final StoreLookups lookups;
    /** Statements of the article's own rows (annotation, digest), sent at the head of the batch. */
    private final List<Query> deferred = new ArrayList<>();
    /** Rows whose statements nothing reads, one multi-row statement per table, sent in one batch at the end. */
    private final MultiRow seriesParties = new MultiRow("u", SERIES_PARTY.SERIES_ID, SERIES_PARTY.PARTY_CODE);
    private final MultiRow meetingParties = new MultiRow("u", MEETING_PARTY.MEETING_ID, MEETING_PARTY.PARTY_CODE);
    private final MultiRow meetingTopics = new MultiRow("u", MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_CODE);
    private final MultiRow meetingEvidence = new MultiRow("u", MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.SENTENCE_START,
            MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.ROLE, MEETING_EVIDENCE.CONFIDENCE);
    private final MultiRow aliases = new MultiRow("u", PERSON_ALIAS.ALIAS_KEY, PERSON_ALIAS.PERSON_ID, PERSON_ALIAS.ALIAS);
    /** Participations by key: two facts of the article about one participation are one row of the statement. */
    private final Map<String, ParticipationRow> participations = new LinkedHashMap<>();
    /** Evidence of participations found by their key (meeting and person). */
    private final MultiRow participationEvidence = new MultiRow("u", PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID,
            PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE);
    /** Evidence of participations an archivist moved, found by id. */
    private final MultiRow movedEvidence = new MultiRow("u", PARTICIPATION_EVIDENCE.PARTICIPATION_ID,
            PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE);
    /** Offices by person, party and title, widened to every date the article shows them in. */
    private final Map<List<Object>, OfficeRow> offices = new LinkedHashMap<>();
    private final MultiRow commitmentRows = new MultiRow("u", COMMITMENT.NATURAL_KEY, COMMITMENT.MEETING_ID, COMMITMENT.KIND, COMMITMENT.TEXT);
    private final MultiRow commitmentParties = new MultiRow("u", COMMITMENT.NATURAL_KEY, COMMITMENT_PARTY.PARTY_CODE);
    private final MultiRow commitmentEvidence = new MultiRow("u", COMMITMENT.NATURAL_KEY, COMMITMENT_EVIDENCE.SENTENCE_START,
            COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE);
    /** Series of the meetings written: only their commitments can have become fulfilled. */
    private final Set<Long> seriesWritten = new HashSet<>();
    /** Keys of the meetings and participations upserted so far for this article. */
    private final Set<String> upsertedKeys = new HashSet<>();
    /** Person ids by name key, for the article's participants. */
    private Map<String, Long> persons = Map.of();

    /** What the article supported before this extraction (nothing for a new article). */
    private final Support.Withdrawn withdrawn;

    FactWriter(DSLContext tx, long articleId, StoreLookups lookups, Support.Withdrawn withdrawn) {
        this(tx, articleId, lookups, withdrawn, List.of());
    }

    /** A writer that sends {@code first} (statements of the article's own rows, read by nothing) at the head of its batch. */
    FactWriter(DSLContext tx, long articleId, StoreLookups lookups, Support.Withdrawn withdrawn, List<Query> first) {
        this.tx = tx;
        this.articleId = articleId;
        this.lookups = lookups;
        this.withdrawn = withdrawn;
        deferred.addAll(first);
    }

    StoreResult.Imported write(Extraction extraction) {
        Map<String, Long> meetingIds = new HashMap<>();
        Map<String, MeetingFact> meetingsByKey = new HashMap<>();
        sameDayMeetings = sameDayMeetings(extraction.meetings());
        Map<MeetingFact, StoredKey> keys = new LinkedHashMap<>();
        extraction.meetings().forEach(meeting -> keys.put(meeting, storedKey(meeting)));
        keepRowsWhoseKeysChanged(keys);
        CuratedKeys curatedMeetings = curatedMeetingsAndKnownPersons(keys.values().stream().map(StoredKey::key).toList(), extraction.participants());
        Set<String> rejectedMeetings = new HashSet<>();
        Map<MeetingFact, StoredKey> toUpsert = new LinkedHashMap<>();
        keys.forEach((meeting, stored) -> {
            if (curatedMeetings.outcome("meeting", stored.key()) instanceof CuratedKeys.AsExtracted) {
                toUpsert.put(meeting, stored);
            }
        });
        Map<String, Long> upserted = upsertMeetings(toUpsert);
        for (Map.Entry<MeetingFact, StoredKey> entry : keys.entrySet()) {
            MeetingFact meeting = entry.getKey();
            CuratedKeys.Outcome outcome = curatedMeetings.outcome("meeting", entry.getValue().key());
            if (outcome instanceof CuratedKeys.Rejected) {
                rejectedMeetings.add(meeting.key());
                continue;
            }
            long id = outcome instanceof CuratedKeys.LeadsTo leadsTo ? leadsTo.id() : upserted.get(entry.getValue().key());
            writeMeetingLinks(id, meeting);
            meetingIds.put(meeting.key(), id);
            meetingsByKey.put(meeting.key(), meeting);
        }
        List<PlannedParticipant> plannedParticipants = planParticipants(extraction.participants(), meetingIds);
        List<PlannedCommitment> plannedCommitments = planCommitments(extraction.commitments(), meetingIds, rejectedMeetings);
        CuratedKeys curated = CuratedKeys.of(tx, Map.of(
                "participation", plannedParticipants.stream().map(PlannedParticipant::key).toList(),
                "commitment", plannedCommitments.stream().map(PlannedCommitment::key).toList()));
        int participants = writeParticipants(plannedParticipants, curated, meetingsByKey);
        int commitments = writeCommitments(plannedCommitments, curated);
        List<Query> batch = new ArrayList<>(deferred);
        batch.addAll(multiRowStatements());
        // last, once the commitments are in: its count is not read, so it rides in the batch
        Fulfilment.query(tx, seriesWritten).ifPresent(batch::add);
        if (!batch.isEmpty()) {
            tx.batch(batch).execute();
        }
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

    /** Where a meeting is stored: its series (null for none), edition and natural key. */
    private record StoredKey(Long seriesId, Integer edition, String key) {
    }

    private StoredKey storedKey(MeetingFact fact) {
        Long seriesId = fact.series() == null ? null : seriesId(fact);
        Integer edition = seriesId == null ? null : fact.edition();
        String key = existingKey(seriesId, fact).orElseGet(() -> naturalKey(seriesId, edition, fact));
        return new StoredKey(seriesId, edition, key);
    }

    /**
     * A meeting re-extracted under another key (a rule or the reference data now reads its date or
     * series differently) is still the same meeting when the same sentence of the article shows it:
     * the row the article alone supported takes the new key, so that it keeps its id.
     */
    private void keepRowsWhoseKeysChanged(Map<MeetingFact, StoredKey> keys) {
        Set<String> newKeys = keys.values().stream().map(StoredKey::key).collect(Collectors.toSet());
        // usually every withdrawn meeting is found again under its own key, and nothing is asked of the database
        Set<Long> notFoundAgain = withdrawn.meetings().entrySet().stream()
                .filter(e -> !newKeys.contains(e.getValue().key())).map(Map.Entry::getKey).collect(Collectors.toSet());
        if (notFoundAgain.isEmpty()) {
            return;
        }
        Map<Long, String> orphans = tx.select(MEETING.ID, MEETING.NATURAL_KEY).from(MEETING)
                .where(MEETING.ID.in(notFoundAgain))
                .andNotExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)))
                .fetchMap(MEETING.ID, MEETING.NATURAL_KEY);
        for (Map.Entry<MeetingFact, StoredKey> entry : keys.entrySet()) {
            if (orphans.isEmpty()) {
                return;
            }
            if (orphans.containsValue(entry.getValue().key())) {
                continue;
            }
            Set<Integer> sentences = entry.getKey().evidence().stream().map(e -> e.sentence().start()).collect(Collectors.toSet());
            orphans.keySet().stream()
                    .filter(id -> withdrawn.meetings().get(id).sentences().stream().anyMatch(sentences::contains))
                    .findFirst()
                    .ifPresent(id -> {
                        rekey(id, entry.getValue());
                        orphans.remove(id);
                    });
        }
    }

    /** Gives the row the new key, series and edition, unless another row already has them (then the row is pruned). */
    private void rekey(long id, StoredKey stored) {
        var other = MEETING.as("other");
        tx.update(MEETING)
                .set(MEETING.NATURAL_KEY, stored.key())
                .set(MEETING.SERIES_ID, stored.seriesId())
                .set(MEETING.EDITION, stored.edition())
                .where(MEETING.ID.eq(id))
                .andNotExists(DSL.selectOne().from(other).where(other.NATURAL_KEY.eq(stored.key())
                        .or(stored.edition() == null ? DSL.falseCondition()
                                : other.SERIES_ID.eq(stored.seriesId()).and(other.EDITION.eq(stored.edition())))))
                .execute();
    }

    /**
     * Inserts the meetings or merges each with the row of the same key; returns their ids by key. A
     * row the article alone supported (its evidence was just withdrawn) takes the new values; fields
     * an archivist set never change. The first fact under each key goes in one multi-row upsert; a
     * second fact of the article under the same key then merges with what the first wrote (its
     * evidence is not written yet), one statement each, as before (an upsert cannot touch a row twice).
     */
    private Map<String, Long> upsertMeetings(Map<MeetingFact, StoredKey> meetings) {
        Map<String, Long> ids = new HashMap<>();
        MultiRow first = meetingRows();
        List<Map.Entry<MeetingFact, StoredKey>> again = new ArrayList<>();
        for (Map.Entry<MeetingFact, StoredKey> entry : meetings.entrySet()) {
            if (upsertedKeys.add(entry.getValue().key())) {
                addMeetingRow(first, entry.getKey(), entry.getValue());
            } else {
                again.add(entry);
            }
            if (entry.getValue().seriesId() != null) {
                seriesWritten.add(entry.getValue().seriesId());
            }
        }
        if (!first.isEmpty()) {
            Condition fresh = DSL.notExists(DSL.selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)));
            upsertMeetingRows(first, fresh).forEach(r -> ids.put(r.value2(), r.value1()));
        }
        for (Map.Entry<MeetingFact, StoredKey> entry : again) {
            MultiRow one = meetingRows();
            addMeetingRow(one, entry.getKey(), entry.getValue());
            upsertMeetingRows(one, DSL.falseCondition()).forEach(r -> ids.put(r.value2(), r.value1()));
        }
        return ids;
    }

    private static MultiRow meetingRows() {
        return new MultiRow("u", MEETING.NATURAL_KEY, MEETING.NAME, MEETING.SERIES_ID, MEETING.EDITION, MEETING.START_DATE, MEETING.END_DATE,
                MEETING.DATE_PRECISION, MEETING.CITY, MEETING.COUNTRY_CODE, MEETING.STATUS, MEETING.LEVEL_CODE);
    }

    private void addMeetingRow(MultiRow rows, MeetingFact fact, StoredKey stored) {
        rows.add(stored.key(), fact.name(), stored.seriesId(), stored.edition(), fact.startDate(), fact.endDate(), fact.precision().code(),
                fact.city(), knownParty(fact.countryCode()), status(fact.status()), fact.levelCode());
    }

    /** The upsert of the rows; {@code fresh} tells a row the article alone supported. */
    private org.jooq.Result<org.jooq.Record2<Long, String>> upsertMeetingRows(MultiRow u, Condition fresh) {
        return tx.insertInto(MEETING, MEETING.NATURAL_KEY, MEETING.NAME, MEETING.SERIES_ID, MEETING.EDITION, MEETING.START_DATE, MEETING.END_DATE,
                        MEETING.DATE_PRECISION, MEETING.CITY, MEETING.COUNTRY_CODE, MEETING.STATUS, MEETING.LEVEL_CODE)
                .select(DSL.select(u.column(MEETING.NATURAL_KEY), u.column(MEETING.NAME), u.column(MEETING.SERIES_ID), u.column(MEETING.EDITION),
                                u.column(MEETING.START_DATE), u.column(MEETING.END_DATE), u.column(MEETING.DATE_PRECISION), u.column(MEETING.CITY),
                                u.column(MEETING.COUNTRY_CODE), u.column(MEETING.STATUS), u.column(MEETING.LEVEL_CODE))
                        .from(u.table()))
                .onConflict(MEETING.NATURAL_KEY)
                .doUpdate()
                .set(MEETING.NAME, meetingField("name", fresh, MEETING.NAME, MEETING.NAME))
                .set(MEETING.STATUS, meetingField("status", fresh, MEETING.STATUS, mergedStatus()))
                .set(MEETING.CITY, meetingField("city", fresh, MEETING.CITY, DSL.coalesce(MEETING.CITY, DSL.excluded(MEETING.CITY))))
                .set(MEETING.COUNTRY_CODE, meetingField("country_code", fresh, MEETING.COUNTRY_CODE, DSL.coalesce(MEETING.COUNTRY_CODE, DSL.excluded(MEETING.COUNTRY_CODE))))
                .set(MEETING.LEVEL_CODE, meetingField("level_code", fresh, MEETING.LEVEL_CODE, DSL.coalesce(MEETING.LEVEL_CODE, DSL.excluded(MEETING.LEVEL_CODE))))
                .set(MEETING.START_DATE, meetingField("dates", fresh, MEETING.START_DATE, refined(MEETING.START_DATE, MEETING.START_DATE)))
                .set(MEETING.END_DATE, meetingField("dates", fresh, MEETING.END_DATE, refined(MEETING.END_DATE, mergedEndDate())))
                .set(MEETING.DATE_PRECISION, meetingField("dates", fresh, MEETING.DATE_PRECISION, refined(MEETING.DATE_PRECISION, MEETING.DATE_PRECISION)))
                .set(MEETING.UPDATED_AT, DSL.currentOffsetDateTime())
                .returningResult(MEETING.ID, MEETING.NATURAL_KEY)
                .fetch();
    }

    /** Parties (unless an archivist set them), topics and the article's evidence of a stored meeting. */
    private void writeMeetingLinks(long id, MeetingFact fact) {
        for (String party : fact.parties()) {
            if (knownParty(party) != null) {
                meetingParties.add(id, party);
            }
        }
        for (String topic : fact.topics()) {
            if (lookups.knownTopic(topic)) {
                meetingTopics.add(id, topic);
            }
        }
        for (Evidence evidence : fact.evidence()) {
            meetingEvidence.add(id, evidence.sentence().start(), evidence.sentence().end(), role(fact.role(), fact.status()),
                    (float) evidence.confidence());
        }
    }

    /**
     * A meeting column on conflict: kept when an archivist added the row or set the field; the new
     * value when the row is {@code fresh} (no other article supports it); otherwise {@code merged}.
     */
    private static <T> Field<T> meetingField(String name, Condition fresh, Field<T> column, Field<T> merged) {
        return DSL.when(MEETING.ORIGIN.eq("manual").or(corrected(MEETING.CORRECTED_FIELDS, name)), column)
                .when(fresh, DSL.excluded(column))
                .otherwise(merged);
    }

    /** Whether an archivist set the field (its name is in the row's corrected_fields). */
    static Condition corrected(Field<String[]> correctedFields, String name) {
        return DSL.val(name).eq(DSL.any(correctedFields));
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

    /**
     * A merged row keeps its start date, so it takes another report's end date only when that end
     * is not before the start: reports arrive in any order, and {@code meeting_dates_ordered} must hold.
     */
    private static Field<LocalDate> mergedEndDate() {
        Field<LocalDate> reported = DSL.excluded(MEETING.END_DATE);
        return DSL.coalesce(MEETING.END_DATE, DSL.when(MEETING.START_DATE.isNull().or(reported.ge(MEETING.START_DATE)), reported));
    }

    /** held or cancelled news wins over an earlier announcement. */
    private static Field<String> mergedStatus() {
        return DSL.when(MEETING.STATUS.eq("planned"), DSL.excluded(MEETING.STATUS)).otherwise(MEETING.STATUS);
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
                seriesParties.add(id, party);
            }
        }
        return id;
    }

    // --- participants -----------------------------------------------------------------------

    /** A participant of a stored meeting, with the ids and the key it is stored under. */
    private record PlannedParticipant(ParticipantFact fact, long meetingId, long personId, String key) {
    }

    /** The participants of stored meetings, with their people found or added. */
    private List<PlannedParticipant> planParticipants(List<ParticipantFact> participants, Map<String, Long> meetingIds) {
        List<ParticipantFact> ofStoredMeetings = participants.stream().filter(p -> meetingIds.containsKey(p.meetingKey())).toList();
        addPersons(ofStoredMeetings);
        List<PlannedParticipant> planned = new ArrayList<>();
        for (ParticipantFact participant : ofStoredMeetings) {
            Long meetingId = meetingIds.get(participant.meetingKey());
            if (meetingId != null) {
                long personId = persons.get(NameKeys.person(participant.name()));
                planned.add(new PlannedParticipant(participant, meetingId, personId, FactKeys.participation(meetingId, personId)));
            }
        }
        return planned;
    }

    /** The participants, but those an archivist rejected or moved (their evidence follows the move). */
    private int writeParticipants(List<PlannedParticipant> planned, CuratedKeys curated, Map<String, MeetingFact> meetings) {
        int written = 0;
        for (PlannedParticipant p : planned) {
            CuratedKeys.Outcome outcome = curated.outcome("participation", p.key());
            if (outcome instanceof CuratedKeys.Rejected) {
                continue;
            }
            if (outcome instanceof CuratedKeys.LeadsTo moved) {
                p.fact().evidence().forEach(evidence -> movedEvidence.add(moved.id(), evidence.sentence().start(),
                        evidence.sentence().end(), (float) evidence.confidence()));
            } else {
                writeParticipant(p.meetingId(), p.personId(), p.fact());
            }
            recordOffice(p.personId(), p.fact(), meetings.get(p.fact().meetingKey()));
            written++;
        }
        return written;
    }

    private void writeParticipant(long meetingId, long personId, ParticipantFact fact) {
        ParticipationRow row = new ParticipationRow(meetingId, personId, fact.title(),
                lookups.organizationId(fact.organization(), fact.countryCode()), fact.organization(),
                knownParty(fact.countryCode()), fact.levelCode());
        participations.merge(FactKeys.participation(meetingId, personId), row, ParticipationRow::orElse);
        // the participation is found by its key, so nothing waits for its id
        fact.evidence().forEach(evidence -> participationEvidence.add(meetingId, personId, evidence.sentence().start(),
                evidence.sentence().end(), (float) evidence.confidence()));
    }

    /**
     * One participation's values. A second fact of the article about the same participation fills
     * only what the first left empty, as its upsert did when each fact was a statement of its own.
     */
    private record ParticipationRow(long meetingId, long personId, String title, Long organizationId, String organizationName,
                                    String countryCode, String levelCode) {

        ParticipationRow orElse(ParticipationRow later) {
            return new ParticipationRow(meetingId, personId, first(title, later.title), first(organizationId, later.organizationId),
                    first(organizationName, later.organizationName), first(countryCode, later.countryCode), first(levelCode, later.levelCode));
        }

        private static <T> T first(T value, T otherwise) {
            return value != null ? value : otherwise;
        }
    }

    /** Kept when an archivist added the row or set the field; the new value when no other article supports it; else the first known. */
    private static <T> Field<T> participationField(String name, Condition fresh, Field<T> column) {
        return DSL.when(PARTICIPATION.ORIGIN.eq("manual").or(corrected(PARTICIPATION.CORRECTED_FIELDS, name)), column)
                .when(fresh, DSL.excluded(column))
                .otherwise(DSL.coalesce(column, DSL.excluded(column)));
    }

    /**
     * What archivists decided about the meetings' keys, and (into {@link #persons}) the ids of the
     * people already stored under the participants' name keys: two reads that depend on nothing
     * written yet, so they share one round trip (a person row is told apart by its kind, "person_alias", which no curated key has).
     */
    private CuratedKeys curatedMeetingsAndKnownPersons(List<String> meetingKeys, List<ParticipantFact> participants) {
        Set<String> personKeys = new LinkedHashSet<>();
        participants.forEach(p -> personKeys.add(NameKeys.person(p.name())));
        persons = new HashMap<>();
        if (meetingKeys.isEmpty() && personKeys.isEmpty()) {
            return CuratedKeys.of(tx, Map.of());
        }
        var people = tx.select(DSL.inline("person_alias"), PERSON_ALIAS.ALIAS_KEY, PERSON_ALIAS.PERSON_ID).from(PERSON_ALIAS)
                .where(PERSON_ALIAS.ALIAS_KEY.in(personKeys));
        var rows = meetingKeys.isEmpty() ? people.fetch() : CuratedKeys.query(tx, Map.of("meeting", meetingKeys)).unionAll(people).fetch();
        List<org.jooq.Record3<String, String, Long>> curated = new ArrayList<>();
        for (var row : rows) {
            if ("person_alias".equals(row.value1())) {
                persons.put(row.value2(), row.value3());
            } else {
                curated.add(row);
            }
        }
        return CuratedKeys.from(curated);
    }

    /**
     * The people not stored yet, in one multi-row statement; the first participant named by a key
     * gives the person's name and country, as when they were added one by one.
     */
    private void addPersons(List<ParticipantFact> participants) {
        Map<String, ParticipantFact> unknown = new LinkedHashMap<>();
        participants.forEach(p -> {
            String key = NameKeys.person(p.name());
            if (!persons.containsKey(key)) {
                unknown.putIfAbsent(key, p);
            }
        });
        if (unknown.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(PERSON, PERSON.NAME, PERSON.NAME_KEY, PERSON.COUNTRY_CODE);
        for (Map.Entry<String, ParticipantFact> e : unknown.entrySet()) {
            insert = insert.values(e.getValue().name(), e.getKey(), knownParty(e.getValue().countryCode()));
        }
        insert.onConflict(PERSON.NAME_KEY).doUpdate()
                .set(PERSON.COUNTRY_CODE, DSL.coalesce(PERSON.COUNTRY_CODE, DSL.excluded(PERSON.COUNTRY_CODE)))
                .returning(PERSON.ID, PERSON.NAME_KEY)
                .fetch()
                .forEach(r -> persons.put(r.getNameKey(), r.getId()));
        unknown.forEach((key, p) -> aliases.add(key, persons.get(key), p.name()));
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
        // several dates of one office in the article widen it as much as one statement per date did
        offices.merge(List.of(personId, party, title), new OfficeRow(personId, party, title, date, date), OfficeRow::widen);
    }

    /** An office held from {@code from} to {@code to} at least. */
    private record OfficeRow(long personId, String party, String title, LocalDate from, LocalDate to) {

        OfficeRow widen(OfficeRow other) {
            return new OfficeRow(personId, party, title, from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
        }
    }

    // --- commitments ------------------------------------------------------------------------

    /** A commitment to store, with its meeting (none for a commitment of no meeting) and key. */
    private record PlannedCommitment(CommitmentFact fact, Long meetingId, String key) {
    }

    /** Commitments, but those of rejected meetings. */
    private List<PlannedCommitment> planCommitments(List<CommitmentFact> commitments, Map<String, Long> meetingIds, Set<String> rejectedMeetings) {
        List<PlannedCommitment> planned = new ArrayList<>();
        for (CommitmentFact commitment : commitments) {
            if (commitment.meetingKey() == null || !rejectedMeetings.contains(commitment.meetingKey())) {
                Long meetingId = commitment.meetingKey() == null ? null : meetingIds.get(commitment.meetingKey());
                planned.add(new PlannedCommitment(commitment, meetingId, commitmentKey(meetingId, commitment)));
            }
        }
        return planned;
    }

    /** The commitments, but those an archivist rejected. */
    private int writeCommitments(List<PlannedCommitment> planned, CuratedKeys curated) {
        int written = 0;
        for (PlannedCommitment p : planned) {
            if (!(curated.outcome("commitment", p.key()) instanceof CuratedKeys.Rejected)) {
                writeCommitment(p.meetingId(), p.key(), p.fact());
                written++;
            }
        }
        return written;
    }

    private String commitmentKey(Long meetingId, CommitmentFact fact) {
        return meetingId == null ? "article:" + articleId + "|" + fact.kind().code() + "|" + NameKeys.text(fact.text())
                : FactKeys.commitment(meetingId, fact.kind().code(), fact.text());
    }

    /** A commitment found again is left as it is (an archivist may have corrected or moved it); it gains the evidence. */
    private void writeCommitment(Long meetingId, String key, CommitmentFact fact) {
        commitmentRows.add(key, meetingId, fact.kind().code(), fact.text());
        // the commitment is found by its natural key, so nothing waits for its id
        for (String party : fact.parties()) {
            if (knownParty(party) != null) {
                commitmentParties.add(key, party);
            }
        }
        for (Evidence evidence : fact.evidence()) {
            commitmentEvidence.add(key, evidence.sentence().start(), evidence.sentence().end(), (float) evidence.confidence());
        }
    }

    // --- the multi-row statements -----------------------------------------------------------

    /**
     * One statement per table, in an order that keeps what each one reads: links and evidence after
     * the rows they point at (found by key), a participation's upsert before its evidence (so that
     * it still sees whether other articles support it), widening an office before adding it.
     */
    private List<Query> multiRowStatements() {
        List<Query> statements = new ArrayList<>();
        if (!seriesParties.isEmpty()) {
            statements.add(tx.insertInto(SERIES_PARTY, SERIES_PARTY.SERIES_ID, SERIES_PARTY.PARTY_CODE)
                    .select(DSL.select(seriesParties.column(SERIES_PARTY.SERIES_ID), seriesParties.column(SERIES_PARTY.PARTY_CODE))
                            .from(seriesParties.table()))
                    .onConflictDoNothing());
        }
        if (!meetingParties.isEmpty()) {
            statements.add(tx.insertInto(MEETING_PARTY, MEETING_PARTY.MEETING_ID, MEETING_PARTY.PARTY_CODE)
                    .select(DSL.select(MEETING.ID, meetingParties.column(MEETING_PARTY.PARTY_CODE))
                            .from(meetingParties.table()).join(MEETING).on(MEETING.ID.eq(meetingParties.column(MEETING_PARTY.MEETING_ID)))
                            .where(MEETING.ORIGIN.eq("extracted")).andNot(corrected(MEETING.CORRECTED_FIELDS, "parties")))
                    .onConflictDoNothing());
        }
        if (!meetingTopics.isEmpty()) {
            statements.add(tx.insertInto(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_CODE)
                    .select(DSL.select(meetingTopics.column(MEETING_TOPIC.MEETING_ID), meetingTopics.column(MEETING_TOPIC.TOPIC_CODE))
                            .from(meetingTopics.table()))
                    .onConflictDoNothing());
        }
        if (!meetingEvidence.isEmpty()) {
            statements.add(tx.insertInto(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.ARTICLE_ID, MEETING_EVIDENCE.SENTENCE_START,
                            MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.ROLE, MEETING_EVIDENCE.CONFIDENCE)
                    .select(DSL.select(meetingEvidence.column(MEETING_EVIDENCE.MEETING_ID), DSL.val(articleId),
                                    meetingEvidence.column(MEETING_EVIDENCE.SENTENCE_START), meetingEvidence.column(MEETING_EVIDENCE.SENTENCE_END),
                                    meetingEvidence.column(MEETING_EVIDENCE.ROLE), meetingEvidence.column(MEETING_EVIDENCE.CONFIDENCE))
                            .from(meetingEvidence.table()))
                    .onConflictDoNothing());
        }
        if (!aliases.isEmpty()) {
            statements.add(tx.insertInto(PERSON_ALIAS, PERSON_ALIAS.ALIAS_KEY, PERSON_ALIAS.PERSON_ID, PERSON_ALIAS.ALIAS)
                    .select(DSL.select(aliases.column(PERSON_ALIAS.ALIAS_KEY), aliases.column(PERSON_ALIAS.PERSON_ID), aliases.column(PERSON_ALIAS.ALIAS))
                            .from(aliases.table()))
                    .onConflictDoNothing());
        }
        participationStatement().ifPresent(statements::add);
        if (!participationEvidence.isEmpty()) {
            MultiRow e = participationEvidence;
            statements.add(participationEvidenceFrom(e, PARTICIPATION.MEETING_ID.eq(e.column(PARTICIPATION.MEETING_ID))
                    .and(PARTICIPATION.PERSON_ID.eq(e.column(PARTICIPATION.PERSON_ID)))));
        }
        if (!movedEvidence.isEmpty()) {
            MultiRow e = movedEvidence;
            statements.add(participationEvidenceFrom(e, PARTICIPATION.ID.eq(e.column(PARTICIPATION_EVIDENCE.PARTICIPATION_ID))));
        }
        statements.addAll(officeStatements());
        if (!commitmentRows.isEmpty()) {
            MultiRow c = commitmentRows;
            statements.add(tx.insertInto(COMMITMENT, COMMITMENT.NATURAL_KEY, COMMITMENT.MEETING_ID, COMMITMENT.KIND, COMMITMENT.TEXT)
                    .select(DSL.select(c.column(COMMITMENT.NATURAL_KEY), c.column(COMMITMENT.MEETING_ID), c.column(COMMITMENT.KIND), c.column(COMMITMENT.TEXT))
                            .from(c.table()))
                    .onConflictDoNothing());
        }
        if (!commitmentParties.isEmpty()) {
            MultiRow p = commitmentParties;
            statements.add(tx.insertInto(COMMITMENT_PARTY, COMMITMENT_PARTY.COMMITMENT_ID, COMMITMENT_PARTY.PARTY_CODE)
                    .select(DSL.select(COMMITMENT.ID, p.column(COMMITMENT_PARTY.PARTY_CODE))
                            .from(p.table()).join(COMMITMENT).on(COMMITMENT.NATURAL_KEY.eq(p.column(COMMITMENT.NATURAL_KEY)))
                            .where(COMMITMENT.ORIGIN.eq("extracted")).andNot(corrected(COMMITMENT.CORRECTED_FIELDS, "parties")))
                    .onConflictDoNothing());
        }
        if (!commitmentEvidence.isEmpty()) {
            MultiRow e = commitmentEvidence;
            statements.add(tx.insertInto(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID, COMMITMENT_EVIDENCE.ARTICLE_ID,
                            COMMITMENT_EVIDENCE.SENTENCE_START, COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE)
                    .select(DSL.select(COMMITMENT.ID, DSL.val(articleId), e.column(COMMITMENT_EVIDENCE.SENTENCE_START),
                                    e.column(COMMITMENT_EVIDENCE.SENTENCE_END), e.column(COMMITMENT_EVIDENCE.CONFIDENCE))
                            .from(e.table()).join(COMMITMENT).on(COMMITMENT.NATURAL_KEY.eq(e.column(COMMITMENT.NATURAL_KEY))))
                    .onConflictDoNothing());
        }
        return statements;
    }

    /** The evidence rows in e, each for the participation the join condition finds it (by meeting and person, or by id). */
    private Query participationEvidenceFrom(MultiRow e, Condition participation) {
        return tx.insertInto(PARTICIPATION_EVIDENCE, PARTICIPATION_EVIDENCE.PARTICIPATION_ID, PARTICIPATION_EVIDENCE.ARTICLE_ID,
                        PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE)
                .select(DSL.select(PARTICIPATION.ID, DSL.val(articleId), e.column(PARTICIPATION_EVIDENCE.SENTENCE_START),
                                e.column(PARTICIPATION_EVIDENCE.SENTENCE_END), e.column(PARTICIPATION_EVIDENCE.CONFIDENCE))
                        .from(e.table()).join(PARTICIPATION).on(participation))
                .onConflictDoNothing();
    }

    /** The article's participations in one upsert: each key is one row (see {@link ParticipationRow#orElse}). */
    private java.util.Optional<Query> participationStatement() {
        if (participations.isEmpty()) {
            return java.util.Optional.empty();
        }
        MultiRow rows = new MultiRow("u", PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID, PARTICIPATION.TITLE, PARTICIPATION.ORGANIZATION_ID,
                PARTICIPATION.ORGANIZATION_NAME, PARTICIPATION.COUNTRY_CODE, PARTICIPATION.LEVEL_CODE);
        participations.values().forEach(p -> rows.add(p.meetingId(), p.personId(), p.title(), p.organizationId(), p.organizationName(),
                p.countryCode(), p.levelCode()));
        // the row is fresh when no other article supports it (this article's evidence is written after)
        Condition fresh = DSL.notExists(DSL.selectOne().from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID)));
        return java.util.Optional.of(tx.insertInto(PARTICIPATION, PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID, PARTICIPATION.TITLE,
                        PARTICIPATION.ORGANIZATION_ID, PARTICIPATION.ORGANIZATION_NAME, PARTICIPATION.COUNTRY_CODE, PARTICIPATION.LEVEL_CODE)
                .select(DSL.select(rows.column(PARTICIPATION.MEETING_ID), rows.column(PARTICIPATION.PERSON_ID), rows.column(PARTICIPATION.TITLE),
                                rows.column(PARTICIPATION.ORGANIZATION_ID), rows.column(PARTICIPATION.ORGANIZATION_NAME),
                                rows.column(PARTICIPATION.COUNTRY_CODE), rows.column(PARTICIPATION.LEVEL_CODE))
                        .from(rows.table()))
                .onConflict(PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID)
                .doUpdate()
                .set(PARTICIPATION.TITLE, participationField("title", fresh, PARTICIPATION.TITLE))
                .set(PARTICIPATION.ORGANIZATION_NAME, participationField("organization", fresh, PARTICIPATION.ORGANIZATION_NAME))
                .set(PARTICIPATION.ORGANIZATION_ID, participationField("organization", fresh, PARTICIPATION.ORGANIZATION_ID))
                .set(PARTICIPATION.COUNTRY_CODE, participationField("country_code", fresh, PARTICIPATION.COUNTRY_CODE))
                .set(PARTICIPATION.LEVEL_CODE, participationField("level_code", fresh, PARTICIPATION.LEVEL_CODE)));
    }

    /**
     * Who held which office when: the extracted row (an archivist's dates stay as entered) is
     * widened to the article's dates, or added; the update goes first, so a row it widens is not added again.
     */
    private List<Query> officeStatements() {
        if (offices.isEmpty()) {
            return List.of();
        }
        MultiRow rows = new MultiRow("u", OFFICE.PERSON_ID, OFFICE.PARTY_CODE, OFFICE.TITLE, OFFICE.VALID_FROM, OFFICE.VALID_TO);
        offices.values().forEach(o -> rows.add(o.personId(), o.party(), o.title(), o.from(), o.to()));
        Condition sameOffice = OFFICE.PERSON_ID.eq(rows.column(OFFICE.PERSON_ID)).and(OFFICE.PARTY_CODE.eq(rows.column(OFFICE.PARTY_CODE)))
                .and(OFFICE.TITLE.eq(rows.column(OFFICE.TITLE))).and(OFFICE.ORIGIN.eq("extracted"));
        return List.of(
                tx.update(OFFICE)
                        .set(OFFICE.VALID_FROM, DSL.least(OFFICE.VALID_FROM, rows.column(OFFICE.VALID_FROM)))
                        .set(OFFICE.VALID_TO, DSL.greatest(OFFICE.VALID_TO, rows.column(OFFICE.VALID_TO)))
                        .from(rows.table())
                        .where(sameOffice),
                tx.insertInto(OFFICE, OFFICE.PERSON_ID, OFFICE.PARTY_CODE, OFFICE.TITLE, OFFICE.VALID_FROM, OFFICE.VALID_TO, OFFICE.ORIGIN)
                        .select(DSL.select(rows.column(OFFICE.PERSON_ID), rows.column(OFFICE.PARTY_CODE), rows.column(OFFICE.TITLE),
                                        rows.column(OFFICE.VALID_FROM), rows.column(OFFICE.VALID_TO), DSL.val("extracted"))
                                .from(rows.table())
                                .whereNotExists(DSL.selectOne().from(OFFICE).where(sameOffice))));
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
