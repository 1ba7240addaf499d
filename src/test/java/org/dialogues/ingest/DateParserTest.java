package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "March 12, 2025|2025-03-12",
            "Wednesday, March 12, 2025|2025-03-12",
            "Sept. 14, 2024|2024-09-14",
            "Jan 6 2025|2025-01-06",
            "12 March 2025|2025-03-12",
            "2025-07-13 10:05:52|2025-07-13",
            "2025.07.13|2025-07-13",
            "2025/7/3|2025-07-03",
            "2025-02-04T10:00:00Z|2025-02-04",
            "2025년 7월 13일|2025-07-13",
            "Posted on Nov. 8th, 2023 at 10:00|2023-11-08"})
    void readsTheDayFormsPagesPrint(String written, LocalDate expected) {
        assertThat(parser.find(written)).contains(PublishedDate.day(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"July 2025", "Published: Jul. 2025"})
    void readsAMonthWithoutADayAsMonthPrecision(String written) {
        assertThat(parser.find(written)).contains(new PublishedDate(LocalDate.of(2025, 7, 1), DatePrecision.MONTH));
    }

    @ParameterizedTest
    @CsvSource({"2024-09,2024-09-01,MONTH", "2024,2024-01-01,YEAR", "2024-09-25,2024-09-25,DAY"})
    void readsPartialDatesInFieldValues(String value, LocalDate date, DatePrecision precision) {
        assertThat(parser.parseValue(value)).contains(new PublishedDate(date, precision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2025-02-30", "February 30, 2025", "on the 23rd of this month", "page 2025"})
    void findsNoDateWhereThereIsNone(String written) {
        assertThat(parser.find(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Sept. 14|09-14", "March 4|03-04", "Dec 31|12-31"})
    void readsAMonthAndDayWithoutYear(String written, String monthDay) {
        assertThat(parser.findMonthDay(written)).contains(MonthDay.parse("--" + monthDay));
    }
}
