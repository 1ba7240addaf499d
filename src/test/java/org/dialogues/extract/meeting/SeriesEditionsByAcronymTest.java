package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.junit.jupiter.api.Test;

/** "the 29th SCM": an acronym with an ordinal names another edition of the series it stands for. */
class SeriesEditionsByAcronymTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 4, 14);

    private static final String ARTICLE = "South Korean Defense Minister Kim Min-su and U.S. Secretary of State John Roe "
            + "held the 30th Security Consultative Meeting (SCM) in Washington on Monday, the first defense talks "
            + "between the allies since the election.\n"
            + "The SCM is the allies' highest regular defense consultation.\n"
            + "The previous meeting, the 29th SCM, took place in Busan in May 2024.\n"
            + "The 31st SCM is scheduled to take place in Busan next year.";

    @Test
    void eachEditionNamedByItsAcronymIsAMeetingOfTheSeries() {
        Extraction extraction = Articles.extract(ARTICLE, MONDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::edition).containsExactlyInAnyOrder(30, 29, 31);
        assertThat(extraction.meetings()).allSatisfy(m -> {
            assertThat(m.series()).isEqualTo("Korea-U.S. Security Consultative Meeting");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
        });
    }

    @Test
    void anEditionTakesTheDateVenueAndStatusWrittenNextToIt() {
        Extraction extraction = Articles.extract(ARTICLE, MONDAY);

        assertThat(edition(extraction, 30)).satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(MONDAY);
            assertThat(m.city()).isEqualTo("Washington");
        });
        assertThat(edition(extraction, 29)).satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(m.city()).isEqualTo("Busan");
        });
        assertThat(edition(extraction, 31).status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void theFirstTalksSinceAnEventAreTheMeetingJustNamedNotAFirstEdition() {
        Extraction extraction = Articles.extract(ARTICLE, MONDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::name).noneMatch(n -> n.contains("first"));
    }

    private static MeetingFact edition(Extraction extraction, int edition) {
        return extraction.meetings().stream().filter(m -> Integer.valueOf(edition).equals(m.edition()))
                .findFirst().orElseThrow();
    }
}
