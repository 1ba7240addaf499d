package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.junit.jupiter.api.Test;

/**
 * Shapes of ordinary news the parse reads better than word windows: a name cut at "and" that its
 * acronym spells out, the clause's own date against a dateline, "their summit" of the people just
 * named, and earlier meetings "they had met" at, held by the same people.
 */
class NamesDatesAndGroupsTest {

    private static final LocalDate SUNDAY = LocalDate.of(2023, 7, 16);

    @Test
    void anAcronymSpellsOutTheWholeNameOfItsBody() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States will hold a bilateral Extended Deterrence Strategy and Consultation Group "
                + "(EDSCG) meeting on September 16 in Washington.", LocalDate.of(2022, 9, 10));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).contains("Extended Deterrence Strategy and Consultation Group");
            assertThat(m.acronym()).isEqualTo("EDSCG");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2022, 9, 16));
        });
    }

    @Test
    void theDateOfTheClauseWinsOverTheDateline() {
        Extraction extraction = Articles.extract(
                "SEOUL, July 16 (Harbor Wire) -- South Korea and the United States will hold the first meeting of "
                + "their Nuclear Consultative Group (NCG) on Tuesday in Seoul, officials said.", SUNDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 7, 18));
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void theirSummitIsTheMeetingOfThePeopleJustNamedNotTheLastMeetingTold() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States will hold the first meeting of their Nuclear Consultative Group "
                + "(NCG) on Tuesday in Seoul.\n"
                + "The group grew out of the Washington Declaration, which President Yoon Suk Yeol and U.S. President "
                + "Joe Biden adopted at their summit at the White House on April 26.", SUNDAY);

        assertThat(extraction.meetings()).hasSize(2).anySatisfy(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 4, 26));
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(extraction.participants().stream().filter(p -> p.meetingKey().equals(m.key()))
                    .map(ParticipantFact::name)).containsExactlyInAnyOrder("Yoon Suk Yeol", "Joe Biden");
        });
    }

    @Test
    void earlierMeetingsTheyHadHeldAreHeldByTheSamePeople() {
        Extraction extraction = Articles.extract(
                "President Joe Biden of the United States hosted President Yoon Suk Yeol of the Republic of Korea and "
                + "Prime Minister Fumio Kishida of Japan at Camp David on August 18, 2023.\n"
                + "The leaders recalled that they had met in Phnom Penh in November 2022 and in Hiroshima in May 2023.",
                LocalDate.of(2023, 8, 19));

        assertThat(extraction.meetings()).hasSize(3).allSatisfy(m -> assertThat(extraction.participants().stream()
                .filter(p -> p.meetingKey().equals(m.key())).map(ParticipantFact::name))
                .containsExactlyInAnyOrder("Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"));
    }

    @Test
    void theSidesOfAMeetingAreNotPeopleWhoHeldIt() {
        Extraction extraction = Articles.extract(
                "Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo on Monday.\n"
                + "The two countries will hold a working-level dialogue on export controls next month.",
                LocalDate.of(2023, 3, 21));

        assertThat(extraction.meetings()).filteredOn(m -> m.status() == MeetingStatus.PLANNED)
                .allSatisfy(m -> assertThat(extraction.participants())
                        .noneMatch(p -> p.meetingKey().equals(m.key())));
    }

    @Test
    void aNumberedMeetingToldWithoutItsSidesIsAnotherEditionOfTheMeetingJustTold() {
        Extraction extraction = Articles.extract(
                "South Korea, China and Japan will hold their ninth trilateral summit in Seoul on Monday.\n"
                + "The eighth summit was held in Beijing in December 2019.", LocalDate.of(2024, 5, 24));

        assertThat(extraction.meetings()).hasSize(2).anySatisfy(m -> {
            assertThat(m.edition()).isEqualTo(8);
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "CN", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2019, 12, 1));
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void aNumberedRoundOfAChannelIsOneOfItsMeetings() {
        Extraction extraction = Articles.extract(
                "Senior officials of South Korea and Japan held their 12th security policy consultation in Seoul on "
                + "Monday.\nThe channel had been dormant since its 11th round in Tokyo in March 2018.",
                LocalDate.of(2023, 4, 17));

        assertThat(extraction.meetings()).hasSize(2).anySatisfy(m -> {
            assertThat(m.edition()).isEqualTo(11);
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Tokyo");
        });
    }

    @Test
    void aMeetingThatNeverTookPlaceWasCalledOff() {
        Extraction extraction = Articles.extract(
                "South Korea, China and Japan will hold their ninth trilateral summit in Seoul on Monday.\n"
                + "Japan had been due to host the next summit in 2020, but it never took place.",
                LocalDate.of(2024, 5, 24));

        assertThat(extraction.meetings()).anySatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        });
    }

    @Test
    void theirPreviousMeetingsAreHeldByThePeopleJustNamed() {
        Extraction extraction = Articles.extract(
                "President Joe Biden of the United States hosted President Yoon Suk Yeol of the Republic of Korea "
                + "and Prime Minister Fumio Kishida of Japan at Camp David on August 18, 2023.\n"
                + "Their previous trilateral meetings took place in Washington in November 2022 and in Busan in "
                + "May 2023.", LocalDate.of(2023, 8, 19));

        assertThat(extraction.meetings()).hasSize(3).allSatisfy(m -> assertThat(extraction.participants().stream()
                .filter(p -> p.meetingKey().equals(m.key())).map(ParticipantFact::name))
                .containsExactlyInAnyOrder("Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"));
    }

    @Test
    void theirMeetingYearsEarlierMayHaveBeenHeldByOtherOfficeHolders() {
        Extraction extraction = Articles.extract(
                "Defense Minister Lee Jong-sup held talks with Japanese Defense Minister Yasukazu Hamada in "
                + "Singapore on June 4, 2023.\n"
                + "Their previous meeting took place in Geneva in November 2019.", LocalDate.of(2023, 6, 5));

        assertThat(extraction.meetings()).filteredOn(m -> "Geneva".equals(m.city()))
                .singleElement().satisfies(m -> assertThat(extraction.participants())
                        .noneMatch(p -> p.meetingKey().equals(m.key())));
    }

    @Test
    void theFirstMeetingSinceAGapTakesTheNumberToldLater() {
        Extraction extraction = Articles.extract(
                "South Korea will host the leaders of China and Japan in Seoul for the first trilateral summit of "
                + "the three countries since December 2019, officials said.\n"
                + "President Yoon Suk Yeol will hold bilateral talks with each of them, before the three leaders meet "
                + "on Monday for the ninth trilateral summit.", LocalDate.of(2024, 5, 24));

        assertThat(extraction.meetings()).filteredOn(m -> m.parties().size() == 3)
                .filteredOn(m -> m.status() == MeetingStatus.PLANNED).singleElement()
                .satisfies(m -> assertThat(m.edition()).isEqualTo(9));
        // "the first since December 2019": the one before it, the eighth, was held then
        assertThat(extraction.meetings()).filteredOn(m -> m.parties().size() == 3)
                .filteredOn(m -> m.status() == MeetingStatus.HELD).singleElement().satisfies(m -> {
                    assertThat(m.edition()).isEqualTo(8);
                    assertThat(m.startDate()).isEqualTo(LocalDate.of(2019, 12, 1));
                });
    }

    @Test
    void aMeetingHeldOnAWeekdayIsDatedBackEvenWhenTheSentenceMentionsAPlan() {
        Extraction extraction = Articles.extract(
                "BUSAN -- The foreign ministers of South Korea and Japan held talks in Busan on Wednesday, a meeting "
                + "dominated by Japan's plan to release treated water into the sea.", LocalDate.of(2023, 7, 12));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 7, 12));
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
    }

    @Test
    void whatOfficialsSayWillHappenLooksAheadThoughTheyHaveSaidIt() {
        Extraction extraction = Articles.extract(
                "Officials said the foreign ministers of South Korea and Japan will hold talks in Busan on Friday.",
                LocalDate.of(2023, 7, 12));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 7, 14));
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void aMeetingOfTheMinistersOfSeveralCountriesIsTheirs() {
        Extraction extraction = Articles.extract(
                "The process was revived at a meeting of the foreign ministers of South Korea, Japan and China in "
                + "Busan in November.", LocalDate.of(2023, 12, 1));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP", "CN");
            assertThat(m.city()).isEqualTo("Busan");
            assertThat(m.name()).contains("foreign ministers");
        });
    }

    @Test
    void aSummitOfTwoCountriesThatWillNotGoAheadIsCalledOff() {
        Extraction extraction = Articles.extract(
                "The summit of South Korea and Japan that Seoul was due to host on May 24 will not go ahead, "
                + "officials said on Wednesday.", LocalDate.of(2023, 5, 17));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 5, 24));
        });
    }
}
