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
            new ReferenceData.Office("Anna Weber", "DE", "foreign minister", LocalDate.of(2024, 5, 1), null),
            new ReferenceData.Office("Lena Holm", "AU", "prime minister", LocalDate.of(2022, 5, 23), null),
            new ReferenceData.Office("Tomo Arai", "JP", "defense minister", LocalDate.of(2022, 8, 10),
                    LocalDate.of(2024, 10, 1)),
            new ReferenceData.Office("Tomo Arai", "JP", "foreign minister", LocalDate.of(2024, 10, 1), null),
            new ReferenceData.Office("Taro Ueda", "JP", "prime minister", LocalDate.of(2012, 12, 26),
                    LocalDate.of(2020, 9, 16))));

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

    @Test
    void knownLeadersListedUnderAPluralTitleTakeTheirCountries() {
        Extraction extraction = extract("Prime Ministers Ken Sato and Lena Holm met in Tokyo on Monday and agreed to "
                + "deepen defense cooperation.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Ken Sato", "JP"), tuple("Lena Holm", "AU"));
    }

    @Test
    void aPersonNamedAloneTakesTheOfficeHeldOnTheArticlesDate() {
        String text = "South Korea and Japan held talks in Tokyo on Monday.\n"
                + "Tomo Arai and South Korean Foreign Minister Park Min-jae agreed to meet again in Seoul.";

        assertThat(extract(text).participants()).extracting(ParticipantFact::name, ParticipantFact::title)
                .contains(tuple("Tomo Arai", "foreign minister"));
        assertThat(extractor.extract(ArticleInput.of(text, LocalDate.of(2023, 3, 6))).participants())
                .extracting(ParticipantFact::name, ParticipantFact::title)
                .contains(tuple("Tomo Arai", "defense minister"));
    }

    @Test
    void aFormerOfficeHolderNamedAloneIsNoParticipant() {
        String text = "South Korea and Japan held talks in Tokyo on Monday.\n"
                + "Taro Ueda and South Korean Foreign Minister Park Min-jae agreed to meet again in Seoul.";

        assertThat(extract(text).participants()).extracting(ParticipantFact::name).doesNotContain("Taro Ueda");
        assertThat(extractor.extract(ArticleInput.of(text, LocalDate.of(2019, 3, 4))).participants())
                .extracting(ParticipantFact::name, ParticipantFact::countryCode).contains(tuple("Taro Ueda", "JP"));
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
