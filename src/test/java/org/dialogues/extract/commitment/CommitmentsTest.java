package org.dialogues.extract.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Extraction;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 5);
    private static final String MEETING = "South Korea and Japan held their third maritime dialogue in Tokyo on Monday. ";

    @Test
    void reaffirmingAndAgreeingInOneSentenceAreTwoCommitments() {
        Extraction extraction = Articles.extract(MEETING + "Both sides shared assessments of regional threats, "
                + "reaffirmed their commitment to freedom of navigation and agreed to hold joint drills.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CommitmentKind.REAFFIRM, "their commitment to freedom of navigation"),
                        org.assertj.core.groups.Tuple.tuple(CommitmentKind.AGREE, "hold joint drills"));
        assertThat(extraction.commitments()).allSatisfy(c -> {
            assertThat(c.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(c.meetingKey()).isEqualTo("m1");
        });
    }

    @Test
    void quotedUndertakingsJoinedByAndAreSeparate() {
        Extraction extraction = Articles.extract(MEETING + "Seoul said the two sides “agreed to share radar data” "
                + "and “expand coast guard exchanges.”", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("share radar data", "expand coast guard exchanges");
    }

    @Test
    void concernCondemnationAndExchangedViewsAreNotCommitments() {
        Extraction extraction = Articles.extract(MEETING + "The two sides expressed concern over missile launches. "
                + "They condemned the provocation. They exchanged views on the region.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void anOutsidersPlanIsNotTheMeetingsCommitment() {
        Extraction extraction = Articles.extract(MEETING + "Officials said Moscow plans to send more troops. "
                + "Both sides decided to meet again next year.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.DECIDE);
    }

    @Test
    void willWithTheTwoGovernmentsAsSubjectIsAPledgeAndPlansAreKindPlan() {
        Extraction extraction = Articles.extract(MEETING + "Both governments will expand exchanges. "
                + "South Korea and Japan plan to hold the next round in Seoul.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind)
                .containsExactly(CommitmentKind.PLEDGE, CommitmentKind.PLAN);
    }
}
