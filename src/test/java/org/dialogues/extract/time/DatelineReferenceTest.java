package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A wire story's "today" is its dateline day. 2024-09-14 is a Saturday. */
class DatelineReferenceTest {

    private static final DateFinder FINDER = new DateFinder();
    private static final String STORY = "Allies hold talks\n\nSEOUL, Sept. 14 (Yonhap) -- The defense chiefs of "
            + "South Korea and the U.S. met today in Seoul.";

    @Test
    void aDatelineADayBeforeThePublicationDayIsTheStorysDay() {
        ReferenceDate reference = FINDER.referenceOf(STORY, ReferenceDate.day(LocalDate.of(2024, 9, 15)));

        assertThat(reference.day()).isEqualTo(LocalDate.of(2024, 9, 14));
        DateMention today = FINDER.findAgainst(STORY, 0, STORY.length(), reference, Tense.PAST).get(0);
        assertThat(today.date()).isEqualTo(LocalDate.of(2024, 9, 14));
    }

    @Test
    void aDatelineFarFromThePublicationDayIsIgnored() {
        ReferenceDate published = ReferenceDate.day(LocalDate.of(2024, 10, 2));

        assertThat(FINDER.referenceOf(STORY, published)).isEqualTo(published);
    }

    @Test
    void aDatelineCompletesAnArticleKnownOnlyToTheYear() {
        assertThat(FINDER.referenceOf(STORY, ReferenceDate.year(2024)).day()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(FINDER.referenceOf(STORY, ReferenceDate.NONE)).isEqualTo(ReferenceDate.NONE);
    }

    @Test
    void aDatelineAcrossNewYearTakesThePreviousYear() {
        String story = "TOKYO, Dec. 31 (Kyodo) -- The envoys met on Tuesday.";

        assertThat(FINDER.referenceOf(story, ReferenceDate.day(LocalDate.of(2025, 1, 1))).day())
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aTextWithoutDatelineKeepsItsPublicationDay() {
        ReferenceDate published = ReferenceDate.day(LocalDate.of(2024, 9, 15));

        assertThat(FINDER.referenceOf("Seoul and Washington met today in Seoul.", published)).isEqualTo(published);
    }
}
