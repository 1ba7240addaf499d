package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.extract.time.DatePrecision.DAY;
import static org.dialogues.extract.time.DatePrecision.MONTH;
import static org.dialogues.extract.time.DatePrecision.YEAR;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AbsoluteDateExpressionsTest {

    private static final String REFERENCE = "2025-03-12";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met on March 12, 2025 in Brussels.               | March 12, 2025       | 2025-03-12 |            | DAY
            The envoys met on 12 March 2025 in Brussels.                | 12 March 2025        | 2025-03-12 |            | DAY
            Talks opened on Thursday, December 18, 2025, officials said.| Thursday, December 18, 2025 | 2025-12-18 |     | DAY
            The accord was signed on November 8, 2023, in Seoul.        | November 8, 2023     | 2023-11-08 |            | DAY
            The dialogue was held in Seoul on Sept 14 2024.             | Sept 14 2024         | 2024-09-14 |            | DAY
            The drills ran from Sept. 23 to Oct. 2, 2024, in the East Sea.  | Sept. 23 to Oct. 2, 2024 | 2024-09-23 | 2024-10-02 | DAY
            The meeting took place in December 15-16, 2022, in Hawaii.  | December 15-16, 2022 | 2022-12-15 | 2022-12-16 | DAY
            The forum met 23-24 September 2024 in Tokyo.                | 23-24 September 2024 | 2024-09-23 | 2024-09-24 | DAY
            Exercises ran 23 September to 2 October 2024.               | 23 September to 2 October 2024 | 2024-09-23 | 2024-10-02 | DAY
            Talks held Dec. 30, 2024 to Jan. 2, 2025 ended well.       | Dec. 30, 2024 to Jan. 2, 2025 | 2024-12-30 | 2025-01-02 | DAY
            Data released 2024-09-25 show a rise.                       | 2024-09-25           | 2024-09-25 |            | DAY
            The statement dated 2024.09.25 was brief.                   | 2024.09.25           | 2024-09-25 |            | DAY
            The partnership was signed in November 2024 in Seoul.       | November 2024        | 2024-11-01 |            | MONTH
            The partnership was signed in Nov. 2024 in Seoul.           | Nov. 2024            | 2024-11-01 |            | MONTH
            They met in late June of 2023 again.                        | late June of 2023    | 2023-06-01 |            | MONTH
            The office opened in 2023 with ten staff.                   | 2023                 | 2023-01-01 |            | YEAR
            Cooperation has grown since 2018.                           | 2018                 | 2018-01-01 |            | YEAR
            The plan will be reviewed in mid-2026.                      | mid-2026             | 2026-01-01 |            | YEAR
            Veterans who fought in 1950-53 were honoured.               | 1950-53              | 1950-01-01 | 1953-01-01 | YEAR
            The envoy served from 2020 to 2022 in Tokyo.                | 2020 to 2022         | 2020-01-01 | 2022-01-01 | YEAR
            """)
    void readsDatesThatCarryTheirYear(String sentence, String covered, LocalDate date, LocalDate endDate,
                                      DatePrecision precision) {
        Mentions mentions = Mentions.in(sentence, (LocalDate) null, Tense.PAST);
        DateMention mention = mentions.only();
        assertThat(mentions.covered(mention)).isEqualTo(covered);
        assertThat(mention.date()).isEqualTo(date);
        assertThat(mention.endDate()).isEqualTo(endDate);
        assertThat(mention.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met on Sept. 14 in Warsaw.                | Sept. 14      | 2024-09-14 |            | DAY
            The ministers met on Sep. 14 in Warsaw.                 | Sep. 14       | 2024-09-14 |            | DAY
            The minister spoke in Seoul on Jan. 6 at length.        | Jan. 6        | 2025-01-06 |            | DAY
            The minister met Radek on March 5 and the premier.      | March 5       | 2025-03-05 |            | DAY
            The talks were held September 23-24 in Seoul.           | September 23-24 | 2024-09-23 | 2024-09-24 | DAY
            The talks were held Sept. 23 to 24 in Seoul.            | Sept. 23 to 24 | 2024-09-23 | 2024-09-24 | DAY
            The talks were held Oct. 23rd in Seoul.                 | Oct. 23rd     | 2024-10-23 |            | DAY
            The talks were held on 5 March in Seoul.                | 5 March       | 2025-03-05 |            | DAY
            The partnership was signed in November at a meeting.    | November      | 2024-11-01 |            | MONTH
            The drills took place in early March near the border.  | early March   | 2025-03-01 |            | MONTH
            The drills took place mid-February near the border.     | mid-February  | 2025-02-01 |            | MONTH
            The drills took place in late January near the border.  | late January  | 2025-01-01 |            | MONTH
            The drills took place at the end of January.            | the end of January | 2025-01-01 |       | MONTH
            Troops were killed in the last week of December there.  | the last week of December | 2024-12-01 | | MONTH
            The delegates met on the 10th in Brussels.              | the 10th      | 2025-03-10 |            | DAY
            The delegates met from the 9th to the 10th in Brussels. | the 9th to the 10th | 2025-03-09 | 2025-03-10 | DAY
            """)
    void completesYearlessDatesFromTheReference(String sentence, String covered, LocalDate date, LocalDate endDate,
                                                DatePrecision precision) {
        Mentions mentions = Mentions.in(sentence, REFERENCE, Tense.PAST);
        DateMention mention = mentions.only();
        assertThat(mentions.covered(mention)).isEqualTo(covered);
        assertThat(mention.date()).isEqualTo(date);
        assertThat(mention.endDate()).isEqualTo(endDate);
        assertThat(mention.precision()).isEqualTo(precision);
    }

    @Test
    void readsTheOrdinalDayOfThisMonthInTheFuture() {
        Mentions mentions = Mentions.in("A summit is to be held on the 23rd of this month.", "2025-12-18", Tense.FUTURE);
        DateMention mention = mentions.only();
        assertThat(mentions.covered(mention)).isEqualTo("the 23rd of this month");
        assertThat(mention.date()).isEqualTo(LocalDate.of(2025, 12, 23));
        assertThat(mention.precision()).isEqualTo(DAY);
    }

    @Test
    void findsSeveralDatesInOrderOfOffset() {
        Mentions mentions = Mentions.in("He met the minister on March 5 and the premier on March 6, 2025.",
                REFERENCE, Tense.PAST);
        assertThat(mentions.coveredTexts()).containsExactly("March 5", "March 6, 2025");
        assertThat(mentions.found()).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6));
    }

    @Test
    void searchesOnlyTheGivenRangeAndReportsAbsoluteOffsets() {
        String text = "Header dated May 1, 2020. The talks were held on June 3, 2024 in Seoul.";
        int from = text.indexOf("The talks");
        var found = new DateFinder().find(text, from, text.length(), null, Tense.PAST);
        assertThat(found).singleElement().satisfies(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo("June 3, 2024");
            assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 6, 3));
        });
    }

    @Test
    void dropsYearlessDatesWithoutAReferenceInsteadOfInventingAYear() {
        assertThat(Mentions.in("They met on Sept. 14 and again in November and on the 3rd.",
                (LocalDate) null, Tense.PAST).found()).isEmpty();
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        assertThat(Mentions.in("Nothing happened on February 30, 2024 or on 2024-13-01.",
                (LocalDate) null, Tense.PAST).found()).isEmpty();
    }

    @Test
    void monthOnlyDatesAreTheFirstOfTheMonth() {
        DateMention mention = Mentions.in("It was signed in May 2024.", (LocalDate) null, Tense.PAST).only();
        assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(mention.precision()).isEqualTo(MONTH);
        assertThat(Mentions.in("It was signed in 2024.", (LocalDate) null, Tense.PAST).only().precision())
                .isEqualTo(YEAR);
    }
}
