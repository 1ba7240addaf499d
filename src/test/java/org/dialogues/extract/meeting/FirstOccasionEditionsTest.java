package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

class FirstOccasionEditionsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void firstSinceAYearIsNoEditionAndKeepsTheMeetingsOwnDay() {
        Extraction extraction = Articles.extract("South Korea and Japan held the first Korea-Japan security dialogue "
                + "since 2018 in Seoul on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).first().satisfies(m -> {
            assertThat(m.edition()).isNull();
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15));
            assertThat(m.city()).isEqualTo("Seoul");
        });
    }

    @Test
    void theFirstSinceADateSaysTheOneBeforeWasHeldThen() {
        Extraction extraction = Articles.extract("South Korea and Japan held the first Korea-Japan security dialogue "
                + "since 2018 in Seoul on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).hasSize(2).last().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(m.precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
        });
    }

    @Test
    void thePreviousRoundToldUndatedTakesTheDateTheGapStartedAt() {
        Extraction extraction = Articles.extract("The foreign ministers of South Korea and Japan met in Seoul on "
                + "Tuesday for the first session of their security dialogue since December 2018. The previous round "
                + "took place in Tokyo.", WEDNESDAY);

        assertThat(extraction.meetings()).hasSize(2)
                .anySatisfy(m -> {
                    assertThat(m.startDate()).isEqualTo(LocalDate.of(2018, 12, 1));
                    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
                    assertThat(m.city()).isEqualTo("Tokyo");
                })
                .anySatisfy(m -> assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15)));
    }

    @Test
    void theFirstVisitSinceADateTellsNoEarlierMeeting() {
        Extraction extraction = Articles.extract("Defense Minister Shin Won-sik held talks with Japanese Defense "
                + "Minister Minoru Kihara in Seoul on Tuesday, the first visit to South Korea by a Japanese defense "
                + "minister since October 2015.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15)));
    }

    @Test
    void firstInSomeYearsIsNoEdition() {
        Extraction extraction = Articles.extract("South Korea and Poland held their first defense policy talks "
                + "in more than five years in Warsaw on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isNull());
    }

    @Test
    void theMeetingsOwnFirstIsTheFirstEdition() {
        Extraction extraction = Articles.extract("South Korea and Germany held their first defense policy dialogue "
                + "in Berlin on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isEqualTo(1));
    }

    @Test
    void aDateInsideASinceClauseStillBelongsToAnotherEvent() {
        Extraction extraction = Articles.extract("South Korea and Japan held a security dialogue, the first talks "
                + "since the two countries restored ties in March 2023.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.startDate()).isNull());
    }
}
