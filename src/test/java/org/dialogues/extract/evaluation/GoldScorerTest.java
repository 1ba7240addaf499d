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

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
        Score score = new Score(6, 2, 4);

        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.6);
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
    }
}
