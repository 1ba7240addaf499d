package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.ParticipantFact;
import org.junit.jupiter.api.Test;

/** Participants named outside the meeting's own words: pronouns, "the two leaders", conjuncts. */
class ParticipantReferencesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    @Test
    void aSubjectPronounStandsForThePersonNamedJustBefore() {
        Extraction extraction = Articles.extract(
                "South Korean President Park Min-jae arrived in Europe on Monday for a week of visits.\n"
                + "Park spoke about supply chains at a business forum in Berlin.\n"
                + "He will hold a summit with French President Louis Martin in Paris on Friday.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Park Min-jae", "KR"), tuple("Louis Martin", "FR"));
    }

    @Test
    void aPronounDoesNotReachPastSomeoneOfAnotherSide() {
        Extraction extraction = Articles.extract(
                "South Korean President Park Min-jae arrived in Europe on Monday.\n"
                + "German Chancellor Hans Weber welcomed the visit.\n"
                + "He will hold a summit with French President Louis Martin in Paris on Friday.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .contains("Louis Martin").doesNotContain("Park Min-jae", "Hans Weber");
    }

    @Test
    void theTwoLeadersOfAnEarlierMeetingOfTheSameSidesHeldTheMeetingToldWithoutNames() {
        Extraction extraction = Articles.extract(
                "South Korean President Park Min-jae and Australian Prime Minister Anne Tremblay held a summit in "
                + "Seoul on Monday.\n"
                + "The two leaders last met in Sydney in June 2023.", PUBLISHED);

        assertThat(extraction.meetings()).hasSize(2);
        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Park Min-jae", "Anne Tremblay", "Park Min-jae", "Anne Tremblay");
    }

    @Test
    void aPersonOfNoStatedCountryJoinedByAndToAKnownPersonStandsOnTheSameSide() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Lee Jun-seo, U.S. Secretary of State Mark Hale and Defense Secretary "
                + "Tom Reed held talks in Seoul on Monday.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Tom Reed", "US"), tuple("Mark Hale", "US"), tuple("Lee Jun-seo", "KR"));
    }

    @Test
    void aNameFollowedOnlyByAnAppositiveTitleIsAPerson() {
        Extraction extraction = Articles.extract(
                "Mark Hale, the U.S. secretary of state, held talks with South Korean Foreign Minister Lee Jun-seo "
                + "in Seoul on Monday.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Mark Hale", "US"), tuple("Lee Jun-seo", "KR"));
    }
}
