package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.TestReference;
import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

class MeetingNamesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 25);
    private final SeriesCatalog catalog = new SeriesCatalog(TestReference.create(),
            new AliasMatcher(TestReference.create()));

    @Test
    void everySpellingOfTheSamePartiesGivesOneSeriesKey() {
        String korea = catalog.key("Korea-U.S. Cyber Dialogue", Set.of()).value();

        assertThat(catalog.key("ROK-U.S. cyber dialogue", Set.of()).value()).isEqualTo(korea);
        assertThat(catalog.key("U.S.-ROK Cyber Dialogue", Set.of()).value()).isEqualTo(korea);
        assertThat(catalog.key("3rd South Korea-US Cyber Dialogue", Set.of()).value()).isEqualTo(korea);
        assertThat(korea).isEqualTo("KR-US|cyber dialogue");
    }

    @Test
    void builtSeriesNamesPutKoreaFirst() {
        assertThat(catalog.buildName(SeriesCatalog.koreaFirst(new java.util.LinkedHashSet<>(java.util.List.of("EU", "KR"))),
                "space security dialogue")).isEqualTo("Korea-EU space security dialogue");
    }

    @Test
    void ordinalsGiveEditions() {
        assertThat(Ordinals.parse("25th")).contains(25);
        assertThat(Ordinals.parse("first-ever")).contains(1);
        assertThat(Ordinals.parse("inaugural")).contains(1);
        assertThat(Ordinals.parse("twenty-first")).contains(21);
        assertThat(Ordinals.parse("firstly")).isEmpty();
    }

    @Test
    void aNamedDialogueWithEditionAcronymAndVenueIsOneMeetingOfAKnownSeries() {
        Extraction extraction = Articles.extract(
                "Seoul and Washington held the 24th Korea-U.S. Integrated Defense Dialogue (KIDD) in Busan on Sept. 23. "
                + "During the dialogue, the two sides discussed deterrence.", PUBLISHED);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.series()).isEqualTo("Korea-U.S. Integrated Defense Dialogue");
            assertThat(m.edition()).isEqualTo(24);
            assertThat(m.acronym()).isEqualTo("KIDD");
            assertThat(m.city()).isEqualTo("Busan");
            assertThat(m.countryCode()).isEqualTo("KR");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2024, 9, 23));
            assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(m.evidence()).hasSize(2);
        });
    }

    @Test
    void anUnknownRecurringDialogueGetsAKoreaFirstSeriesName() {
        Extraction extraction = Articles.extract(
                "Germany and South Korea held their first cyber dialogue in Berlin on Monday.", PUBLISHED);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.series()).isEqualTo("Korea-Germany cyber dialogue");
            assertThat(m.edition()).isEqualTo(1);
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "DE");
            assertThat(m.countryCode()).isEqualTo("DE");
        });
    }

    @Test
    void futureWordingMakesAMeetingPlanned() {
        Extraction extraction = Articles.extract(
                "South Korea and the U.S. plan to hold the 57th Korea-U.S. Security Consultative Meeting in "
                + "Washington next month.", PUBLISHED);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(m.edition()).isEqualTo(57);
            assertThat(m.countryCode()).isEqualTo("US");
        });
    }

    @Test
    void reportedCancellationIsCancelled() {
        Extraction extraction = Articles.extract(
                "Japan and South Korea cancelled the Korea-Japan Security Dialogue set for Friday.", PUBLISHED);

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    @Test
    void aDomesticMeetingWithOnePartyIsNotADialogue() {
        Extraction extraction = Articles.extract(
                "The South Korean minister spoke during a Cabinet meeting held on Tuesday.", PUBLISHED);

        assertThat(extraction.meetings()).isEmpty();
    }
}
