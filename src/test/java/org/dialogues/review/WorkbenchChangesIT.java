package org.dialogues.review;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.CURATION_EVENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PERSON;

/** The forms over HTTP: each change reaches the curation service once, bad input reaches nothing, stale versions are refused. */
class WorkbenchChangesIT {

    private static final String TEXT = "SEOUL, March 14 (Yonhap) -- South Korea and the United States held talks in Seoul on Friday. "
            + "Foreign Minister Cho Tae-yul led the Korean side, joined by Vice Minister Kim Hong-kyun. "
            + "The two sides agreed to hold a defense dialogue in June. "
            + "Officials said a second round of talks took place in Washington a day later.";

    private static TestDatabase database;
    private static ReviewServer server;
    private static WorkbenchFixture fixture;
    private long articleId;
    private long meetingId;
    private long otherMeetingId;
    private long commitmentId;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        Accounts accounts = new Accounts(database.dsl(), Clock.systemUTC());
        accounts.add("kim", Role.ARCHIVIST, "correct horse battery".toCharArray());
        accounts.add("park", Role.ARCHIVIST, "another long password".toCharArray());
        fixture = new WorkbenchFixture(database.dsl());
        server = ReviewServer.start(database.dsl(), Clock.systemUTC(), new ReviewSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @BeforeEach
    void facts() {
        String text = TEXT + " [" + System.nanoTime() + "]";
        articleId = fixture.article("Korea, US hold talks", "Yonhap", LocalDate.of(2025, 3, 14), text);
        meetingId = fixture.meeting("Korea-US talks " + articleId, LocalDate.of(2025, 3, 14), "Seoul", List.of("KR", "US"));
        fixture.meetingEvidence(meetingId, articleId, text, "South Korea and the United States held talks in Seoul on Friday.", 0.5f);
        fixture.participation(meetingId, "Cho Tae-yul " + articleId, "KR", "Foreign Minister", articleId, text,
                "Foreign Minister Cho Tae-yul led the Korean side, joined by Vice Minister Kim Hong-kyun.");
        commitmentId = fixture.commitment(meetingId, "agree", "to hold a defense dialogue in June", List.of("KR", "US"), articleId, text,
                "The two sides agreed to hold a defense dialogue in June.", 0.9f);
        otherMeetingId = fixture.meeting("Korea-US talks, second round " + articleId, LocalDate.of(2025, 3, 15), "Washington", List.of("KR", "US"));
        fixture.meetingEvidence(otherMeetingId, articleId, text, "Officials said a second round of talks took place in Washington a day later.", 0.8f);
    }

    private static WorkbenchClient kim() {
        WorkbenchClient client = new WorkbenchClient(server.url());
        assertThat(client.login("kim", "correct horse battery").statusCode()).isEqualTo(303);
        return client;
    }

    @Test
    void confirmingAMeetingTakesItOutOfTheQueueAndRecordsWhoDidIt() {
        WorkbenchClient kim = kim();
        assertThat(kim.get("/").body()).contains("meeting read with confidence 0.50").contains("/articles/" + articleId + "#meeting-" + meetingId);

        HttpResponse<String> done = kim.post("/meetings/" + meetingId + "/confirm",
                kim.form("version", "0", "back", "/articles/" + articleId + "#meeting-" + meetingId));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/articles/" + articleId + "?done=confirmed#meeting-" + meetingId);
        assertThat(kim.get("/articles/" + articleId + "?done=confirmed").body()).contains("Confirmed.");

        assertThat(kim.get("/").body()).doesNotContain("#meeting-" + meetingId + "\"");
        assertThat(database.dsl().fetchValue(MEETING.REVIEW_STATE, MEETING.ID.eq(meetingId))).isEqualTo("confirmed");
        assertThat(database.dsl().fetchValue(CURATION_EVENT.ACTOR, CURATION_EVENT.FACT_ID.eq(meetingId)
                .and(CURATION_EVENT.FACT_KIND.eq("meeting")))).isEqualTo("kim");
    }

    @Test
    void twoPeopleWhoAreOneAreMergedFromTheArticlePage() {
        var dsl = database.dsl();
        var person = org.dialogues.database.schema.Tables.PERSON;
        var participation = org.dialogues.database.schema.Tables.PARTICIPATION;
        String text = dsl.fetchValue(org.dialogues.database.schema.Tables.ARTICLE.TEXT, org.dialogues.database.schema.Tables.ARTICLE.ID.eq(articleId));
        long second = fixture.participation(otherMeetingId, "Cho Taeyul " + articleId, "KR", null, articleId, text,
                "Foreign Minister Cho Tae-yul led the Korean side, joined by Vice Minister Kim Hong-kyun.");
        long keep = dsl.fetchValue(participation.PERSON_ID, participation.MEETING_ID.eq(meetingId));
        long away = dsl.fetchValue(participation.PERSON_ID, participation.ID.eq(second));
        WorkbenchClient kim = kim();
        assertThat(kim.get("/articles/" + articleId).body()).contains("person " + keep + " is the same as person");

        HttpResponse<String> merged = kim.post("/persons/" + keep + "/merge", kim.form("version", "0", "other", String.valueOf(away),
                "back", "/articles/" + articleId));
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(dsl.fetchCount(person, person.ID.eq(away))).isZero();
        assertThat(dsl.fetchValue(participation.PERSON_ID, participation.ID.eq(second))).isEqualTo(keep);
        assertThat(kim.post("/persons/" + keep + "/merge", kim.form("version", "1", "other", "not-a-number", "back", "/")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aFlaggedArticleIsMarkedReviewedAndItsPublicationDateCorrected() {
        var dsl = database.dsl();
        dsl.update(org.dialogues.database.schema.Tables.ARTICLE).set(org.dialogues.database.schema.Tables.ARTICLE.NEEDS_REVIEW, true)
                .set(org.dialogues.database.schema.Tables.ARTICLE.REVIEW_REASON, "no publication date found")
                .where(org.dialogues.database.schema.Tables.ARTICLE.ID.eq(articleId)).execute();
        WorkbenchClient kim = kim();
        assertThat(kim.get("/articles/" + articleId).body()).contains("Flagged at import: no publication date found", "Mark the article reviewed");

        HttpResponse<String> bad = kim.post("/articles/" + articleId + "/published", kim.form("version", "0", "published", "2025-02-30",
                "back", "/articles/" + articleId));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(kim.post("/articles/" + articleId + "/published", kim.form("version", "0", "published", "2025-03-13",
                "back", "/articles/" + articleId)).statusCode()).isEqualTo(303);
        assertThat(kim.post("/articles/" + articleId + "/reviewed", kim.form("version", "0", "back", "/articles/" + articleId)).statusCode())
                .as("the page showed version 0, the date correction made it 1").isEqualTo(409);
        assertThat(kim.post("/articles/" + articleId + "/reviewed", kim.form("version", "1", "back", "/articles/" + articleId)).statusCode())
                .isEqualTo(303);

        var article = dsl.selectFrom(org.dialogues.database.schema.Tables.ARTICLE)
                .where(org.dialogues.database.schema.Tables.ARTICLE.ID.eq(articleId)).fetchOne();
        assertThat(article.getPublished()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(article.getNeedsReview()).isFalse();
        assertThat(dsl.fetchCount(CURATION_EVENT, CURATION_EVENT.FACT_KIND.eq("article").and(CURATION_EVENT.FACT_ID.eq(articleId)))).isEqualTo(2);
    }

    @Test
    void correctingAMeetingsDateStoresItAndBadValuesStoreNothing() {
        WorkbenchClient kim = kim();
        HttpResponse<String> bad = kim.post("/meetings/" + meetingId + "/correct", meetingForm(kim, "2024-13-01", "KR, US"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("start date: 2024-13-01 is not a date");
        HttpResponse<String> party = kim.post("/meetings/" + meetingId + "/correct", meetingForm(kim, "2025-03-13", "KR, XX"));
        assertThat(party.statusCode()).isEqualTo(400);
        assertThat(party.body()).contains("party: XX is not a known party code");
        var tooLong = meetingForm(kim, "2025-03-13", "KR, US");
        tooLong.put("name", "x".repeat(201));
        assertThat(kim.post("/meetings/" + meetingId + "/correct", tooLong).body()).contains("name: longer than 200 characters");
        assertThat(database.dsl().fetchValue(MEETING.START_DATE, MEETING.ID.eq(meetingId))).isEqualTo(LocalDate.of(2025, 3, 14));

        HttpResponse<String> good = kim.post("/meetings/" + meetingId + "/correct", meetingForm(kim, "2025-03-13", "KR, US"));
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(database.dsl().fetchValue(MEETING.START_DATE, MEETING.ID.eq(meetingId))).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(database.dsl().fetchValue(MEETING.REVIEW_STATE, MEETING.ID.eq(meetingId))).isEqualTo("corrected");
    }

    @Test
    void theSecondArchivistOnTheSameVersionIsToldAndNothingIsOverwritten() {
        WorkbenchClient kim = kim();
        WorkbenchClient park = new WorkbenchClient(server.url());
        park.login("park", "another long password");
        assertThat(kim.post("/meetings/" + meetingId + "/correct", meetingForm(kim, "2025-03-13", "KR, US")).statusCode()).isEqualTo(303);

        HttpResponse<String> late = park.post("/meetings/" + meetingId + "/correct", meetingForm(park, "2025-03-20", "KR, US"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("meeting " + meetingId + " was changed by kim").contains("since you opened it");
        assertThat(database.dsl().fetchValue(MEETING.START_DATE, MEETING.ID.eq(meetingId))).isEqualTo(LocalDate.of(2025, 3, 13));
    }

    @Test
    void forgedIdsAndVersionsAreRefusedWithAMessage() {
        WorkbenchClient kim = kim();
        HttpResponse<String> word = kim.post("/meetings/abc/confirm", kim.form("version", "0"));
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("meeting id: &#39;abc&#39; is not a number");
        HttpResponse<String> absent = kim.post("/meetings/987654321/confirm", kim.form("version", "0"));
        assertThat(absent.statusCode()).isEqualTo(400);
        assertThat(absent.body()).contains("no meeting 987654321");
        HttpResponse<String> version = kim.post("/meetings/" + meetingId + "/confirm", kim.form("version", "1 OR 1=1"));
        assertThat(version.statusCode()).isEqualTo(400);
        assertThat(version.body()).contains("is not a version number");
        HttpResponse<String> target = kim.post("/commitments/" + commitmentId + "/move", kim.form("version", "0", "to", "-3"));
        assertThat(target.statusCode()).isEqualTo(400);
        assertThat(target.body()).contains("to meeting: &#39;-3&#39; is not a number");
        assertThat(database.dsl().fetchCount(CURATION_EVENT, CURATION_EVENT.FACT_KIND.eq("meeting").and(CURATION_EVENT.FACT_ID.eq(meetingId))
                .or(CURATION_EVENT.FACT_KIND.eq("commitment").and(CURATION_EVENT.FACT_ID.eq(commitmentId))))).isZero();
    }

    @Test
    void aMissedParticipantIsAddedFromTheSentenceThatNamesThem() {
        WorkbenchClient kim = kim();
        String page = kim.get("/articles/" + articleId).body();
        String sentence = sentenceLink(page, "joined by Vice Minister Kim Hong-kyun");
        String selected = kim.get(sentence).body();
        assertThat(selected).contains("id=\"selected-sentence\"").contains("Add a participant");

        String span = sentence.substring(sentence.indexOf("sentence=") + 9);
        HttpResponse<String> added = kim.post("/articles/" + articleId + "/participants", kim.form(
                "sentence", span, "meeting", String.valueOf(meetingId), "person", "Kim Hong-kyun " + articleId,
                "title", "Vice Foreign Minister", "country", "KR"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(database.dsl().fetchCount(PARTICIPATION.join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID)),
                PERSON.NAME.eq("Kim Hong-kyun " + articleId).and(PARTICIPATION.ORIGIN.eq("manual")))).isEqualTo(1);

        HttpResponse<String> forged = kim.post("/articles/" + articleId + "/participants", kim.form(
                "sentence", "2-7", "meeting", String.valueOf(meetingId), "person", "Nobody"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("is not a sentence of article " + articleId);
    }

    @Test
    void theArticlePageMarksEvidenceAndThePartyAndDateMentionsInsideIt() {
        String page = kim().get("/articles/" + articleId).body();
        assertThat(page).containsPattern("<mark class=\"hl hl-meeting hl-party\" data-facts=\"meeting-" + meetingId + " party-\\d+\">South Korea</mark>");
        assertThat(page).containsPattern("<mark class=\"hl hl-date\" data-facts=\"date-\\d+\">March 14</mark>");
        assertThat(page).containsPattern("<mark class=\"hl hl-commitment\" data-facts=\"commitment-" + commitmentId + "\">The two sides agreed");
    }

    @Test
    void aPersonsCountryIsCorrectedFromTheirParticipation() {
        WorkbenchClient kim = kim();
        long personId = database.dsl().select(PERSON.ID).from(PERSON).where(PERSON.NAME.eq("Cho Tae-yul " + articleId)).fetchSingle().value1();
        String page = kim.get("/meetings/" + meetingId).body();
        assertThat(page).contains("action=\"/persons/" + personId + "/correct\"");
        HttpResponse<String> bad = kim.post("/persons/" + personId + "/correct", kim.form("version", "0", "name", "Cho Tae-yul " + articleId, "country", "ZZ"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("country: ZZ is not a known party code");
        HttpResponse<String> good = kim.post("/persons/" + personId + "/correct", kim.form("version", "0", "name", "Cho Tae-yul " + articleId, "country", "KR",
                "back", "/meetings/" + meetingId));
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(database.dsl().fetchValue(PERSON.VERSION, PERSON.ID.eq(personId))).isEqualTo(1);
    }

    @Test
    void aRejectedCommitmentLeavesTheArticlePage() {
        WorkbenchClient kim = kim();
        assertThat(kim.get("/articles/" + articleId).body()).contains("id=\"commitment-" + commitmentId + "\"");
        HttpResponse<String> rejected = kim.post("/commitments/" + commitmentId + "/reject", kim.form("version", "0", "back", "/articles/" + articleId));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(kim.get("/articles/" + articleId).body()).doesNotContain("id=\"commitment-" + commitmentId + "\"");
        assertThat(database.dsl().fetchCount(COMMITMENT, COMMITMENT.ID.eq(commitmentId))).isZero();
    }

    @Test
    void mergingOffersTheCloseMeetingOfTheSamePartiesAndJoinsItsSources() {
        WorkbenchClient kim = kim();
        String page = kim.get("/meetings/" + meetingId).body();
        assertThat(page).contains("id=\"candidate-" + otherMeetingId + "\"");
        HttpResponse<String> merged = kim.post("/meetings/" + meetingId + "/merge",
                kim.form("version", "0", "other", String.valueOf(otherMeetingId), "other_version", "0"));
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(kim.get("/meetings/" + otherMeetingId).statusCode()).isEqualTo(404);
        assertThat(database.dsl().fetchCount(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID.eq(meetingId))).isEqualTo(2);
        assertThat(kim.get("/meetings/" + meetingId).body()).contains("a second round of talks took place in Washington");
    }

    private java.util.Map<String, String> meetingForm(WorkbenchClient client, String start, String parties) {
        return client.form("version", "0", "back", "/meetings/" + meetingId, "name", "Korea-US talks " + articleId,
                "start_date", start, "end_date", "", "precision", "day", "city", "Seoul", "country", "KR",
                "status", "held", "level", "", "parties", parties);
    }

    /** The link of the sentence containing the words, as the article page renders it. */
    static String sentenceLink(String page, String words) {
        int at = page.indexOf(words);
        int link = page.lastIndexOf("href=\"/articles/", at);
        return page.substring(link + 6, page.indexOf('"', link + 6)).replace("&amp;", "&").replace("#add", "");
    }
}
