package org.dialogues.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.api.Test;

class GoldScorerTest {

    private static final String GOLD = """
            {"articles": [{"file": "a.txt", "published": "2025-03-12",
              "meetings": [{"id": "m1", "name": "first cyber dialogue", "start_date": "2025-03-10",
                            "city": "Berlin", "country": "DE", "parties": ["KR", "DE"], "status": "held"}],
              "participants": [{"meeting": "m1", "name": "Kim Min-ho", "country": "KR"}],
              "commitments": [{"meeting": "m1", "kind": "agree", "parties": ["KR", "DE"],
                               "sentence": "Both sides agreed to meet again",
                               "alt_sentences": ["The two will meet again, they said."]}]}]}
            """;
    private static final String TEXT = "Both sides agreed to meet again. The two will meet again, they said.";

    @Test
    void matchesByPartiesAndDateAndIgnoresARestatementOfAMatchedCommitment() throws Exception {
        GoldArticle gold = new GoldReader().read(new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8))).get(0);
        MeetingFact meeting = new MeetingFact("m1", "Korea-Germany cyber dialogue", null, null, null,
                LocalDate.of(2025, 3, 11), null, DatePrecision.DAY, "Berlin", "DE", Set.of("KR", "DE"),
                MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT, List.of(new Evidence(new Span(0, 31), 0.9)));
        Extraction extraction = new Extraction(TEXT, List.of(meeting),
                List.of(new ParticipantFact("m1", "Kim Min Ho", null, null, "KR", null, List.of()),
                        new ParticipantFact("m1", "Lee Su-jin", null, null, "KR", null, List.of())),
                List.of(new CommitmentFact("m1", CommitmentKind.AGREE, Set.of("KR", "DE"), "meet again",
                                List.of(new Evidence(new Span(0, 32), 0.8))),
                        new CommitmentFact("m1", CommitmentKind.AGREE, Set.of("KR", "DE"), "meet again",
                                List.of(new Evidence(new Span(33, TEXT.length()), 0.8)))),
                Map.of());

        GoldScorer.Report report = new GoldScorer().score(gold, extraction);

        assertThat(report.meetings()).isEqualTo(new Score(1, 0, 0));
        assertThat(report.participants()).isEqualTo(new Score(1, 1, 0));
        assertThat(report.commitments()).isEqualTo(new Score(1, 0, 0));
        assertThat(report.startDates()).isEqualTo(new Accuracy(0, 1));
        assertThat(report.places()).isEqualTo(new Accuracy(1, 1));
    }

    // Report rows: Korea's meetings dated to the day or month, as the quarterly summary lists them.

    @Test
    void aReportRowInTheSameQuarterWithTheSameStatusAndAPartnerInCommonMatches() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 1, 1), DatePrecision.MONTH, MeetingStatus.HELD, "KR", "DE", "FR"));

        assertThat(new GoldScorer().score(gold, found).reportRows()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void aReportRowInAnotherQuarterIsAMiss() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-31", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 4, 1), DatePrecision.DAY, MeetingStatus.HELD, "KR", "DE"));

        GoldScorer.Report report = new GoldScorer().score(gold, found);

        assertThat(report.reportRows()).isEqualTo(new Score(0, 1, 1));
        assertThat(report.meetings()).as("the meeting itself matches: a day apart").isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void theSameQuarterOfAnotherYearIsAMiss() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2024-03-10", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "KR", "DE"));

        assertThat(new GoldScorer().score(gold, found).reportRows()).isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void aReportRowWithAnotherStatusIsAMiss() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.PLANNED, "KR", "DE"));

        GoldScorer.Report report = new GoldScorer().score(gold, found);

        assertThat(report.reportRows()).isEqualTo(new Score(0, 1, 1));
        assertThat(report.meetings()).as("the meeting itself matches").isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void aReportRowWithoutAPartnerInCommonIsAMiss() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "KR", "FR"));

        assertThat(new GoldScorer().score(gold, found).reportRows()).isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void aRowWithoutPartnersMatchesOnlyARowWithoutPartners() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR"));
        GoldScorer scorer = new GoldScorer();

        assertThat(scorer.score(gold, extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY,
                MeetingStatus.HELD, "KR", "DE"))).reportRows()).isEqualTo(new Score(0, 1, 1));
        assertThat(scorer.score(gold, extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY,
                MeetingStatus.HELD, "KR"))).reportRows()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void aMeetingDatedOnlyToTheYearOrNotAtAllIsNotARow() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-01-01", "year", "planned", "KR", "US"),
                goldMeeting("m2", null, "unknown", "planned", "KR", "US"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 1, 1), DatePrecision.YEAR, MeetingStatus.PLANNED, "KR", "US"),
                meeting("m2", null, DatePrecision.UNKNOWN, MeetingStatus.PLANNED, "KR", "US"),
                meeting("m3", LocalDate.of(2025, 1, 1), DatePrecision.DAY, MeetingStatus.PLANNED, "KR", "US"));

        GoldScorer.Report report = new GoldScorer().score(gold, found);

        assertThat(report.reportRows()).as("only the found meeting dated to the day is a row, and no gold row")
                .isEqualTo(new Score(0, 1, 0));
    }

    @Test
    void aMeetingWithoutKoreaIsNotARow() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "JP", "US"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "JP", "US"));

        GoldScorer.Report report = new GoldScorer().score(gold, found);

        assertThat(report.reportRows()).isEqualTo(new Score(0, 0, 0));
        assertThat(report.meetings()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void aGoldMeetingMarkedKoreaInvolvedIsARowEvenWithoutKoreaAmongItsParties() throws Exception {
        GoldArticle gold = goldArticle("""
                {"id": "m1", "name": "talks", "start_date": "2025-03-10", "date_precision": "day",
                 "parties": ["DE"], "korea_involved": true, "status": "held"}""");
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "KR", "DE"));

        assertThat(gold.meetings().get(0).koreaInvolved()).isTrue();
        assertThat(new GoldScorer().score(gold, found).reportRows()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void reportRowsMatchOneToOne() throws Exception {
        GoldArticle gold = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR", "DE"));
        Extraction found = extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "KR", "DE"),
                meeting("m2", LocalDate.of(2025, 2, 1), DatePrecision.MONTH, MeetingStatus.HELD, "KR", "DE"));

        assertThat(new GoldScorer().score(gold, found).reportRows()).isEqualTo(new Score(1, 1, 0));
    }

    @Test
    void theClosestStartDatesArePairedFirst() {
        GoldScorer.ReportRow march10 = GoldScorer.ReportRow.of(LocalDate.of(2025, 3, 10), "held", Set.of("KR", "DE"));
        GoldScorer.ReportRow january5 = GoldScorer.ReportRow.of(LocalDate.of(2025, 1, 5), "held", Set.of("KR", "DE", "FR"));
        GoldScorer.ReportRow foundMarch9 = GoldScorer.ReportRow.of(LocalDate.of(2025, 3, 9), "held", Set.of("KR", "DE", "FR"));
        GoldScorer.ReportRow foundJanuary = GoldScorer.ReportRow.of(LocalDate.of(2025, 1, 1), "held", Set.of("KR", "FR"));

        // foundMarch9 has january5's very partners, but march10 is a day away: pairing it with
        // january5 would leave march10 (no partner in common with foundJanuary) unmatched
        assertThat(GoldScorer.scoreReportRows(List.of(march10, january5), List.of(foundMarch9, foundJanuary)))
                .isEqualTo(new Score(2, 0, 0));
    }

    @Test
    void reportRowsAreSummedOverArticlesAndPrintedBesideTheF1s() throws Exception {
        GoldArticle first = goldArticle(goldMeeting("m1", "2025-03-10", "day", "held", "KR", "DE"));
        GoldArticle second = new GoldArticle("b.txt", null, List.of(new GoldArticle.Meeting("m1", "talks", null, null,
                LocalDate.of(2025, 5, 2), null, "day", null, null, Set.of("KR", "FR"), "held")), List.of(), List.of());
        Map<String, Extraction> found = Map.of(
                "a.txt", extraction(meeting("m1", LocalDate.of(2025, 3, 10), DatePrecision.DAY, MeetingStatus.HELD, "KR", "DE")),
                "b.txt", extraction(meeting("m1", LocalDate.of(2025, 5, 2), DatePrecision.DAY, MeetingStatus.CANCELLED, "KR", "FR")));

        GoldScorer.Report report = new GoldScorer().score(List.of(first, second), found);

        assertThat(report.reportRows()).isEqualTo(new Score(1, 1, 1));
        assertThat(report.toString()).contains("\nreport rows P 0.50 R 0.50 F1 0.50 (tp 1, fp 1, fn 1)\n");
    }

    private static String goldMeeting(String id, String start, String precision, String status, String... parties) {
        return "{\"id\": \"" + id + "\", \"name\": \"talks " + id + "\", \"start_date\": "
                + (start == null ? "null" : "\"" + start + "\"") + ", \"date_precision\": \"" + precision
                + "\", \"parties\": [" + String.join(", ", java.util.Arrays.stream(parties).map(p -> "\"" + p + "\"").toList())
                + "], \"status\": \"" + status + "\"}";
    }

    private static GoldArticle goldArticle(String... meetings) throws Exception {
        String json = "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"2025-03-12\", \"meetings\": ["
                + String.join(", ", meetings) + "], \"participants\": [], \"commitments\": []}]}";
        return new GoldReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).get(0);
    }

    private static MeetingFact meeting(String key, LocalDate start, DatePrecision precision, MeetingStatus status,
            String... parties) {
        return new MeetingFact(key, "talks " + key, null, null, null, start, null, precision, null, null,
                Set.of(parties), status, null, Set.of(), EvidenceRole.REPORT, List.of());
    }

    private static Extraction extraction(MeetingFact... meetings) {
        return new Extraction("", List.of(meetings), List.of(), List.of(), Map.of());
    }

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
        Score score = new Score(6, 2, 4);

        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.6);
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
    }
}
