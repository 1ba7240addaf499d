package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearInferenceTest {

    private static LocalDate dateOf(String sentence, String reference, Tense tense) {
        return Mentions.in(sentence, reference, tense).only().date();
    }

    @Test
    void pastDateLateInTheYearReadEarlyInTheNextIsLastYear() {
        assertThat(dateOf("Martial law was declared on Dec. 30 and lifted.", "2025-01-06", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void futureDateEarlyInTheYearReadLateInTheYearIsNextYear() {
        assertThat(dateOf("The new president takes office on Jan. 20 in Washington.", "2024-12-18", Tense.FUTURE))
                .isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void presentTenseTakesTheNearestYear() {
        assertThat(dateOf("The office opens on Jan. 3 in Seoul.", "2024-12-18", Tense.PRESENT))
                .isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(dateOf("The office opens on Dec. 1 in Seoul.", "2024-12-18", Tense.PRESENT))
                .isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void pastMonthLaterInTheCalendarThanTheReferenceIsLastYear() {
        assertThat(dateOf("They met in December in Seoul.", "2025-11-20", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(dateOf("They will meet in December in Seoul.", "2025-11-20", Tense.FUTURE))
                .isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void pastMonthStartingJustAfterTheReferenceIsLastYearNoGraceForAWholeMonth() {
        assertThat(dateOf("The previous round took place in Busan in November.", "2025-10-31", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void pastDateADayAfterTheDatelineStaysInTheSameYear() {
        assertThat(dateOf("The talks were held on March 13 in Brussels.", "2025-03-12", Tense.PAST))
                .isEqualTo(LocalDate.of(2025, 3, 13));
    }

    @Test
    void weekdayWrittenWithTheDateChoosesTheYear() {
        // Sept. 23 was a Monday in 2024; read in March 2025, nearest-past alone would also give 2024,
        // so read it in FUTURE tense, where only the weekday can pull it back.
        assertThat(dateOf("The dialogue opened Monday, Sept. 23 in Seoul.", "2025-03-12", Tense.FUTURE))
                .isEqualTo(LocalDate.of(2024, 9, 23));
        // Sept. 23 was a Tuesday in 2025.
        assertThat(dateOf("The dialogue opens Tuesday, Sept. 23 in Seoul.", "2025-03-12", Tense.PAST))
                .isEqualTo(LocalDate.of(2025, 9, 23));
    }

    @Test
    void weekdayMatchingNoNearbyYearFallsBackToTense() {
        // Sept. 23 is a Saturday in none of 2024, 2025 and 2026.
        assertThat(dateOf("The dialogue opened Saturday, Sept. 23 in Seoul.", "2025-03-12", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 9, 23));
    }

    @Test
    void explicitYearOnTheEndOfARangeGivesTheStartItsYearAcrossNewYear() {
        DateMention mention = Mentions.in("The exercise ran from Dec. 30 to Jan. 3, 2025 at sea.", (LocalDate) null,
                Tense.PAST).only();
        assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(mention.endDate()).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void yearlessRangeAcrossNewYearEndsInTheFollowingYear() {
        DateMention mention = Mentions.in("The exercise ran from Dec. 30 to Jan. 3 at sea.", "2025-01-10",
                Tense.PAST).only();
        assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(mention.endDate()).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void ordinalDayReadEarlyInAMonthCanBelongToThePreviousMonth() {
        assertThat(dateOf("The envoys met on the 30th in Tokyo.", "2025-01-02", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(dateOf("The envoys will meet on the 30th in Tokyo.", "2025-01-02", Tense.FUTURE))
                .isEqualTo(LocalDate.of(2025, 1, 30));
    }

    @Test
    void leapDayWithoutYearTakesTheNearestLeapYearOnly() {
        assertThat(dateOf("The pact was signed on Feb. 29 in Seoul.", "2025-03-12", Tense.PAST))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void monthFollowedByLastOrNextYearTakesThatYearWhateverTheTense() {
        assertThat(dateOf("She is attending one in Geneva in March last year.", "2025-07-12", Tense.PRESENT))
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(dateOf("They plan another round in May next year.", "2025-07-12", Tense.FUTURE))
                .isEqualTo(LocalDate.of(2026, 5, 1));
    }
}
