package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "X took place immediately after Y": the date of one meeting from the other's. */
class OrderCueTest {

    private static final DateMention NOV_8 = new DateMention(0, 5, LocalDate.of(2023, 11, 8), null, DatePrecision.DAY);

    private static OrderCue only(String text) {
        List<OrderCue> cues = OrderCue.find(text, 0, text.length());
        assertThat(cues).as("cues in: %s", text).hasSize(1);
        return cues.get(0);
    }

    @Test
    void anEventImmediatelyAfterADatedOneSharesItsMonth() {
        String text = "The symposium took place immediately after the forum.";
        OrderCue cue = only(text);

        assertThat(text.substring(cue.start(), cue.end())).isEqualTo("immediately after");
        DateMention forum = cue.objectDate(NOV_8).orElseThrow();
        assertThat(forum.date()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(forum.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(forum.start()).isEqualTo(cue.start());
    }

    @Test
    void theSubjectOfJustBeforeTakesTheMonthOfTheDatedObject() {
        OrderCue cue = only("The working group met just before the summit.");

        assertThat(cue.after()).isFalse();
        assertThat(cue.subjectDate(NOV_8).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void theDayAfterGivesTheNeighbouringDay() {
        OrderCue cue = only("The talks opened the day after the summit.");

        assertThat(cue.objectDate(NOV_8).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 11, 7));
        assertThat(cue.subjectDate(NOV_8).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 11, 9));
        assertThat(cue.subjectDate(NOV_8).orElseThrow().precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aDayApartNeedsADayAndAMonthNeedsAMonth() {
        DateMention year = new DateMention(0, 4, LocalDate.of(2023, 1, 1), null, DatePrecision.YEAR);
        DateMention month = new DateMention(0, 4, LocalDate.of(2023, 11, 1), null, DatePrecision.MONTH);

        assertThat(only("held immediately after the forum").objectDate(year)).isEmpty();
        assertThat(only("held the day after the forum").objectDate(month)).isEmpty();
        assertThat(only("held shortly after the forum").objectDate(month)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The talks were held after the summit.",
            "The talks were held following the summit.",
            "The envoy arrives the day after tomorrow.",
            "Sanctions followed immediately."})
    void saysNothingWhenTheDistanceIsNotToldAsShort(String text) {
        assertThat(OrderCue.find(text, 0, text.length())).isEmpty();
    }
}
