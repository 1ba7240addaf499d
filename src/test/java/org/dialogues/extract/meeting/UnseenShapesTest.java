package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.junit.jupiter.api.Test;

/** Shapes of meeting sentences reported missed on unseen articles, one per general construction. */
class UnseenShapesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void kindWordsJoinedByAndStayInOneNumberedMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia held their fifth foreign and defense ministers' meeting "
                + "in Canberra on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.edition()).isEqualTo(5);
            assertThat(m.city()).isEqualTo("Canberra");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15));
        });
    }

    @Test
    void hostingAVisitorForASummitIsASummitOfBothSides() {
        Extraction extraction = Articles.extract(
                "President Lee Jae-myung hosted Japanese Prime Minister Taro Sato for a summit in Seoul on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Seoul");
        });
    }

    @Test
    void joiningCounterpartsForAMeetingTakesTheirSides() {
        Extraction extraction = Articles.extract(
                "Defense Minister Kim Dong-su had joined his U.S. and Japanese counterparts for a trilateral "
                + "defense ministers' meeting on Saturday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).contains("US", "JP"));
    }

    @Test
    void aKoreanEnvoyMeetingAnOfficialAbroadMeetsTheHostCountry() {
        Extraction extraction = Articles.extract(
                "Ambassador Kim Min-su met with Deputy Assistant Secretary John Smith in Washington on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US"));
    }

    @Test
    void talksNotHeldAreNoMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan did not hold formal bilateral talks in Tokyo on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void decliningToMeetIsNoMeeting() {
        Extraction extraction = Articles.extract(
                "Japanese Defense Minister Taro Sato declined to meet South Korean Defense Minister Kim Dong-su "
                + "on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void aForumNamedAsTheOccasionLendsItsVenueAndIsNoMeetingOfItsOwn() {
        Extraction extraction = Articles.extract(
                "South Korean Defense Minister Kim Dong-su met Japanese Defense Minister Taro Sato on the sidelines "
                + "of the Regional Security Dialogue in Brussels on Saturday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Brussels");
        });
    }

    @Test
    void ofBetweenCapitalizedWordsBelongsToTheMeetingName() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan attended the Council of Allied Ministers meeting in Tokyo on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.name()).startsWith("Council of Allied Ministers"));
    }

    @Test
    void aMeetingNamedAfterALeadSentenceTakesItsSidesAndDate() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States agreed on Monday to deepen deterrence cooperation. "
                + "The agreement came at the Nuclear Planning Group meeting in Washington.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        });
    }

    @Test
    void peopleWhoSignAfterAMeetingMetThere() {
        Extraction extraction = Articles.extract(
                "Korean Foreign Minister Cho Tae-yul and American Secretary of State John Smith signed the "
                + "statement after a bilateral meeting in Seoul on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US"));
    }

    @Test
    void aSummitTravelledFromIsNotReportedAndTheHostedSummitIsFound() {
        Extraction extraction = Articles.extract(
                "President Lee Jae-myung hosted Japanese Prime Minister Taro Sato at the presidential office in "
                + "Seoul on Monday for a summit marking 60 years of relations. Sato came to Seoul straight from "
                + "the Pacific Leaders Summit in Canberra, which ended on Sunday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Seoul");
        });
    }

    @Test
    void aMeetingOfAConsultationGroupIsOneNumberedMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held a high-level meeting of the Deterrence Strategy and "
                + "Consultation Group in Washington on Monday. It was the fourth meeting of the group.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Korea–U.S. high-level meeting"); // named by its sides, not "meeting"
            assertThat(m.city()).isEqualTo("Washington");
            assertThat(m.evidence()).hasSize(2);
        });
    }

    @Test
    void aNumberedMeetingOfTheSameSidesElsewhereIsAnotherMeeting() {
        Extraction extraction = Articles.extract(
                "Korean Foreign Minister Cho Tae-yul and Japanese Foreign Minister Taro Sato signed the statement "
                + "after a bilateral meeting in Tokyo on Monday. The two sides had held their first bilateral "
                + "meeting in Seoul in January.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city()).containsExactly("Tokyo", "Seoul");
    }

    @Test
    void daysOfAnotherEventInARelativeClauseDoNotDateTheMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held their first space dialogue in Seoul in January, when a Japanese "
                + "delegation came to the Space Science Assembly, which ran from January 13 to 21.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 1, 1)));
    }
}
