package org.dialogues.store;

import org.dialogues.database.TestDatabase;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;
import org.dialogues.extract.time.DatePrecision;
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
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.OFFICE;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PERSON;

class KnowledgeStoreIT {

    private static final String TEXT = "Seoul and Tokyo held their first maritime dialogue on Monday. The two agreed to hold the next round in Tokyo.";
    private static final Span FIRST = new Span(0, 61);
    private static final Span SECOND = new Span(62, TEXT.length());

    private TestDatabase db;
    private DSLContext dsl;
    private KnowledgeStore store;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
        store = new KnowledgeStore(dsl);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesAnArticleWithItsFactsAndEvidence() {
        StoreResult result = store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);

        assertThat(result).isEqualTo(new StoreResult.Imported(((StoreResult.Imported) result).articleId(), 1, 1, 1));
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(1);
        assertThat(dsl.fetchValue("SELECT parties FROM meeting_overview")).isEqualTo("JP, KR");
        assertThat(dsl.fetchValue("SELECT sentence FROM commitment_overview")).isEqualTo(SECOND.of(TEXT));
        assertThat(dsl.fetchValue("SELECT series FROM meeting_overview")).isEqualTo("Korea-Japan maritime dialogue");
    }

    @Test
    void theSameTextTwiceIsADuplicateAndChangesNothing() {
        store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);
        StoreResult again = store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);
        assertThat(again).isInstanceOf(StoreResult.Duplicate.class);
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(1);
        assertThat(dsl.fetchCount(MEETING_EVIDENCE)).isEqualTo(1);
    }

    @Test
    void oneMeetingReportedByTwoArticlesIsOneMeetingWithTwoSources() {
        int seededPeople = dsl.fetchCount(PERSON);
        store.store(article("a"), extraction(meeting(null, LocalDate.of(2025, 3, 10), MeetingStatus.PLANNED), "Cho Tae-yul"), null);
        store.store(article("b"), extraction(meeting(null, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Tae Yul Cho"), null);
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(1);
        assertThat(dsl.fetchValue(MEETING.STATUS)).isEqualTo("held");
        assertThat(dsl.fetchValue("SELECT source_count FROM meeting_overview")).isEqualTo(2L);
        assertThat(dsl.fetchCount(PERSON)).as("Korean name order and hyphens do not make another person than the "
                + "one seeded as an office holder").isEqualTo(seededPeople);
        assertThat(dsl.fetchCount(PARTICIPATION)).isEqualTo(1);
    }

    @Test
    void seriesAndOfficesFirstMetInAnArticleAreStoredButNotReadBackAsReferenceKnowledge() {
        int known = ReferenceDataLoader.load(dsl).series().size();
        List<ReferenceData.Office> knownOffices = ReferenceDataLoader.load(dsl).offices();
        store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);

        assertThat(dsl.fetchValue(DIALOGUE_SERIES.ORIGIN, DIALOGUE_SERIES.NAME.eq("Korea-Japan maritime dialogue"))).isEqualTo("extracted");
        assertThat(dsl.fetchValue(OFFICE.ORIGIN, OFFICE.TITLE.eq("foreign minister")
                .and(OFFICE.VALID_FROM.eq(LocalDate.of(2025, 3, 10))))).isEqualTo("extracted");
        ReferenceData reference = ReferenceDataLoader.load(dsl);
        assertThat(reference.series()).hasSize(known).noneMatch(series -> series.name().equals("Korea-Japan maritime dialogue"));
        assertThat(reference.offices()).isEqualTo(knownOffices);
    }

    @Test
    void aFailureLeavesNothingHalfStored() {
        MeetingFact bad = new MeetingFact("m1", "Broken talks", null, null, null, LocalDate.of(2025, 3, 10), null,
                DatePrecision.DAY, null, null, Set.of("KR"), MeetingStatus.HELD, "no_such_level", Set.of(),
                EvidenceRole.REPORT, List.of(new Evidence(FIRST, 0.9)));
        assertThatThrownBy(() -> store.store(article("a"), extraction(bad, "Cho Tae-yul"), null))
                .hasMessageContaining("level_code");
        assertThat(dsl.fetchCount(ARTICLE)).isZero();
        assertThat(dsl.fetchCount(MEETING)).isZero();
    }

    @Test
    void aCommitmentToMeetAgainIsFulfilledWhenTheNextEditionIsHeld() {
        store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);
        assertThat(dsl.fetchValue(COMMITMENT.STATUS)).isEqualTo("open");
        store.store(article("b"), new Extraction(TEXT, List.of(meeting(2, LocalDate.of(2026, 3, 9), MeetingStatus.HELD)), List.of(), List.of(), Map.of()), null);
        assertThat(dsl.fetchValue(COMMITMENT.STATUS)).isEqualTo("fulfilled");
        assertThat(dsl.fetchValue(COMMITMENT.FULFILLED_BY_MEETING_ID)).isNotNull();
    }

    @Test
    void reextractionKeepsWhatArchivistsCorrected() {
        StoreResult.Imported first = (StoreResult.Imported) store.store(article("a"),
                extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);
        dsl.update(MEETING).set(MEETING.CITY, "Busan").set(MEETING.ORIGIN, "manual").execute();

        store.reextract(first.articleId(), new Extraction(TEXT, List.of(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD)), List.of(), List.of(), Map.of()));

        assertThat(dsl.fetchValue(MEETING.CITY)).isEqualTo("Busan");
        assertThat(dsl.fetchCount(COMMITMENT)).as("extracted facts no longer found are removed").isZero();
        assertThat(dsl.fetchCount(PARTICIPATION)).isZero();
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(1);
    }

    @Test
    void reextractionRemovesWhatOnlyThatArticleSupportedAndKeepsWhatOthersSupport() {
        MeetingFact shared = meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD);
        MeetingFact own = meeting(2, LocalDate.of(2026, 3, 9), MeetingStatus.HELD);
        StoreResult.Imported first = (StoreResult.Imported) store.store(article("a"),
                new Extraction(TEXT, List.of(shared, withKey(own, "m2")), List.of(), List.of(), Map.of()), null);
        store.store(article("b"), new Extraction(TEXT, List.of(shared), List.of(), List.of(), Map.of()), null);
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(2);

        store.reextract(first.articleId(), new Extraction(TEXT, List.of(shared), List.of(), List.of(), Map.of()));

        assertThat(dsl.select(MEETING.EDITION).from(MEETING).fetch(MEETING.EDITION)).as("the edition only article a reported is gone").containsExactly(1);
        assertThat(dsl.fetchCount(MEETING_EVIDENCE)).isEqualTo(2);
    }

    @Test
    void twoFactsOfOneArticleUnderOneKeyMergeRatherThanTheSecondReplacingTheFirst() {
        MeetingFact placed = meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD);
        MeetingFact unplaced = new MeetingFact("m2", "maritime dialogue", "Korea-Japan maritime dialogue", 1, null,
                LocalDate.of(2025, 3, 10), null, DatePrecision.DAY, null, null, Set.of("KR", "JP"), MeetingStatus.HELD, null,
                Set.of(), EvidenceRole.REPORT, List.of(new Evidence(SECOND, 0.9)));
        StoreResult.Imported first = (StoreResult.Imported) store.store(article("a"),
                new Extraction(TEXT, List.of(placed, unplaced), List.of(), List.of(), Map.of()), null);
        store.reextract(first.articleId(), new Extraction(TEXT, List.of(placed, unplaced), List.of(), List.of(), Map.of()));

        assertThat(dsl.fetchCount(MEETING)).isEqualTo(1);
        assertThat(dsl.fetchValue(MEETING.CITY)).isEqualTo("Seoul");
        assertThat(dsl.fetchCount(MEETING_EVIDENCE)).isEqualTo(2);
    }

    @Test
    void twoFactsOfOneArticleAboutOneParticipationFillEachOtherAndAnOfficeSpansEveryDateTheArticleShows() {
        MeetingFact autumn = withKey(meeting(2, LocalDate.of(2025, 9, 1), MeetingStatus.HELD), "m2");
        List<ParticipantFact> participants = List.of(
                new ParticipantFact("m1", "Cho Tae-yul", null, null, "KR", null, List.of(new Evidence(FIRST, 0.8))),
                new ParticipantFact("m1", "Cho Tae-yul", "foreign minister", "Ministry of Foreign Affairs", "KR", "minister",
                        List.of(new Evidence(SECOND, 0.7))),
                new ParticipantFact("m2", "Cho Tae-yul", "foreign minister", null, "KR", "minister", List.of(new Evidence(FIRST, 0.8))));
        store.store(article("a"), new Extraction(TEXT, List.of(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), autumn),
                participants, List.of(), Map.of()), null);

        assertThat(dsl.fetchCount(PARTICIPATION)).isEqualTo(2);
        assertThat(dsl.select(PARTICIPATION.TITLE, PARTICIPATION.ORGANIZATION_NAME, PARTICIPATION.LEVEL_CODE).from(PARTICIPATION)
                .join(MEETING).on(MEETING.ID.eq(PARTICIPATION.MEETING_ID)).where(MEETING.EDITION.eq(1)).fetchOne().intoList())
                .as("the second fact fills what the first left empty").containsExactly("foreign minister", "Ministry of Foreign Affairs", "minister");
        assertThat(dsl.fetchValue("SELECT count(*) FROM participation_evidence")).as("both facts' evidence").isEqualTo(3L);
        assertThat(dsl.select(OFFICE.VALID_FROM, OFFICE.VALID_TO).from(OFFICE).where(OFFICE.ORIGIN.eq("extracted")).fetchOne().intoList())
                .containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 9, 1));
    }

    @Test
    void aLaterReportGivesAPlannedMeetingItsDay() {
        MeetingFact planned = new MeetingFact("m1", "maritime dialogue", "Korea-Japan maritime dialogue", 1, null,
                LocalDate.of(2025, 3, 1), null, DatePrecision.MONTH, null, null, Set.of("KR", "JP"), MeetingStatus.PLANNED, null,
                Set.of(), EvidenceRole.ANNOUNCEMENT, List.of(new Evidence(FIRST, 0.9)));
        store.store(article("a"), new Extraction(TEXT, List.of(planned), List.of(), List.of(), Map.of()), null);
        store.store(article("b"), new Extraction(TEXT, List.of(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD)),
                List.of(), List.of(), Map.of()), null);

        var row = dsl.select(MEETING.START_DATE, MEETING.DATE_PRECISION, MEETING.STATUS, MEETING.CITY).from(MEETING).fetchOne();
        assertThat(row.value1()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(row.value2()).isEqualTo("day");
        assertThat(row.value3()).isEqualTo("held");
        assertThat(row.value4()).isEqualTo("Seoul");
    }

    @Test
    void anEndDateBeforeTheStoredStartIsNotTakenWhateverOrderReportsArriveIn() {
        store.store(article("a"), new Extraction(TEXT, List.of(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD)),
                List.of(), List.of(), Map.of()), null);
        MeetingFact earlierRange = new MeetingFact("m1", "maritime dialogue", "Korea-Japan maritime dialogue", 1, null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), DatePrecision.DAY, "Seoul", "KR", Set.of("KR", "JP"),
                MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT, List.of(new Evidence(FIRST, 0.9)));

        store.store(article("b"), new Extraction(TEXT, List.of(earlierRange), List.of(), List.of(), Map.of()), null);

        var row = dsl.select(MEETING.START_DATE, MEETING.END_DATE).from(MEETING).fetchOne();
        assertThat(row.value1()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(row.value2()).as("an end before the kept start would break meeting_dates_ordered").isNull();
        assertThat(dsl.fetchValue("SELECT source_count FROM meeting_overview")).isEqualTo(2L);
    }

    @Test
    void fulfilmentLooksOnlyAtTheSeriesTheArticleTouched() {
        store.store(article("a"), extraction(meeting(1, LocalDate.of(2025, 3, 10), MeetingStatus.HELD), "Cho Tae-yul"), null);
        // a later held edition entered behind the store's back: only storing a meeting of this series looks again
        dsl.execute("INSERT INTO meeting (natural_key, name, series_id, edition, start_date, date_precision, status) "
                + "SELECT 'series:' || series_id || '#2', name, series_id, 2, DATE '2026-03-09', 'day', 'held' FROM meeting");
        MeetingFact otherSeries = new MeetingFact("m1", "defense talks", "Korea-Australia defense talks", 1, null,
                LocalDate.of(2026, 4, 1), null, DatePrecision.DAY, null, null, Set.of("KR", "AU"), MeetingStatus.HELD, null,
                Set.of(), EvidenceRole.REPORT, List.of(new Evidence(FIRST, 0.9)));

        store.store(article("b"), new Extraction(TEXT, List.of(otherSeries), List.of(), List.of(), Map.of()), null);
        assertThat(dsl.fetchValue(COMMITMENT.STATUS)).isEqualTo("open");

        store.store(article("c"), new Extraction(TEXT, List.of(meeting(3, LocalDate.of(2027, 3, 9), MeetingStatus.HELD)),
                List.of(), List.of(), Map.of()), null);
        assertThat(dsl.fetchValue(COMMITMENT.STATUS)).isEqualTo("fulfilled");
        assertThat(dsl.fetchValue(COMMITMENT.FULFILLED_BY_MEETING_ID)).as("the first later held edition")
                .isEqualTo(dsl.fetchValue(MEETING.ID, MEETING.EDITION.eq(2)));
    }

    private static MeetingFact withKey(MeetingFact m, String key) {
        return new MeetingFact(key, m.name(), m.series(), m.edition(), m.acronym(), m.startDate(), m.endDate(), m.precision(),
                m.city(), m.countryCode(), m.parties(), m.status(), m.levelCode(), m.topics(), m.role(), m.evidence());
    }

    private static NewArticle article(String variant) {
        String text = TEXT + " " + variant;
        return new NewArticle(variant.repeat(64).substring(0, 64).replace(variant.charAt(0), Character.digit(variant.charAt(0), 16) >= 0 ? variant.charAt(0) : 'b'),
                text.getBytes(StandardCharsets.UTF_8), "UTF-8", "text/plain", text, "Title " + variant, "Outlet", null,
                variant + ".txt", LocalDate.of(2025, 3, 11), DatePrecision.DAY, "en", List.of());
    }

    private static MeetingFact meeting(Integer edition, LocalDate date, MeetingStatus status) {
        return new MeetingFact("m1", "maritime dialogue", "Korea-Japan maritime dialogue", edition, null, date, null,
                DatePrecision.DAY, "Seoul", "KR", Set.of("KR", "JP"), status, null, Set.of(),
                status == MeetingStatus.PLANNED ? EvidenceRole.ANNOUNCEMENT : EvidenceRole.REPORT,
                List.of(new Evidence(FIRST, 0.9)));
    }

    private static Extraction extraction(MeetingFact meeting, String person) {
        return new Extraction(TEXT, List.of(meeting),
                List.of(new ParticipantFact("m1", person, "foreign minister", "Ministry of Foreign Affairs", "KR", "minister",
                        List.of(new Evidence(FIRST, 0.8)))),
                List.of(new CommitmentFact("m1", CommitmentKind.AGREE, Set.of("KR", "JP"), "hold the next round in Tokyo",
                        List.of(new Evidence(SECOND, 0.8)))),
                Map.of());
    }
}
