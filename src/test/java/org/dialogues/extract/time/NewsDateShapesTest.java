package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shapes wire reports use for meeting dates; 2024-09-14 is a Saturday, 2024-12-11 a Wednesday. */
class NewsDateShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met in Tokyo on Wednesday local time.     | Wednesday        | 2024-12-11 | PAST   | 2024-12-11 |            | DAY
            The envoys met in Seoul earlier this month.              | earlier this month | 2024-12-11 | PAST | 2024-12-01 |            | MONTH
            The dialogue will be held in early December.             | early December   | 2024-11-20 | FUTURE | 2024-12-01 |            | MONTH
            The talks were held in Seoul on Nov. 12-13.              | Nov. 12-13       | 2024-12-11 | PAST   | 2024-11-12 | 2024-11-13 | DAY
            The forum runs from May 2 to 3 in Busan.                 | May 2 to 3       | 2024-04-20 | FUTURE | 2024-05-02 | 2024-05-03 | DAY
            The two sides met on the 14th in Seoul.                  | the 14th         | 2024-09-16 | PAST   | 2024-09-14 |            | DAY
            The ministers met in Tokyo last week.                    | last week        | 2024-12-11 | PAST   | 2024-12-01 |            | MONTH
            The ministers will meet on Friday in Tokyo.              | Friday           | 2024-12-11 | FUTURE | 2024-12-13 |            | DAY
            The ministers met on Thursday in Seoul.                  | Thursday         | 2024-09-14 | PAST   | 2024-09-12 |            | DAY
            The talks will take place on Dec. 2 in Washington.       | Dec. 2           | 2024-11-20 | FUTURE | 2024-12-02 |            | DAY
            The talks took place Dec. 30 in Washington.              | Dec. 30          | 2025-01-03 | PAST   | 2024-12-30 |            | DAY
            """)
    void readsTheDateAMeetingIsReportedWith(String sentence, String covered, LocalDate reference, Tense tense,
            LocalDate date, LocalDate endDate, DatePrecision precision) {
        Mentions mentions = Mentions.in(sentence, reference, tense);
        DateMention mention = mentions.only();

        assertThat(mentions.covered(mention)).isEqualTo(covered);
        assertThat(mention.date()).isEqualTo(date);
        assertThat(mention.endDate()).isEqualTo(endDate);
        assertThat(mention.precision()).isEqualTo(precision);
    }
}
