package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.Tense;
import org.junit.jupiter.api.Test;

class MeetingStatusCuesTest {

    @Test
    void plansAnnouncedAtAMeetingDoNotMakeTheMeetingPlanned() {
        String sentence = "The ministers met for the annual strategic dialogue, at which Canberra announced plans "
                + "to open a new naval base.";

        assertThat(StatusCues.status(sentence)).isEqualTo(MeetingStatus.HELD);
        assertThat(StatusCues.tense(sentence)).isEqualTo(Tense.PAST);
    }

    @Test
    void aRelativeClauseThatLooksAheadStillTellsOfAComingMeeting() {
        assertThat(StatusCues.status("Leaders gather at the summit in Rome, where they will sign the accord."))
                .isEqualTo(MeetingStatus.PLANNED);
        assertThat(StatusCues.status("The two sides plan to hold talks in Rome, where they met last year."))
                .isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void whatASignedAccordWillDoDoesNotMakeTheMeetingPlanned() {
        String sentence = "The two countries signed a pact on Tuesday that will let their troops train together, "
                + "as their ministers met in Hanoi.";

        assertThat(StatusCues.status(sentence)).isEqualTo(MeetingStatus.HELD);
        assertThat(StatusCues.tense(sentence)).isEqualTo(Tense.PAST);
        assertThat(StatusCues.status("The sides agreed on a forum that will open in Hanoi next month."))
                .isEqualTo(MeetingStatus.PLANNED);
    }
    @Test
    void aMeetingADelegationIsDueToHoldOrCouldHoldLooksAhead() {
        assertThat(StatusCues.status("South Korea is due to host the security dialogue in Seoul on May 24."))
                .isEqualTo(MeetingStatus.PLANNED);
        assertThat(StatusCues.status("He flies to Bali on Monday, where he could meet the Chinese president."))
                .isEqualTo(MeetingStatus.PLANNED);
        assertThat(StatusCues.status("The talks were held in Seoul, a week late due to the typhoon."))
                .isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aMeetingThatCouldBeHeldIsPlannedInTheSentencesStructure() {
        org.dialogues.extract.Extraction extraction = org.dialogues.extract.Articles.extract(
                "South Korea and Japan may hold a summit in Seoul next month, officials said.",
                java.time.LocalDate.of(2025, 4, 16));

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
    }
}
