package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.junit.jupiter.api.Test;

/** Meetings told by a host receiving guests, and calls told as a telephone conversation. */
class HostsAndCallsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 9);

    @Test
    void aHostReceivingLeadersOfTwoOtherSidesHoldsOneMeetingOfTheThree() {
        Extraction extraction = Articles.extract(
                "Prime Minister Anthony Albanese of Australia hosted President Yoon Suk Yeol of South Korea and "
                + "Prime Minister Fumio Kishida of Japan in Canberra on March 3, 2023.", THURSDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("AU", "KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 3, 3));
        });
    }

    @Test
    void aPlaceThatHostedAnEventHoldsNoMeeting() {
        Extraction extraction = Articles.extract(
                "Canberra has hosted the regional athletics championships twice since 2010.", THURSDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void aTelephoneConversationBetweenTwoLeadersIsAMeetingOnItsDay() {
        Extraction extraction = Articles.extract(
                "South Korean President Yoon Suk Yeol held a telephone conversation with U.S. President Joe Biden "
                + "on Tuesday, the presidential office said.", THURSDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 3, 7));
        });
    }

    @Test
    void aConversationWithReportersIsNoMeeting() {
        Extraction extraction = Articles.extract(
                "South Korean President Yoon Suk Yeol said in a conversation with reporters on Tuesday that the "
                + "economy would recover.", THURSDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void guestsWhoSayTheyHadMetTwiceBeforeHeldTwoEarlierMeetings() {
        Extraction extraction = Articles.extract(
                "Prime Minister Anthony Albanese of Australia hosted President Yoon Suk Yeol of South Korea and "
                + "Prime Minister Fumio Kishida of Japan in Canberra on March 3, 2023.\n"
                + "The leaders noted that they had met in Madrid in June 2022 and in Bali in November 2022.", THURSDAY);

        assertThat(extraction.meetings()).extracting(m -> m.startDate())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 3, 3), LocalDate.of(2022, 6, 1),
                        LocalDate.of(2022, 11, 1));
    }

    @Test
    void aLaterDateJoinedToAnEarlierMeetingIsNoFurtherMeeting() {
        Extraction extraction = Articles.extract(
                "Prime Minister Anthony Albanese of Australia hosted President Yoon Suk Yeol of South Korea and "
                + "Prime Minister Fumio Kishida of Japan in Canberra on March 3, 2023.\n"
                + "The leaders noted that they had met in Madrid in June 2022 and would meet again in 2024.", THURSDAY);

        assertThat(extraction.meetings()).extracting(m -> m.startDate())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 3, 3), LocalDate.of(2022, 6, 1));
    }

    @Test
    void leadersWhoHaveMetManyTimesSinceAMonthHeldNoMeetingThatMonth() {
        Extraction extraction = Articles.extract(
                "Prime Minister Anthony Albanese of Australia hosted President Yoon Suk Yeol of South Korea and "
                + "Prime Minister Fumio Kishida of Japan in Canberra on March 3, 2023.\n"
                + "The leaders, who have met many times since June 2022, discussed trade.", THURSDAY);

        assertThat(extraction.meetings()).extracting(m -> m.startDate())
                .containsExactly(LocalDate.of(2023, 3, 3));
    }
}
