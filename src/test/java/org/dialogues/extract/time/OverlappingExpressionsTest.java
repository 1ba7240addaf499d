package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverlappingExpressionsTest {

    @Test
    void weekdayBeforeADateIsPartOfTheLongerExpression() {
        Mentions mentions = Mentions.in("The forum opened on Monday, Sept. 23, 2024 in Seoul.", (LocalDate) null,
                Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("Monday, Sept. 23, 2024");
    }

    @Test
    void rangeIsOneMentionNotTwoDays() {
        Mentions mentions = Mentions.in("It ran from the 23rd to the 24th and from Sept. 23 to Oct. 2, 2024.",
                "2024-10-05", Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("the 23rd to the 24th", "Sept. 23 to Oct. 2, 2024");
    }

    @Test
    void lastWeekOfAMonthIsTheMonthNotLastWeek() {
        Mentions mentions = Mentions.in("Troops died in the last week of December in Kursk.", "2025-01-06",
                Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("the last week of December");
        assertThat(mentions.only().date()).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void expressionThatCannotBeDatedHidesItsFragments() {
        // Without a reference the weekday and the yearless date are both undatable: nothing is returned.
        assertThat(Mentions.in("The forum opened on Monday, Sept. 23 in Seoul.", (LocalDate) null, Tense.PAST)
                .found()).isEmpty();
    }

    @Test
    void monthYearWinsOverTheBareMonthInsideIt() {
        Mentions mentions = Mentions.in("It was signed in November 2024 in Seoul.", "2025-03-12", Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("November 2024");
    }
}
