package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.ParticipantFact;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    @Test
    void appositiveAndTitleFirstPeopleWhoHeldTheDialogueTakePart() {
        Extraction extraction = Articles.extract(
                "South Korea and the EU held their second space dialogue on Monday.\n"
                + "Kim Min-ho, director general at South Korea’s Foreign Ministry, and EU Special Envoy for Space "
                + "Anna van Berg held the dialogue in Brussels.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode,
                        ParticipantFact::levelCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Kim Min-ho", "KR", "senior_official"),
                        org.assertj.core.groups.Tuple.tuple("Anna van Berg", "EU", "senior_official"));
        assertThat(extraction.participants()).filteredOn(p -> p.name().equals("Kim Min-ho"))
                .singleElement().satisfies(p -> assertThat(p.organization()).isEqualTo("Ministry of Foreign Affairs"));
    }

    @Test
    void peopleMerelyMentionedAreNotParticipants() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Lee Jun-seo and U.S. Secretary of State Mark Hale held talks in "
                + "Seoul on Monday, under former U.S. President Tom Reed's old plan, as Russian President Ivan "
                + "Petrov watched.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Lee Jun-seo", "Mark Hale");
    }

    @Test
    void aLaterSurnameRefersToThePersonNamedInFull() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Lee Jun-seo arrived in Europe.\n"
                + "On Friday, Lee met with his French counterpart Paul Martin in Paris.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Lee Jun-seo", "Paul Martin");
        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 2, 7));
            assertThat(m.city()).isEqualTo("Paris");
        });
    }

    @Test
    void whoAsksOrTellsTheirCounterpartInTheNextSentenceTookPart() {
        Extraction extraction = Articles.extract(
                "The leaders of South Korea and Japan held talks in Tokyo on Wednesday.\n"
                + "President Kim Min-ho asked his Japanese counterpart, Prime Minister Ken Sato, to share the data.\n"
                + "Opposition lawmaker Park Ji-won criticized the talks.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Kim Min-ho", "Ken Sato");
    }

    @Test
    void heJoinedToANameIsThePersonTheStoryFollows() {
        Extraction extraction = Articles.extract(
                "South Korean President Kim Min-ho spoke at a conference in Madrid on Wednesday.\n"
                + "He and Australian Prime Minister Tom Reed had held bilateral talks on Tuesday.", PUBLISHED);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "AU");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 2, 11));
        });
        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Kim Min-ho", "Tom Reed");
    }

    @Test
    void aBareTitleBeforeAKoreanNameFormServesSouthKorea() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held defense talks in Tokyo on Monday.\n"
                + "Defense Minister Park Min-jae and Japanese Defense Minister Ken Sato attended the talks.",
                PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(org.assertj.core.groups.Tuple.tuple("Park Min-jae", "KR"),
                        org.assertj.core.groups.Tuple.tuple("Ken Sato", "JP"));
    }

    @Test
    void peopleListedAfterForeignCounterpartsServeThatCountry() {
        Extraction extraction = Articles.extract(
                "South Korea and Australia held foreign and defense talks in Canberra on Monday.\n"
                + "Foreign Minister Park Min-jae held the talks with his Australian counterparts, Foreign "
                + "Minister Claire Dunmore and Defense Minister Tom Whitlock.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(org.assertj.core.groups.Tuple.tuple("Claire Dunmore", "AU"),
                        org.assertj.core.groups.Tuple.tuple("Tom Whitlock", "AU"));
    }

    @Test
    void aListOfTitledPeopleIsNotReadAsAnAppositive() {
        Extraction extraction = Articles.extract(
                "The leaders of South Korea, the United States and Japan met in Seoul on Monday.\n"
                + "President Park Min-jae, U.S. President Tom Reed and Japanese Prime Minister Ken Sato held the "
                + "talks over lunch.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Park Min-jae", "KR"),
                        org.assertj.core.groups.Tuple.tuple("Tom Reed", "US"),
                        org.assertj.core.groups.Tuple.tuple("Ken Sato", "JP"));
    }

    @Test
    void peopleWhoHoldTheTalksInTheNextSentenceTakePart() {
        Extraction extraction = Articles.extract(
                "South Korea and Germany met for security talks in Berlin on Monday.\n"
                + "Foreign Minister Park Min-jae and German Foreign Minister Lena Vogt held the talks at the "
                + "chancellery.\n"
                + "Russian President Ivan Petrov was in Moscow.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Park Min-jae", "Lena Vogt");
    }

    @Test
    void theOrganizationFollowsFromThePortfolioInTheTitle() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States held security talks in Seoul on Monday.\n"
                + "Vice Minister of National Defense Park Min-jae and U.S. Secretary of State Tom Reed held the "
                + "talks.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::organization)
                .contains(org.assertj.core.groups.Tuple.tuple("Park Min-jae", "Ministry of National Defense"),
                        org.assertj.core.groups.Tuple.tuple("Tom Reed", "U.S. Department of State"));
    }

    @Test
    void aPersonLeadingAPartysDelegationServesThatParty() {
        Extraction extraction = Articles.extract(
                "South Korea and NATO held security talks in Brussels on Monday.\n"
                + "NATO officials, led by Secretary-General Tom Reed, held the talks with South Korean Foreign "
                + "Minister Park Min-jae.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(org.assertj.core.groups.Tuple.tuple("Tom Reed", "NATO"));
    }

    @Test
    void aLeaderOfNoStatedCountryAtAMeetingInAPartysCountryLeadsTheHost() {
        Extraction extraction = Articles.extract(
                "Japan and Poland held their first security dialogue in Warsaw on Monday.\n"
                + "Japanese Foreign Minister Ken Sato signed a defense pact at the dialogue, in a ceremony "
                + "witnessed by President Jan Nowak.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(org.assertj.core.groups.Tuple.tuple("Jan Nowak", "PL"));
    }

    @Test
    void aPersonWhoseEventSetsTheSceneDoesNotTakePart() {
        Extraction extraction = Articles.extract(
                "Japanese Foreign Minister Ken Sato held talks with his South Korean counterpart, Park Min-jae, "
                + "in Seoul on Monday, a week after President Lee Tae-ho's resignation.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Ken Sato", "Park Min-jae");
    }

    @Test
    void delegationLeadersNamedWithoutTitlesInTheNextSentenceTakePart() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held defense talks in Tokyo on Monday.\n"
                + "The delegations were led by Han Seo-yeon and Daichi Mori.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Han Seo-yeon", "KR"),
                        org.assertj.core.groups.Tuple.tuple("Daichi Mori", "JP"));
    }

    @Test
    void anUntitledCoChairBesideATitledOneServesTheOtherSide() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held defense talks in Tokyo on Monday.\n"
                + "Vice Defense Minister Han Seo-yeon and Daichi Mori co-chaired the talks.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(org.assertj.core.groups.Tuple.tuple("Daichi Mori", "JP"));
    }

    @Test
    void aPersonWhoJoinedTheDelegationInTheNextSentenceTakesPart() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Han Seo-yeon held talks with Foreign Minister Grace Holt of "
                + "Australia in Canberra on Monday.\nHan was joined by Vice Defense Minister Oh Jae-min.", PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .contains("Han Seo-yeon", "Grace Holt", "Oh Jae-min");
    }

    @Test
    void capitalizedWordsOutsideAParticipantsPositionAreNotPeople() {
        Extraction extraction = Articles.extract(
                "South Korea and Japan held defense talks in Tokyo on Monday, where Defense Minister Han Seo-yeon "
                + "and Japanese Defense Minister Daichi Mori praised the Freedom Edge exercise and Camp David Principles.",
                PUBLISHED);

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Han Seo-yeon", "Daichi Mori");
    }
}
