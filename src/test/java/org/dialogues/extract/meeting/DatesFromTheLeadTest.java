package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingStatus;
import org.junit.jupiter.api.Test;

/** A story's lead dates the meeting it reports when no sentence of the meeting's own says when it was held. */
class DatesFromTheLeadTest {

    private static final LocalDate SUNDAY = LocalDate.of(2023, 5, 14);

    @Test
    void aMeetingToldRightAfterTheLeadWasHeldOnTheLeadsDay() {
        Extraction extraction = Articles.extract(
                "JAKARTA, May 14 -- South Korea's foreign minister spent Sunday in back-to-back sessions with his "
                + "regional partners on the sidelines of an Asian security forum held in the Indonesian capital.\n"
                + "South Korean Foreign Minister Park Jin, Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister "
                + "Penny Wong held a trilateral meeting and issued a joint statement.", SUNDAY);

        assertThat(extraction.meetings()).anySatisfy(m -> {
            assertThat(m.parties()).contains("KR", "JP", "AU");
            assertThat(m.startDate()).isEqualTo(SUNDAY);
        });
    }

    @Test
    void aMeetingStillToComeDoesNotTakeTheLeadsDay() {
        Extraction extraction = Articles.extract(
                "JAKARTA, May 14 -- South Korea's foreign minister spent Sunday in back-to-back sessions with his "
                + "regional partners on the sidelines of an Asian security forum held in the Indonesian capital.\n"
                + "South Korean Foreign Minister Park Jin, Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister "
                + "Penny Wong plan to hold a trilateral meeting.", SUNDAY);

        assertThat(extraction.meetings()).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(m.startDate()).isNull();
        });
    }

    @Test
    void aCallHeldOnTheEveningOfADayIsDatedToThatDay() {
        Extraction extraction = Articles.extract(
                "Minister Park Jin of South Korea will hold a meeting with Japanese Foreign Minister Yoko Kamikawa "
                + "on the evening of Thursday, May 18, the ministry said.", SUNDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 5, 18));
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        });
    }

    @Test
    void aRoundOfNegotiationsIsASittingOfItsSides() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States finished the second round of negotiations on a new trade accord "
                + "in Seoul on Friday, officials said.", SUNDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2023, 5, 12));
        });
    }

    @Test
    void negotiationsNotCountedInRoundsAreNoMeeting() {
        Extraction extraction = Articles.extract(
                "South Korea and the United States said negotiations on a new trade accord would take years.", SUNDAY);

        assertThat(extraction.meetings()).isEmpty();
    }

    @Test
    void theGatheringALeaderComesFromDoesNotTakeTheDayOfTheTalksTheLeadReports() {
        Extraction extraction = Articles.extract(
                "SEOUL, May 14 -- German Chancellor Olaf Scholz held talks with South Korean President Yoon Suk Yeol "
                + "in Seoul on Sunday, stopping over on his way back from the Group of Seven summit in Hiroshima.",
                SUNDAY);

        assertThat(extraction.meetings()).anySatisfy(m -> assertThat(m.startDate()).isEqualTo(SUNDAY));
        assertThat(extraction.meetings()).filteredOn(m -> m.parties().contains("G7"))
                .allSatisfy(m -> assertThat(m.startDate()).isNull());
    }

    @Test
    void aPreviousMeetingToldNearTheTopIsNotDatedByTheLead() {
        Extraction extraction = Articles.extract(
                "SEOUL, May 14 -- South Korea and India held their annual trade and security consultations in Seoul "
                + "on Sunday, the foreign ministry said in a statement.\n"
                + "The previous round of the consultations took place in New Delhi.", SUNDAY);

        assertThat(extraction.meetings()).filteredOn(m -> m.name().toLowerCase().contains("previous"))
                .allSatisfy(m -> assertThat(m.startDate()).isNull());
    }

    @Test
    void aChannelTheLeadersAgreedToRestoreIsStillToCome() {
        Extraction extraction = Articles.extract(
                "President Yoon Suk Yeol and Prime Minister Fumio Kishida agreed to restore the Korea-Japan "
                + "security dialogue.", SUNDAY);

        assertThat(extraction.meetings()).filteredOn(m -> m.name().toLowerCase().contains("dialogue"))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
    }
}
