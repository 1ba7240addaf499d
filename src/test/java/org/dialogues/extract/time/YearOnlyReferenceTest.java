package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An undated article whose year is known from its content: only year-relative expressions resolve. */
class YearOnlyReferenceTest {

    private static final DateFinder FINDER = new DateFinder();
    private static final ReferenceDate IN_2024 = ReferenceDate.year(2024);

    private static List<DateMention> find(String sentence, Tense tense) {
        return FINDER.findAgainst(sentence, 0, sentence.length(), IN_2024, tense);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They discussed holding a conference starting next year.   | next year                  | 2025-01-01 | YEAR
            The allies plan to meet in Washington later this year.     | later this year            | 2024-01-01 | YEAR
            The forum was launched last year.                          | last year                  | 2023-01-01 | YEAR
            The talks were last held in June last year.                | June last year             | 2023-06-01 | MONTH
            Output will rise in the first half of next year.           | the first half of next year | 2025-01-01 | YEAR
            """)
    void resolvesExpressionsToldRelativeToTheYear(String sentence, String covered, LocalDate date,
            DatePrecision precision) {
        List<DateMention> found = find(sentence, Tense.FUTURE);

        assertThat(found).hasSize(1);
        DateMention mention = found.get(0);
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(covered);
        assertThat(mention.date()).isEqualTo(date);
        assertThat(mention.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The envoys met last week in Seoul.",
            "The envoys met on Monday in Seoul.",
            "The envoys will meet in March in Seoul.",
            "The dialogue was held in Seoul from the 23rd to the 24th.",
            "The envoys met Sept. 14 in Seoul.",
            "The envoys met last month in Seoul.",
            "The drill was held last spring."})
    void neverInventsAMonthOrDay(String sentence) {
        assertThat(find(sentence, Tense.PAST)).isEmpty();
    }

    @Test
    void aPublicationKnownOnlyToTheYearAnchorsTheYearOnly() {
        ReferenceDate reference = ReferenceDate.of(LocalDate.of(2024, 1, 1), DatePrecision.YEAR);

        assertThat(reference.day()).isNull();
        assertThat(reference.year().getValue()).isEqualTo(2024);
        assertThat(ReferenceDate.of(null, DatePrecision.DAY)).isEqualTo(ReferenceDate.NONE);
        assertThat(ReferenceDate.day(LocalDate.of(2025, 3, 12)).year().getValue()).isEqualTo(2025);
    }
}
