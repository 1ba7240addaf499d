package org.dialogues.extract.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in a text, resolved to the calendar.
 *
 * <p>{@code [start, end)} are absolute character offsets of the expression in the text that was
 * searched. {@code date} is read at {@code precision}: DAY is the day itself, MONTH is the 1st of
 * the month, YEAR is January 1st. {@code endDate}, when present, is the last day, month or year of
 * a range at the same precision ("September 23-24", "from March to May", "in 1950-53").
 *
 * <p>UNKNOWN is used for a period that no export precision describes truthfully (a week or a
 * winter that straddles two months or two years): then {@code date} and {@code endDate} are the
 * first and last day of that period, and no single day, month or year is claimed.
 *
 * @param start     offset of the first character of the expression
 * @param end       offset just past its last character
 * @param date      the (first) date, read at {@code precision}
 * @param endDate   the last date of a range or period, or {@code null} for a single date
 * @param precision how much of {@code date} (and {@code endDate}) is known
 */
public record DateMention(int start, int end, LocalDate date, LocalDate endDate, DatePrecision precision) {

    public DateMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (endDate != null && endDate.isBefore(date)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before date " + date);
        }
    }

    /** True when the expression names a range or a period rather than a single date. */
    public boolean isRange() {
        return endDate != null;
    }
}
