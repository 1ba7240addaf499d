package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.ReferenceData;
import org.junit.jupiter.api.Test;

class KnownPeopleTest {

    private static final ReferenceData.Office OUTGOING = new ReferenceData.Office("Mara Lind", "NL", "prime minister",
            LocalDate.of(2010, 10, 14), LocalDate.of(2024, 7, 2));
    private static final ReferenceData.Office INCOMING = new ReferenceData.Office("Mara Lind", "NATO", "secretary general",
            LocalDate.of(2024, 10, 1), null);
    private static final ReferenceData.Office STAYING = new ReferenceData.Office("Ola Berg", "NO", "foreign minister",
            LocalDate.of(2021, 1, 1), null);

    private final KnownPeople people = new KnownPeople(List.of(INCOMING, OUTGOING, STAYING));

    @Test
    void aPersonServesThePartyOfTheOfficeHeldOnTheDate() {
        assertThat(people.partyOn("Mara Lind", LocalDate.of(2023, 5, 1))).contains("NL");
        assertThat(people.partyOn("mara lind", LocalDate.of(2025, 5, 1))).contains("NATO");
    }

    @Test
    void betweenOfficesInDifferentPartiesTheCountryIsUnknown() {
        assertThat(people.partyOn("Mara Lind", LocalDate.of(2024, 8, 1))).isEmpty();
    }

    @Test
    void beforeTheirOnlyOfficeAPersonStillServesItsParty() {
        assertThat(people.partyOn("Ola Berg", LocalDate.of(2019, 1, 1))).contains("NO");
    }

    @Test
    void withoutADateTheLatestOfficeCounts() {
        assertThat(people.officeOn("Mara Lind", null)).contains(INCOMING);
        assertThat(people.holdersOn(null)).containsExactlyInAnyOrder(INCOMING, STAYING);
    }

    @Test
    void onlyHoldersInOfficeOnTheDateAreListed() {
        assertThat(people.holdersOn(LocalDate.of(2024, 8, 1))).containsExactly(STAYING);
        assertThat(people.holdersOn(LocalDate.of(2024, 7, 2))).containsExactlyInAnyOrder(OUTGOING, STAYING);
    }
}
