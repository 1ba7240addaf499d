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
}
