package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.junit.jupiter.api.Test;

class VenuesAtLandmarksTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);
    private static final Extractor EXTRACTOR = new Extractor(withLandmarks(TestReference.create()));

    private static ReferenceData withLandmarks(ReferenceData base) {
        return new ReferenceData(base.parties(), base.partyAliases(), base.organizations(), base.titles(),
                base.topics(), base.series(), base.cities(), base.offices(), List.of(
                        new ReferenceData.Landmark("Pentagon", "Washington", "US"),
                        new ReferenceData.Landmark("NATO headquarters", "Brussels", "BE"),
                        new ReferenceData.Landmark("presidential office", "Seoul", "KR")));
    }

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(ArticleInput.of(text, WEDNESDAY));
    }

    @Test
    void aMeetingAtALandmarkTakesPlaceInItsCity() {
        Extraction extraction = extract("South Korean Defense Minister Lee Jun-ho held talks with U.S. Secretary of "
                + "State John Smith at the Pentagon on Tuesday.");

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.city()).isEqualTo("Washington");
            assertThat(m.countryCode()).isEqualTo("US");
        });
    }

    @Test
    void landmarksAreMatchedWhateverTheirCase() {
        Extraction extraction = extract("South Korean Foreign Minister Park Min-jae met German Foreign Minister "
                + "Anna Weber at NATO Headquarters on Tuesday.");

        assertThat(extraction.meetings()).extracting(MeetingFact::city).containsExactly("Brussels");
    }

    @Test
    void aLandmarkQualifiedByAnotherPlaceIsNotTheListedOne() {
        Extraction extraction = extract("South Korean Foreign Minister Park Min-jae met German Foreign Minister "
                + "Anna Weber at the presidential office in Berlin on Tuesday.");

        assertThat(extraction.meetings()).extracting(MeetingFact::city).containsExactly("Berlin");
    }

    @Test
    void aLandmarkNamedAsASpeakerIsNoVenue() {
        Extraction extraction = extract("South Korean Foreign Minister Park Min-jae met German Foreign Minister "
                + "Anna Weber on Tuesday, the presidential office said.");

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.city()).isNull());
    }
}
