package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.junit.jupiter.api.Test;

class EncounterMeetingsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void eachPersonMetIsOneBilateralMeetingWithItsOwnDate() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Park Min-jae arrived in Europe.\n"
                + "Park met with Polish Foreign Minister Tomasz Nowicki on April 7 and Defense Minister "
                + "Piotr Zielinski on April 8, followed by a courtesy visit with Polish President Jan Kowal.",
                WEDNESDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::startDate)
                .containsExactly(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 8));
        assertThat(extraction.meetings()).allSatisfy(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL"));
        assertThat(extraction.participants()).extracting(p -> p.meetingKey() + " " + p.name())
                .contains("m1 Park Min-jae", "m1 Tomasz Nowicki", "m2 Piotr Zielinski", "m3 Jan Kowal");
    }

    @Test
    void twoPeopleOfOneSideMetTogetherAreOneMeeting() {
        Extraction extraction = Articles.extract(
                "South Korean Foreign Minister Park Min-jae and South Korean Defense Minister Kim Sun-ho met Polish "
                + "Foreign Minister Tomasz Nowicki and Defense Minister Piotr Zielinski in Warsaw on Tuesday.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 4, 15));
        });
        assertThat(extraction.participants()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Park Min-jae", "Kim Sun-ho", "Tomasz Nowicki", "Piotr Zielinski");
    }

    @Test
    void callingOnSomeoneIsACourtesyCallButCallingOnThemToActIsNot() {
        Extraction call = Articles.extract("Polish Foreign Minister Tomasz Nowicki also called on South Korean Prime "
                + "Minister Han Min-su in Seoul on Tuesday.", WEDNESDAY);
        Extraction appeal = Articles.extract("Polish Foreign Minister Tomasz Nowicki called on South Korean Prime "
                + "Minister Han Min-su to raise defense spending.", WEDNESDAY);

        assertThat(call.meetings()).singleElement()
                .satisfies(m -> assertThat(m.parties()).containsExactlyInAnyOrder("KR", "PL"));
        assertThat(call.participants()).extracting(p -> p.name()).containsExactlyInAnyOrder("Tomasz Nowicki", "Han Min-su");
        assertThat(appeal.meetings()).isEmpty();
    }

    @Test
    void talksBetweenTwoNamedPeopleAreOneMeeting() {
        Extraction extraction = Articles.extract(
                "The pact was signed in May 2024 at a meeting between South Korean Foreign Minister Park Min-jae "
                + "and Anna Weber, who was then the German foreign minister, in Berlin.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "DE");
            assertThat(m.city()).isEqualTo("Berlin");
            assertThat(m.countryCode()).isEqualTo("DE");
        });
    }

    @Test
    void peopleMeetingInsideANamedMeetingJoinItInsteadOfFormingANewOne() {
        Extraction extraction = Articles.extract(
                "The talks opened the third Korea-Australia Foreign and Defense Ministerial Meeting in Canberra on "
                + "April 14, in which Foreign Minister Park Min-jae and Defense Minister Lee Jun-ho met "
                + "Australian Foreign Minister Claire Dubois and Australian Defence Minister Paul Tremblay.",
                WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isEqualTo(3));
        assertThat(extraction.participants()).as(extraction.meetings().toString()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Park Min-jae", "Lee Jun-ho", "Claire Dubois", "Paul Tremblay");
    }

    @Test
    void aCourtesyCallReceivedFromAVisitorIsAMeetingWithThem() {
        Extraction extraction = Articles.extract(
                "President Yoon Suk Yeol of South Korea received a courtesy call from Japanese Foreign Minister "
                + "Yoko Kamikawa in Busan on Wednesday.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(WEDNESDAY);
        });
    }

    @Test
    void whoSatDownWithSomeoneMetThem() {
        Extraction extraction = Articles.extract(
                "South Korean President Kim Min-ho then sat down with U.S. President Tom Reed in Busan on Sunday.",
                LocalDate.of(2025, 3, 10));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "US");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 3, 9));
            assertThat(m.city()).isEqualTo("Busan");
        });
        assertThat(extraction.participants()).extracting(org.dialogues.extract.ParticipantFact::name)
                .containsExactlyInAnyOrder("Kim Min-ho", "Tom Reed");
    }
}
