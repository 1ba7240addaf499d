package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

/** Meetings read from the dependency structure of a sentence: its noun phrase, "of" and "between" arguments, clause date and tense. */
class MeetingsFromStructureTest {

    private static final LocalDate MONDAY = LocalDate.of(2023, 2, 20);

    @Test
    void aNamedGroupMeetingWithItsAcronymInsideIsAnnouncedForItsDay() {
        Extraction extraction = Articles.extract(
                "Japan and the Republic of Korea will hold a bilateral Maritime Security Policy Coordination Group "
                + "(MSPCG) meeting on March 3, 2023, in Tokyo.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.acronym()).isEqualTo("MSPCG");
            assertThat(m.name()).contains("Maritime Security Policy Coordination Group");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 3, 3));
            assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(m.city()).isEqualTo("Tokyo");
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void theFirstMeetingOfANamedBodyIsItsFirstEditionOnTheDayItWillTakePlace() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan said the first meeting of the Cyber Policy Consultative Body (CPCB) will take "
                + "place on August 9 in Busan.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).startsWith("Cyber Policy Consultative Body");
            assertThat(m.series()).contains("Cyber Policy Consultative Body");
            assertThat(m.edition()).isEqualTo(1);
            assertThat(m.acronym()).isEqualTo("CPCB");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 8, 9));
            assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(m.city()).isEqualTo("Busan");
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void theNthSessionOfAWorkingGroupIsThatEditionOfTheGroup() {
        Extraction extraction = Articles.extract(
                "South Korean and Japanese officials gathered for the 12th session of the Satellite Navigation "
                + "Working Group in Seoul on Tuesday.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Satellite Navigation Working Group");
            assertThat(m.edition()).isEqualTo(12);
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Seoul");
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void talksBetweenTheChiefsOfTwoCountriesAreTheirsAndNamedByWhoMet() {
        Extraction extraction = Articles.extract(
                "Officials held talks between the defence chiefs of South Korea and France in Paris on Monday.",
                MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "FR");
            assertThat(m.name()).isEqualTo("Korea–France defence chiefs' talks");
            assertThat(m.startDate()).isEqualTo(MONDAY);
        });
    }

    @Test
    void theNthRoundOfTalksIsTheirEdition() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held the third round of security talks in Tokyo on Friday.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.edition()).isEqualTo(3);
            assertThat(m.name()).isEqualTo("Korea-Japan security talks"); // the series, not "security talks"
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 2, 17));
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void aMeetingOfTwoMinistersIsNamedByItsSidesNotMeeting() {
        Extraction extraction = Articles.extract(
                "Defense Minister Kim Dong-su met Japanese Defense Minister Taro Sato on the sidelines of the "
                + "Shangri-La Dialogue in Singapore on Saturday.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).startsWith("Korea–Japan").endsWith("meeting").doesNotContain("between");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 2, 18));
        });
    }

    @Test
    void phoneTalksAreNamedByTheirSides() {
        Extraction extraction = Articles.extract(
                "Foreign Minister Cho Tae-yul held phone talks with his Australian counterpart Penny Wong on Tuesday.",
                MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).startsWith("Korea–Australia").endsWith("phone talks");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void aPhoneCallIsAMeetingNoun() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia held a phone call on Friday to discuss supply chains.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Korea–Australia phone call");
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
        });
    }

    @Test
    void aDialogueScheduledToBeHeldIsPlannedForItsDay() {
        Extraction extraction = Articles.extract(
                "South Korea and Poland are scheduled to hold a strategic dialogue in Warsaw on June 5.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 6, 5));
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void talksCalledOffAreCancelled() {
        Extraction extraction = Articles.extract(
                "South Korea and Germany called off their security talks planned for March 10.", MONDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    @Test
    void talksPostponedAreCancelled() {
        Extraction extraction = Articles.extract(
                "South Korea and France postponed their defense talks scheduled for next week.", MONDAY);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    @Test
    void thePreviousMeetingOfASeriesIsAnEarlierOneNotTheOneReported() {
        Extraction extraction = Articles.extract(
                "South Korea and Germany held their fifth Korea-Germany strategic dialogue in Berlin on Monday.\n"
                + "The previous Korea-Germany strategic dialogue took place in Seoul in April last year.", MONDAY);

        assertThat(extraction.meetings()).hasSize(2);
        assertThat(extraction.meetings().get(1)).satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(m.city()).isEqualTo("Seoul");
        });
    }

    @Test
    void theSameSeriesToldAgainWithoutPreviousIsTheSameMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and Germany held their fifth Korea-Germany strategic dialogue in Berlin on Monday.\n"
                + "The Korea-Germany strategic dialogue covered export controls.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isEqualTo(5));
    }

    @Test
    void aSessionOfParliamentBetweenNoPartiesIsNoMeeting() {
        Extraction extraction = Articles.extract(
                "Lawmakers opened the 410th session of the National Assembly on Monday.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void aCallForTalksIsNoPhoneCall() {
        Extraction extraction = Articles.extract(
                "The opposition renewed its call for an investigation on Monday.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void anEarlierRoundIsNamedAsTalksOfItsSidesNotAsThePreviousRound() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia held cyber policy talks in Seoul on Monday.\n"
                + "The previous round was held in Canberra in September 2021.", MONDAY);

        assertThat(extraction.meetings()).extracting(m -> m.name())
                .allSatisfy(name -> assertThat(name).doesNotContainIgnoringCase("previous"))
                .anySatisfy(name -> assertThat(name).isEqualTo("Korea–Australia talks"));
    }

    @Test
    void threeSidesAreNotCalledBilateral() {
        Extraction extraction = Articles.extract(
                "The defense ministers of South Korea, the United States and Japan held bilateral talks in "
                + "Singapore on Saturday.", MONDAY);

        assertThat(extraction.meetings()).extracting(m -> m.name())
                .allSatisfy(name -> assertThat(name).doesNotContain("bilateral"));
    }

    @Test
    void twoMinistersWhoSpokeByPhoneHeldACallOnTheDayOfTheClause() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Park Jin and Australian Foreign Minister Penny Wong spoke by phone on "
                + "February 14 about supply chains.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.name()).contains("phone call");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 2, 14));
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void theTwoWhoTalkedOverThePhoneAreThePeopleOfTheMeetingJustTold() {
        Extraction extraction = Articles.extract(
                "Defense Minister Lee Jong-sup met Japanese Defense Minister Yasukazu Hamada in Singapore on "
                + "February 10.\nThe two had talked over the phone on February 2.", MONDAY);

        assertThat(extraction.meetings()).hasSize(2).anySatisfy(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 2, 2));
        });
    }

    @Test
    void speakingToReportersByPhoneIsNoCall() {
        Extraction extraction = Articles.extract(
                "Foreign Minister Park Jin spoke to reporters by phone on February 14 about the economy.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void theyWhoMeetTheirAustralianCounterpartsAreTheSidesOfTheSentenceBeforeAndAustralia() {
        Extraction extraction = Articles.extract(
                "South Korea's foreign and defense ministers arrived in Canberra on Sunday.\n"
                + "They held a 2+2 meeting with their Australian counterparts on February 14.", MONDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 2, 14));
        });
    }

    @Test
    void counterpartsOfNoNationalityAddNoSide() {
        Extraction extraction = Articles.extract(
                "South Korean lawmakers held a meeting with their parliamentary counterparts on February 14.", MONDAY);

        assertThat(extraction.meetings()).isEmpty();
    }
}
