package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.junit.jupiter.api.Test;

/** Who the sides of a meeting are, where it was held, and sentences that tell of no meeting at all. */
class MeetingSidesAndVenuesTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 4, 14);

    @Test
    void aCountryNamedAsTheVenueIsNotASide() {
        Extraction extraction = Articles.extract(
                "The defense ministers of South Korea and Japan met in Poland on Saturday on the sidelines of "
                + "the Warsaw Security Forum, an annual gathering of defense officials.", MONDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP"));
    }

    @Test
    void theOccasionOfSidelineTalksTakesNoSidesFromTheSubject() {
        Extraction extraction = Articles.extract(
                "South Korean Defense Minister Kim Min-su and his Japanese counterpart, Taro Sato, held talks on "
                + "Saturday on the sidelines of the Regional Defense Dialogue, the annual security forum.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.name()).doesNotContain("Regional Defense Dialogue");
        });
    }

    @Test
    void aPassiveOrNegatedMetIsNoMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States warned that any attack would be met with an overwhelming response.\n"
                + "South Korea and Japan have not met in that format since 2018.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void sidesMeetingAndTheNamedMeetingNextToItAreOneMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia agreed on Monday to deepen defense ties, as their foreign and defense "
                + "ministers met in Canberra.\n"
                + "Foreign Minister Kim Min-su held the third Korea-Australia Foreign and Defense Ministers' Meeting "
                + "with Australian Foreign Minister Jane Doe.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).contains("third Korea-Australia");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.city()).isEqualTo("Canberra");
            assertThat(m.startDate()).isEqualTo(MONDAY);
        });
    }

    @Test
    void theCapitalDescribedByItsDemonymIsTheVenue() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Park Min-jae met Polish Foreign Minister Tomasz Nowicki in the "
                + "Polish capital on Monday.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.city()).isEqualTo("Warsaw");
            assertThat(m.countryCode()).isEqualTo("PL");
        });
    }

    @Test
    void aMeetingJustHeldWithoutVenueTookPlaceAtTheDateline() {
        Extraction extraction = Articles.extract(
                "WARSAW, April 14 (Sample Wire) -- South Korean Foreign Minister Park Min-jae met Polish Foreign "
                + "Minister Tomasz Nowicki on Monday to discuss defense industry cooperation.", MONDAY);

        assertThat(extraction.meetings()).singleElement().extracting(MeetingFact::city).isEqualTo("Warsaw");
    }

    @Test
    void aDatelineDoesNotPlaceAnOlderMeeting() {
        Extraction extraction = Articles.extract(
                "WARSAW, April 14 (Sample Wire) -- South Korean Foreign Minister Park Min-jae met Polish Foreign "
                + "Minister Tomasz Nowicki on March 3 to discuss defense industry cooperation.", MONDAY);

        assertThat(extraction.meetings()).singleElement().extracting(MeetingFact::city).isNull();
    }

    @Test
    void aDateInASinceClauseBelongsToAnotherEvent() {
        Extraction extraction = Articles.extract(
                "Foreign Minister Park Min-jae held the fifth Korea-Australia Foreign Ministers' Meeting with "
                + "Australian Foreign Minister Jane Doe in Canberra.\n"
                + "The meeting was the first since the two countries upgraded their ties in December 2021.", MONDAY);

        assertThat(extraction.meetings()).singleElement().extracting(MeetingFact::startDate).isNull();
    }

    @Test
    void aVisitorMeetingSomeoneOfUnknownCountryMeetsTheHostOfTheVenue() {
        Extraction extraction = Articles.extract(
                "German Foreign Minister Anna Weber held talks with President Kim Min-su in Seoul on Sunday.\n"
                + "German Foreign Minister Anna Weber met President Lee Jun-ho in Seoul on Monday.", MONDAY);

        assertThat(extraction.meetings()).hasSize(2)
                .allSatisfy(m -> assertThat(m.parties()).containsExactlyInAnyOrder("DE", "KR"));
    }

    @Test
    void theVenueIsNotTakenForASideWhenNeitherSideIsKnown() {
        Extraction extraction = Articles.extract(
                "President Kim Min-su and Director Jan Roe held talks in Brussels on Sunday.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void previousOrNextMeetingsAreOtherMeetingsOfTheSameSides() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held a summit in Busan on Friday, their first in a decade.\n"
                + "Their previous meetings took place in Washington in November 2023.", MONDAY);

        assertThat(extraction.meetings()).hasSize(2)
                .allSatisfy(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP"))
                .extracting(MeetingFact::startDate)
                .containsExactly(LocalDate.of(2025, 4, 11), LocalDate.of(2023, 11, 1));
    }

    @Test
    void leadersWhoHeldASummitAndAgreedHeldOneMeeting() {
        Extraction extraction = Articles.extract(
                "South Korean President Kim Min-su and Japanese Foreign Minister Taro Sato held a summit in Busan "
                + "on Friday and agreed to resume regular visits.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).startsWith("Korea–Japan").endsWith("summit"); // an unnamed summit is named by its sides
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
        });
        assertThat(extraction.participants()).extracting(p -> p.name()).contains("Kim Min-su", "Taro Sato");
    }

    @Test
    void aCountryNamedAsWhatIsDiscussedIsNotASide() {
        Extraction extraction = Articles.extract(
                "Seeking the denuclearization of North Korea, the leaders of South Korea, the United States and "
                + "Japan held a trilateral meeting in Washington on Monday.",
                MONDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US", "JP"));
    }

    @Test
    void threeMinistersOfThreeCountriesWhoMetHeldOneTrilateralMeeting() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Park Min-jae, U.S. Secretary of State John Roe and Japanese Foreign "
                + "Minister Taro Sato met in Washington on Monday.", MONDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US", "JP"));
    }
}
