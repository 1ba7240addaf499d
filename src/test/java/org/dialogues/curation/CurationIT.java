package org.dialogues.curation;

import org.dialogues.database.ActivityRecount;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.Span;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.NewArticle;
import org.dialogues.store.StoreResult;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.CURATION_EVENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.dialogues.database.schema.Tables.PERSON_ALIAS;

/**
 * Every curation action, and re-extraction respecting it: the same extraction stored again after
 * the action must leave the archivist's work as it was, with ids and sources.
 */
class CurationIT {

    private static final String TEXT = "Korea and Japan held a maritime dialogue in Seoul on Monday, led by Cho Tae-yul. "
            + "The two agreed to hold the next round in Tokyo. "
            + "Korea and Australia held defence talks in Canberra on Tuesday, with Kim Yong-hyun attending.";
    private static final Span FIRST = new Span(0, 80);
    private static final Span SECOND = new Span(81, 128);
    private static final Span THIRD = new Span(129, TEXT.length());
    private static final Curator KIM = new Curator("kim");
    private static final Curator LEE = new Curator("lee");

    private TestDatabase db;
    private DSLContext dsl;
    private KnowledgeStore store;
    private Curation curation;
    private long article;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
        store = new KnowledgeStore(dsl);
        curation = new Curation(dsl);
        article = ((StoreResult.Imported) store.store(article("a", TEXT), extraction(), null)).articleId();
    }

    @AfterEach
    void tearDown() {
        try {
            // whatever the test did (merges, splits, moves, re-extraction), V047 and V048 store what a recount says
            assertThat(ActivityRecount.allDifferences(dsl)).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void reextractionKeepsTheIdsOfFactsFoundAgain() {
        List<Long> meetings = ids(MEETING.ID);
        List<Long> participations = ids(PARTICIPATION.ID);
        List<Long> commitments = ids(COMMITMENT.ID);

        reextract();
        reextract();

        assertThat(ids(MEETING.ID)).isEqualTo(meetings);
        assertThat(ids(PARTICIPATION.ID)).isEqualTo(participations);
        assertThat(ids(COMMITMENT.ID)).isEqualTo(commitments);
        assertThat(dsl.fetchCount(MEETING_EVIDENCE)).isEqualTo(2);
    }

    @Test
    void reextractionTakesTheNewValuesOfAMeetingOnlyThatArticleSupports() {
        long id = meeting("maritime");
        store.reextract(article, new Extraction(TEXT, List.of(maritime("Busan"), defence()), List.of(), List.of(), Map.of()));

        assertThat(dsl.fetchValue(MEETING.CITY, MEETING.ID.eq(id))).isEqualTo("Busan");
    }

    @Test
    void aMeetingReadWithAnotherDateIsStillTheSameRow() {
        long id = meeting("maritime");
        long commitment = dsl.fetchValue(COMMITMENT.ID);
        MeetingFact redated = new MeetingFact("m1", "maritime dialogue", null, null, null, LocalDate.of(2025, 3, 3), null, DatePrecision.DAY,
                "Seoul", "KR", Set.of("KR", "JP"), MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT, List.of(new Evidence(FIRST, 0.9)));
        Extraction again = extraction();
        store.reextract(article, new Extraction(TEXT, List.of(redated, defence()), again.participants(), again.commitments(), Map.of()));

        assertThat(dsl.fetchValue(MEETING.START_DATE, MEETING.ID.eq(id))).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(2);
        assertThat(dsl.fetchValue(COMMITMENT.ID)).as("its commitment keeps its id too").isEqualTo(commitment);
    }

    @Test
    void aConfirmedFactKeepsItsSourceEvenWhenExtractionNoLongerFindsIt() {
        long id = meeting("defence");
        curation.confirm(KIM, ref(FactKind.MEETING, id));

        store.reextract(article, new Extraction(TEXT, List.of(maritime("Seoul")), List.of(), List.of(), Map.of()));

        assertThat(dsl.fetchValue(MEETING.REVIEW_STATE, MEETING.ID.eq(id))).isEqualTo("confirmed");
        assertThat(dsl.fetchCount(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void correctedFieldsWinOverLaterExtractions() {
        long id = meeting("maritime");
        curation.correctMeeting(KIM, ref(FactKind.MEETING, id), new MeetingFields("Korea-Japan maritime dialogue",
                LocalDate.of(2025, 3, 11), null, DatePrecision.DAY, "Seoul", "KR", MeetingStatus.HELD, "senior_official",
                Set.of("KR", "JP", "US")));

        reextract();
        store.store(article("b", TEXT + " Again."), extraction(), null);

        var row = dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        assertThat(row.getName()).isEqualTo("Korea-Japan maritime dialogue");
        assertThat(row.getStartDate()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(row.getCorrectedFields()).containsExactlyInAnyOrder("name", "dates", "level_code", "parties");
        assertThat(row.getVersion()).isEqualTo(1);
        assertThat(dsl.select(MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(id)).fetch(MEETING_PARTY.PARTY_CODE))
                .containsExactlyInAnyOrder("KR", "JP", "US");
        assertThat(dsl.fetchCount(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID.eq(id))).as("both articles are its sources").isEqualTo(2);
        assertThat(dsl.fetchValue(CURATION_EVENT.ACTION)).isEqualTo("correct");
        assertThat(dsl.fetchValue("SELECT before->>'name' FROM curation_event")).isEqualTo("maritime dialogue");
        assertThat(dsl.fetchValue("SELECT after->>'name' FROM curation_event")).isEqualTo("Korea-Japan maritime dialogue");
    }

    @Test
    void aRejectedMeetingAndItsCommitmentDoNotComeBack() {
        long id = meeting("maritime");
        curation.reject(KIM, ref(FactKind.MEETING, id));

        reextract();
        store.store(article("b", TEXT + " Again."), extraction(), null);

        assertThat(dsl.fetchCount(MEETING, MEETING.NAME.eq("maritime dialogue"))).isZero();
        assertThat(dsl.fetchCount(COMMITMENT)).isZero();
        assertThat(dsl.fetchCount(PARTICIPATION)).as("only the defence talks' participant").isEqualTo(1);
        assertThat(dsl.fetchValue(CURATION_EVENT.ACTION)).isEqualTo("reject");
    }

    @Test
    void aRejectedCommitmentOrParticipationDoesNotComeBack() {
        curation.reject(KIM, ref(FactKind.COMMITMENT, dsl.fetchValue(COMMITMENT.ID)));
        curation.reject(LEE, ref(FactKind.PARTICIPATION, participation("Cho")));

        reextract();

        assertThat(dsl.fetchCount(COMMITMENT)).isZero();
        assertThat(dsl.fetchCount(PARTICIPATION)).isEqualTo(1);
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(2);
    }

    @Test
    void anAddedParticipantAndCommitmentSurviveReextractionWithTheirSources() {
        long id = meeting("maritime");
        long added = curation.addParticipant(KIM, id, new SentenceRef(article, FIRST.start(), FIRST.end()), "Iwaya Takeshi",
                new ParticipationFields("Foreign Minister", "Ministry of Foreign Affairs", "JP", "minister"));
        long commitment = curation.addCommitment(KIM, id, new SentenceRef(article, SECOND.start(), SECOND.end()),
                new CommitmentFields(CommitmentKind.PLAN, "hold a third round next year", Set.of("KR", "JP")));
        long meeting = curation.addMeeting(KIM, new SentenceRef(article, THIRD.start(), THIRD.end()), new MeetingFields(
                "Korea-Australia defence talks follow-up", null, null, DatePrecision.UNKNOWN, null, null, MeetingStatus.PLANNED, null, Set.of("KR", "AU")));

        reextract();

        assertThat(dsl.fetchValue(PARTICIPATION.ORIGIN, PARTICIPATION.ID.eq(added))).isEqualTo("manual");
        assertThat(dsl.fetchCount(PARTICIPATION_EVIDENCE, PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(added))).isEqualTo(1);
        assertThat(dsl.fetchCount(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(commitment))).isEqualTo(1);
        assertThat(dsl.fetchValue(MEETING.STATUS, MEETING.ID.eq(meeting))).isEqualTo("planned");
        assertThat(dsl.fetchCount(CURATION_EVENT, CURATION_EVENT.ACTION.eq("add"))).isEqualTo(3);
    }

    @Test
    void mergedMeetingsStayOneWithTheSourcesOfBoth() {
        long keep = meeting("maritime");
        long gone = meeting("defence");
        curation.mergeMeetings(KIM, ref(FactKind.MEETING, keep), ref(FactKind.MEETING, gone));

        reextract();
        reextract();

        assertThat(ids(MEETING.ID)).containsExactly(keep);
        assertThat(dsl.fetchCount(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID.eq(keep))).isEqualTo(2);
        assertThat(dsl.fetchCount(PARTICIPATION, PARTICIPATION.MEETING_ID.eq(keep))).isEqualTo(2);
        assertThat(dsl.select(MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY).fetch(MEETING_PARTY.PARTY_CODE))
                .containsExactlyInAnyOrder("KR", "JP", "AU");
        assertThat(dsl.fetchValue(CURATION_EVENT.OTHER_FACT_ID)).isEqualTo(gone);
    }

    @Test
    void aMovedParticipationAndCommitmentStayWhereTheyWereMovedWithTheirSources() {
        long maritime = meeting("maritime");
        long defence = meeting("defence");
        long cho = participation("Cho");
        long commitment = dsl.fetchValue(COMMITMENT.ID);
        curation.moveParticipation(KIM, ref(FactKind.PARTICIPATION, cho), defence);
        curation.moveCommitment(KIM, ref(FactKind.COMMITMENT, commitment), defence);

        reextract();

        assertThat(dsl.fetchValue(PARTICIPATION.MEETING_ID, PARTICIPATION.ID.eq(cho))).isEqualTo(defence);
        assertThat(dsl.fetchCount(PARTICIPATION, PARTICIPATION.MEETING_ID.eq(maritime))).as("not extracted back").isZero();
        assertThat(dsl.fetchCount(PARTICIPATION_EVIDENCE, PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(cho))).isEqualTo(1);
        assertThat(dsl.fetchValue(COMMITMENT.MEETING_ID, COMMITMENT.ID.eq(commitment))).isEqualTo(defence);
        assertThat(dsl.fetchCount(COMMITMENT)).isEqualTo(1);
        assertThat(dsl.fetchCount(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(commitment))).isEqualTo(1);
    }

    @Test
    void aSplitMeetingStaysTwo() {
        long maritime = meeting("maritime");
        long cho = participation("Cho");
        long commitment = dsl.fetchValue(COMMITMENT.ID);
        long split = curation.splitMeeting(KIM, ref(FactKind.MEETING, maritime), Set.of(cho), Set.of(commitment), List.of(),
                "Korea-Japan foreign ministers' talks");

        reextract();

        assertThat(dsl.fetchCount(MEETING)).isEqualTo(3);
        assertThat(dsl.fetchValue(PARTICIPATION.MEETING_ID, PARTICIPATION.ID.eq(cho))).isEqualTo(split);
        assertThat(dsl.fetchValue(COMMITMENT.MEETING_ID, COMMITMENT.ID.eq(commitment))).isEqualTo(split);
        assertThat(dsl.fetchCount(PARTICIPATION, PARTICIPATION.MEETING_ID.eq(maritime))).isZero();
        assertThat(dsl.fetchValue(MEETING.ORIGIN, MEETING.ID.eq(split))).isEqualTo("manual");
    }

    @Test
    void mergedPeopleStayOne() {
        long cho = dsl.fetchValue(PARTICIPATION.PERSON_ID, PARTICIPATION.ID.eq(participation("Cho")));
        long kim = dsl.fetchValue(PARTICIPATION.PERSON_ID, PARTICIPATION.ID.eq(participation("Kim")));
        curation.mergePersons(KIM, ref(FactKind.PERSON, cho), ref(FactKind.PERSON, kim));

        reextract();

        assertThat(dsl.fetchCount(PERSON, PERSON.ID.eq(kim))).isZero();
        assertThat(dsl.fetchCount(PARTICIPATION, PARTICIPATION.PERSON_ID.eq(cho))).isEqualTo(2);
        assertThat(dsl.fetchValue(PERSON_ALIAS.PERSON_ID, PERSON_ALIAS.ALIAS.eq("Kim Yong-hyun"))).isEqualTo(cho);
    }

    @Test
    void aCorrectionMadeOnAnOlderVersionIsRefusedWithWhoChangedIt() {
        long id = meeting("maritime");
        FactRef opened = ref(FactKind.MEETING, id);
        curation.confirm(LEE, opened);

        assertThatThrownBy(() -> curation.reject(KIM, opened))
                .isInstanceOf(StaleFactException.class)
                .hasMessageContaining("meeting " + id + " was changed by lee at ");
        assertThat(dsl.fetchCount(MEETING, MEETING.ID.eq(id))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        long id = meeting("maritime");
        FactRef meeting = ref(FactKind.MEETING, id);
        assertThatThrownBy(() -> curation.correctMeeting(KIM, meeting, fields(Set.of("KR", "XX"), LocalDate.of(2025, 3, 10))))
                .isInstanceOf(CurationException.class).hasMessage("parties: XX is not a known party code");
        assertThatThrownBy(() -> curation.correctMeeting(KIM, meeting, new MeetingFields("x".repeat(301), null, null,
                DatePrecision.UNKNOWN, null, null, MeetingStatus.HELD, null, Set.of("KR"))))
                .hasMessage("name: longer than 300 characters");
        assertThatThrownBy(() -> curation.correctMeeting(KIM, meeting, new MeetingFields("talks", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 9), DatePrecision.DAY, null, null, MeetingStatus.HELD, null, Set.of("KR"))))
                .hasMessage("end date: 2025-03-09 is before the start date 2025-03-10");
        assertThatThrownBy(() -> curation.reject(KIM, ref(FactKind.MEETING, 999_999)))
                .hasMessageStartingWith("no meeting 999999");
        assertThatThrownBy(() -> curation.addParticipant(KIM, id, new SentenceRef(article, 0, 10_000), "Someone",
                new ParticipationFields(null, null, null, null)))
                .hasMessageStartingWith("sentence: characters 0–10000 are not within the article's");
        assertThatThrownBy(() -> curation.splitMeeting(KIM, meeting, Set.of(participation("Kim")), Set.of(), List.of(), "other"))
                .hasMessageContaining("is not one of meeting " + id);
        assertThat(dsl.fetchCount(CURATION_EVENT)).isZero();
        assertThat(dsl.fetchValue(MEETING.VERSION, MEETING.ID.eq(id))).isZero();
    }

    // --- fixture ------------------------------------------------------------------------------

    private void reextract() {
        store.reextract(article, extraction());
    }

    private FactRef ref(FactKind kind, long id) {
        Integer version = switch (kind) {
            case MEETING -> dsl.fetchValue(MEETING.VERSION, MEETING.ID.eq(id));
            case PARTICIPATION -> dsl.fetchValue(PARTICIPATION.VERSION, PARTICIPATION.ID.eq(id));
            case COMMITMENT -> dsl.fetchValue(COMMITMENT.VERSION, COMMITMENT.ID.eq(id));
            case PERSON -> dsl.fetchValue(PERSON.VERSION, PERSON.ID.eq(id));
            case ARTICLE -> dsl.fetchValue(org.dialogues.database.schema.Tables.ARTICLE.VERSION, org.dialogues.database.schema.Tables.ARTICLE.ID.eq(id));
        };
        return new FactRef(kind, id, version == null ? 0 : version);
    }

    private long meeting(String nameStart) {
        return dsl.fetchValue(MEETING.ID, MEETING.NAME.startsWith(nameStart));
    }

    private long participation(String nameStart) {
        return dsl.select(PARTICIPATION.ID).from(PARTICIPATION).join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID))
                .where(PERSON.NAME.startsWith(nameStart)).fetchOne(PARTICIPATION.ID);
    }

    private List<Long> ids(org.jooq.TableField<?, Long> id) {
        return dsl.select(id).from(id.getTable()).orderBy(id).fetch(id);
    }

    private static MeetingFields fields(Set<String> parties, LocalDate date) {
        return new MeetingFields("maritime dialogue", date, null, DatePrecision.DAY, "Seoul", "KR", MeetingStatus.HELD, null, parties);
    }

    private static Extraction extraction() {
        return new Extraction(TEXT, List.of(maritime("Seoul"), defence()),
                List.of(new ParticipantFact("m1", "Cho Tae-yul", "Foreign Minister", null, "KR", "minister", List.of(new Evidence(FIRST, 0.8))),
                        new ParticipantFact("m2", "Kim Yong-hyun", "Defense Minister", null, "KR", "minister", List.of(new Evidence(THIRD, 0.8)))),
                List.of(new CommitmentFact("m1", CommitmentKind.AGREE, Set.of("KR", "JP"), "hold the next round in Tokyo",
                        List.of(new Evidence(SECOND, 0.8)))),
                Map.of());
    }

    private static MeetingFact maritime(String city) {
        return new MeetingFact("m1", "maritime dialogue", null, null, null, LocalDate.of(2025, 3, 10), null, DatePrecision.DAY,
                city, "KR", Set.of("KR", "JP"), MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT, List.of(new Evidence(FIRST, 0.9)));
    }

    private static MeetingFact defence() {
        return new MeetingFact("m2", "defence talks", null, null, null, LocalDate.of(2025, 3, 11), null, DatePrecision.DAY,
                "Canberra", "AU", Set.of("KR", "AU"), MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT, List.of(new Evidence(THIRD, 0.9)));
    }

    private static NewArticle article(String variant, String text) {
        String sha = (variant + "0".repeat(64)).substring(0, 64);
        return new NewArticle(sha, text.getBytes(StandardCharsets.UTF_8), "UTF-8", "text/plain", text, "Title " + variant, "Outlet", null,
                variant + ".txt", LocalDate.of(2025, 3, 12), DatePrecision.DAY, "en", List.of());
    }
}
