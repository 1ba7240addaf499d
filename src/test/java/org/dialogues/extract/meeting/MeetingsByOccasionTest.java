package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.junit.jupiter.api.Test;

class MeetingsByOccasionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void aMeetingNamedAsTheOccasionOfAnActIsAMeetingOfTheSubjectsSides() {
        Extraction extraction = Articles.extract("Polish President Jan Kowal and President Lee Han-soo upgraded "
                + "relations between their countries at a summit in Seoul on Tuesday.\nAt the summit the two "
                + "presidents agreed to expand defense cooperation.\nKowal and Lee also agreed to work together on "
                + "critical minerals.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15));
            assertThat(m.city()).isEqualTo("Seoul");
        });
    }

    @Test
    void aMeetingOfOneSideIsNoDialogue() {
        Extraction extraction = Articles.extract("South Korean President Lee Han-soo announced the plan at a meeting "
                + "in Seoul on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void theNthSuchMeetingIsTheMeetingJustNamed() {
        Extraction extraction = Articles.extract("South Korea and Poland held their 10th Joint Commission Meeting in "
                + "Seoul on Tuesday. It was the 10th such meeting since the commission was set up.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::edition).containsExactly(10);
    }

    @Test
    void aGroupLaunchedAtAMeetingHadThatMeetingAsItsFirstAndALaterOneKeepsItsOwnDateAndVenue() {
        Extraction extraction = Articles.extract("South Korea and the United States held the fifth meeting of their "
                + "Space Policy Group (SPG) in Washington on Monday.\nThe SPG was launched at a meeting in Busan in June "
                + "last year, and its second meeting took place in Geneva in October.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.edition() + " " + m.startDate() + " " + m.city())
                .containsExactly("5 2025-04-14 Washington", "1 2024-06-01 Busan", "2 2024-10-01 Geneva");
    }

    @Test
    void anOccasionWithoutDateOrVenueOfItsOwnIsTheMeetingAlreadyTold() {
        Extraction extraction = Articles.extract("Polish President Jan Kowal and South Korean President Lee Han-soo "
                + "held a summit in Busan on Tuesday.\nIt was the first time the two leaders met at a formal summit "
                + "rather than on the margins of a larger gathering.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.evidence()).hasSize(2));
    }
}
