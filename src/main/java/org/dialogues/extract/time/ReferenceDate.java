package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.Year;

/**
 * What relative expressions are read against: the publication day, or only the year an article
 * was written in (known from its content when the page carries no date), or nothing. With only
 * a year, just expressions told relative to the year ("next year", "in June last year") resolve;
 * no month or day is ever invented.
 *
 * @param day  the publication day, or {@code null}
 * @param year the year of the article; the day's year when the day is known, else nullable
 */
public record ReferenceDate(LocalDate day, Year year) {

    public static final ReferenceDate NONE = new ReferenceDate(null, null);

    public ReferenceDate {
        if (day != null && year != null && year.getValue() != day.getYear()) {
            throw new IllegalArgumentException("year " + year + " is not the year of " + day);
        }
        if (day != null) {
            year = Year.from(day);
        }
    }

    /** The publication day; {@link #NONE} when {@code day} is null. */
    public static ReferenceDate day(LocalDate day) {
        return new ReferenceDate(day, null);
    }

    /** Only the year of the article is known. */
    public static ReferenceDate year(int year) {
        return new ReferenceDate(null, Year.of(year));
    }

    /** A publication date at its precision: a date known only to the month or year anchors the year only. */
    public static ReferenceDate of(LocalDate date, DatePrecision precision) {
        if (date == null || precision == DatePrecision.UNKNOWN) {
            return NONE;
        }
        return precision == DatePrecision.DAY ? day(date) : year(date.getYear());
    }

    public boolean knowsYear() {
        return year != null;
    }
}
