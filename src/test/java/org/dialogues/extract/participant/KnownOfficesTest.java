package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.junit.jupiter.api.Test;

class KnownOfficesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    private final Extractor extractor = new Extractor(withOffices(
            new ReferenceData.Office("Ken Sato", "JP", "prime minister", LocalDate.of(2024, 10, 1), null),
            new ReferenceData.Office("Anna Weber", "DE", "foreign minister", LocalDate.of(2024, 5, 1), null)));

    @Test
    void aBareTitleTakesTheCountryOfTheOfficeSeenBefore() {
        Extraction extraction = extract("Prime Minister Ken Sato met South Korean Foreign Minister Park Min-jae in "
                + "Tokyo on Monday.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Ken Sato", "JP"));
    }

    @Test
    void aKnownPersonNamedWithoutTitleTakesPart() {
        Extraction extraction = extract("South Korea and Germany held foreign ministers' talks in Berlin on Monday.\n"
                + "Anna Weber and South Korean Foreign Minister Park Min-jae agreed to meet again in Seoul.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode,
                ParticipantFact::levelCode).contains(tuple("Anna Weber", "DE", "minister"));
    }

    private Extraction extract(String text) {
        return extractor.extract(ArticleInput.of(text, PUBLISHED));
    }

    private static ReferenceData withOffices(ReferenceData.Office... offices) {
        ReferenceData base = TestReference.create();
        return new ReferenceData(base.parties(), base.partyAliases(), base.organizations(), base.titles(),
                base.topics(), base.series(), base.cities(), List.of(offices));
    }
}
