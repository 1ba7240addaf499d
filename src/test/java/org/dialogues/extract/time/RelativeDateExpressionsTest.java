package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference dates below: 2025-03-12 is a Wednesday, 2024-12-18 a Wednesday, 2025-01-06 a Monday. */
class RelativeDateExpressionsTest {

    @ParameterizedTest(name = "{0} ({2}, {3})")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys held talks in Brussels on Monday.          | Monday             | 2025-03-12 | PAST    | 2025-03-10 |            | DAY
            The ministry said Tuesday that talks went well.       | Tuesday            | 2025-03-12 | PAST    | 2025-03-11 |            | DAY
            The ministry said Wednesday that talks went well.     | Wednesday          | 2025-03-12 | PAST    | 2025-03-12 |            | DAY
            The ministers will meet on Friday in Tokyo.           | Friday             | 2025-03-12 | FUTURE  | 2025-03-14 |            | DAY
            The ministers will meet on Wednesday in Tokyo.        | Wednesday          | 2025-03-12 | FUTURE  | 2025-03-19 |            | DAY
            The ministers meet Thursday in Tokyo.                 | Thursday           | 2025-03-12 | PRESENT | 2025-03-13 |            | DAY
            The ministers meet Monday in Tokyo.                   | Monday             | 2025-03-12 | PRESENT | 2025-03-10 |            | DAY
            He spoke during Monday's press conference.            | Monday             | 2025-01-06 | PAST    | 2025-01-06 |            | DAY
            The delegation arrived last Wednesday.                | last Wednesday     | 2025-03-12 | PAST    | 2025-03-05 |            | DAY
            The delegation leaves next Monday for Paris.          | next Monday        | 2025-03-12 | FUTURE  | 2025-03-17 |            | DAY
            The envoy arrived yesterday in Seoul.                 | yesterday          | 2025-03-12 | PAST    | 2025-03-11 |            | DAY
            The envoy arrives today in Seoul.                     | today              | 2025-03-12 | PRESENT | 2025-03-12 |            | DAY
            The envoy arrives tomorrow in Seoul.                  | tomorrow           | 2025-03-12 | FUTURE  | 2025-03-13 |            | DAY
            The envoy had arrived the previous day in Seoul.      | the previous day   | 2025-03-12 | PAST    | 2025-03-11 |            | DAY
            The drills began two days ago near the border.        | two days ago       | 2025-03-12 | PAST    | 2025-03-10 |            | DAY
            The minister visited Poland last week.                | last week          | 2025-03-12 | PAST    | 2025-03-01 |            | MONTH
            The minister visited Poland last week.                | last week          | 2025-03-05 | PAST    | 2025-02-24 | 2025-03-02 | UNKNOWN
            The minister will visit Poland next week.             | next week          | 2025-03-12 | FUTURE  | 2025-03-01 |            | MONTH
            Last month, the secretary warned of new threats.      | Last month         | 2025-01-06 | PAST    | 2024-12-01 |            | MONTH
            The two sides meet again this month.                  | this month         | 2025-03-12 | FUTURE  | 2025-03-01 |            | MONTH
            The two sides will meet next month.                   | next month         | 2024-12-18 | FUTURE  | 2025-01-01 |            | MONTH
            The forum was launched last year.                     | last year          | 2025-01-06 | PAST    | 2024-01-01 |            | YEAR
            The forum opens next year with new members.           | next year          | 2025-03-12 | FUTURE  | 2026-01-01 |            | YEAR
            The forum opened this year with new members.          | this year          | 2025-03-12 | PAST    | 2025-01-01 |            | YEAR
            The forum opened earlier this year with new members.  | earlier this year  | 2025-03-12 | PAST    | 2025-01-01 |            | YEAR
            The leaders meet in Washington later this year.       | later this year    | 2025-03-12 | FUTURE  | 2025-01-01 |            | YEAR
            The unit was created late last year.                  | late last year     | 2025-03-12 | PAST    | 2024-01-01 |            | YEAR
            Output rose in the second half of 2018 sharply.       | the second half of 2018 | 2025-03-12 | PAST | 2018-01-01 |          | YEAR
            Output will rise in the first half, officials said.   | the first half     | 2024-11-20 | FUTURE  | 2025-01-01 |            | YEAR
            Output rose in the first quarter, officials said.     | the first quarter  | 2024-11-20 | PAST    | 2024-01-01 |            | YEAR
            The treaty was drafted last fall in Geneva.           | last fall          | 2025-03-12 | PAST    | 2024-01-01 |            | YEAR
            The treaty was drafted last spring in Geneva.         | last spring        | 2025-03-12 | PAST    | 2024-01-01 |            | YEAR
            The treaty will be signed in the spring in Geneva.    | spring             | 2024-12-18 | FUTURE  | 2025-01-01 |            | YEAR
            Talks resume this winter in Geneva.                   | this winter        | 2024-12-18 | FUTURE  | 2024-12-01 | 2025-02-28 | UNKNOWN
            """)
    void resolvesAgainstTheReferenceDate(String sentence, String covered, LocalDate reference, Tense tense,
                                         LocalDate date, LocalDate endDate, DatePrecision precision) {
        Mentions mentions = Mentions.in(sentence, reference, tense);
        DateMention mention = mentions.only();
        assertThat(mentions.covered(mention)).isEqualTo(covered);
        assertThat(mention.date()).isEqualTo(date);
        assertThat(mention.endDate()).isEqualTo(endDate);
        assertThat(mention.precision()).isEqualTo(precision);
    }

    @Test
    void relativeExpressionsNeedAReferenceDate() {
        assertThat(Mentions.in("They met on Monday, yesterday and last week, and again next year.",
                (LocalDate) null, Tense.PAST).found()).isEmpty();
    }

    @Test
    void readsBothDatesOfALongerStory() {
        Mentions mentions = Mentions.in(
                "The dialogue was held in Brussels on Monday, the Foreign Ministry said Tuesday.",
                "2025-03-12", Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("Monday", "Tuesday");
        assertThat(mentions.found()).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11));
    }

    @Test
    void seasonWordsUsedAsVerbsOrHistoryAreNotDates() {
        assertThat(Mentions.in("Tensions rise and fall; exports fall in winter months after the fall of the wall.",
                "2025-03-12", Tense.PAST).coveredTexts()).containsExactly("winter");
    }
}
