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
}
