package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.junit.jupiter.api.Test;

/** Sentence shapes that tell of a meeting without the usual "X met Y" or a named dialogue. */
class RecallShapesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void officialsFromTwoCountriesHoldingAMeetingAreItsSides() {
        Extraction extraction = Articles.extract(
                "Officials from South Korea and Poland held a security meeting in Warsaw on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL");
            assertThat(m.city()).isEqualTo("Warsaw");
        });
    }

    @Test
    void twoPlusTwoMeetingIsOneMeetingNotTwo() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia held the fifth 2+2 meeting in Seoul on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isEqualTo(5));
    }

    @Test
    void firstTalksAfterACommaRenameTheMeetingJustNamed() {
        Extraction extraction = Articles.extract(
                "The allies held the 56th Security Consultative Meeting (SCM) in Seoul on Monday, "
                + "the first annual defense talks under the new government.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.acronym()).isEqualTo("SCM"));
    }

    @Test
    void peopleAttendingAMeetingBringTheirSides() {
        Extraction extraction = Articles.extract(
                "The meeting in Seoul on Monday was attended by Korean Defense Minister Kim Dong-su "
                + "and Japanese Defense Minister Taro Sato.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Seoul");
        });
        assertThat(extraction.participants()).extracting(p -> p.name())
                .contains("Kim Dong-su", "Taro Sato");
    }

    @Test
    void aMeetingHeldByTheSubjectCountriesIsFound() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held a defense dialogue in Tokyo on Tuesday.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::parties).singleElement()
                .satisfies(p -> assertThat(p).containsExactlyInAnyOrder("KR", "JP"));
    }

    @Test
    void previousMeetingsInTwoCitiesAreOneMeetingPerCity() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held the fifth 2+2 meeting in Seoul on Monday. "
                + "Their previous meetings took place in Washington in 2022 and in Busan in 2023.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city() + " " + m.startDate())
                .containsExactly("Seoul 2025-04-14", "Washington 2022-01-01", "Busan 2023-01-01");
    }

    @Test
    void aKoreanNamedOfficeHolderWithoutCountryMeetingAForeignerIsOnKoreasSide() {
        Extraction extraction = Articles.extract(
                "Defense Minister Kim Dong-su held talks with Japanese Defense Minister Taro Sato "
                + "in Tokyo on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP"));
    }

    @Test
    void oneInAnotherCityIsAnotherMeetingOfTheSameKindWithItsOwnDate() {
        Extraction extraction = Articles.extract(
                "President Lee Jae-myung is attending a Korea-Japan summit in Tokyo on Tuesday, "
                + "after attending one in Busan in June last year.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city() + " " + m.startDate())
                .containsExactly("Tokyo 2025-04-15", "Busan 2024-06-01");
    }

    @Test
    void heHoldingASummitWithAForeignLeaderIsThePersonLastNamed() {
        Extraction extraction = Articles.extract(
                "President Lee Jae-myung arrived in Tokyo on Monday. "
                + "He will then travel to Warsaw, where he is to hold a summit with Polish President Jan Kowal "
                + "on Thursday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL"));
    }

    @Test
    void itsSecondMeetingIsAnEarlierEditionBetweenTheSameSides() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held the third meeting of their security council in Tokyo on Monday. "
                + "Its second meeting took place in Busan in December.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city() + " " + m.parties().size())
                .containsExactly("Tokyo 2", "Busan 2");
    }

    @Test
    void coChairsOfAMeetingBringTheirSides() {
        Extraction extraction = Articles.extract(
                "The meeting was co-chaired by Korean Defense Minister Kim Dong-su "
                + "and Japanese Defense Minister Taro Sato in Tokyo on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP"));
    }

    @Test
    void theTwoLeadersLastMetOnAnEarlierDateIsAnotherMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held a summit in Tokyo on Monday. "
                + "The two leaders last met in Busan in May 2023.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city() + " " + m.startDate())
                .containsExactly("Tokyo 2025-04-14", "Busan 2023-05-01");
    }

    @Test
    void thePreviousRoundIsAnotherMeetingOfTheSameSides() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held the sixth defense dialogue in Tokyo on Monday. "
                + "The previous round took place in Busan in September 2021.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(m -> m.city() + " " + m.startDate())
                .containsExactly("Tokyo 2025-04-14", "Busan 2021-09-01");
    }

    @Test
    void aRoundOfSanctionsIsNoMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan announced the next round of sanctions on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void threeMinistersMeetingRightAfterATrilateralMeetingIsToldAreThatMeeting() {
        Extraction extraction = Articles.extract(
                "The ministers of South Korea, Poland and Japan held a trilateral meeting in Busan "
                + "on Monday. Korean Defense Minister Kim Dong-su, Polish Defense Minister Jan Kowal and "
                + "Japanese Defense Minister Taro Sato met over lunch.", WEDNESDAY);

        assertThat(extraction.meetings()).hasSize(1);
    }

    @Test
    void theFirstMeetingSinceAnEarlierOneTellsThatEarlierOne() {
        Extraction extraction = Articles.extract(
                "South Korea, the United States and Japan held a three-way summit in Geneva on Wednesday, the first "
                + "meeting of the three countries' leaders since a session in Washington in September 2017.", WEDNESDAY);

        assertThat(extraction.meetings()).hasSize(2);
        assertThat(extraction.meetings()).filteredOn(m -> m.startDate() != null && m.startDate().getYear() == 2017)
                .singleElement().satisfies(m -> {
                    assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US", "JP");
                    assertThat(m.status()).isEqualTo(org.dialogues.extract.MeetingStatus.HELD);
                    assertThat(m.city()).isEqualTo("Washington");
                });
        assertThat(extraction.meetings()).filteredOn(m -> m.startDate().equals(WEDNESDAY))
                .singleElement().satisfies(m -> assertThat(m.city()).isEqualTo("Geneva"));
    }
    @Test
    void anAnnualSeriesMeetingIsOfItsSeries() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held their annual Security Consultative Meeting in Seoul on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.series()).isEqualTo("Korea-U.S. Security Consultative Meeting"));
    }

    @Test
    void theOfficersOfTwoCountriesAreItsSides() {
        Extraction extraction = Articles.extract(
                "The top military officers of South Korea and the United States held talks in Seoul on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US"));
    }

    @Test
    void aSeriesToldAndThenItsNumberedEditionAreOneMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held their annual Security Consultative Meeting in Seoul on Monday. "
                + "Defense Minister Kim Dong-su hosted U.S. Defense Secretary John Miller for the 56th SCM.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.edition()).isEqualTo(56);
            assertThat(m.city()).isEqualTo("Seoul");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        });
    }

    @Test
    void aDateInASinceClauseAfterAnAbbreviationIsAnotherEventsDate() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held their annual Security Consultative Meeting in Seoul on Monday. "
                + "Defense Minister Kim Dong-su hosted U.S. Defense Secretary John Miller for the 56th SCM, "
                + "Miller's first trip to South Korea since he took the top U.S. defense post in January.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 14)));
    }
    @Test
    void aSeriesNamedWithoutItsSidesIsStillThatSeries() {
        Extraction extraction = Articles.extract(
                "The Security Consultative Meeting took place in Seoul on Monday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.series()).isEqualTo("Korea-U.S. Security Consultative Meeting");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
        });
    }
    @Test
    void theLeadersTheSidesMetAreASideToo() {
        Extraction extraction = Articles.extract(
                "The leaders of South Korea, Japan and Australia met NATO leaders in Washington on Monday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP", "AU", "NATO"));
    }
    @Test
    void aCountryNamedAfterForIsNotASideOfTheMeeting() {
        Extraction extraction = Articles.extract(
                "NATO and South Korea agreed on Monday to expand support for Poland, as President Kim Dong-su "
                + "joined allied leaders for the last day of the NATO summit in Washington.", WEDNESDAY);

        assertThat(extraction.meetings()).allSatisfy(m -> assertThat(m.parties()).doesNotContain("PL"));
    }
}
