package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** A resolved reading of an expression, before it is tied to its place in the text. */
record Dating(LocalDate date, LocalDate endDate, DatePrecision precision) {

    static Dating day(LocalDate day) {
        return new Dating(day, null, DatePrecision.DAY);
    }

    /** Days {@code first..last}; empty when the range runs backwards or spans over a year. */
    static Optional<Dating> days(LocalDate first, LocalDate last) {
        if (last.isBefore(first) || last.isAfter(first.plusYears(1))) {
            return Optional.empty();
        }
        return Optional.of(new Dating(first, first.equals(last) ? null : last, DatePrecision.DAY));
    }

    static Dating month(YearMonth month) {
        return new Dating(month.atDay(1), null, DatePrecision.MONTH);
    }

    static Dating year(int year) {
        return new Dating(LocalDate.of(year, 1, 1), null, DatePrecision.YEAR);
    }

    static Optional<Dating> years(int first, int last) {
        if (last <= first) {
            return Optional.empty();
        }
        return Optional.of(new Dating(LocalDate.of(first, 1, 1), LocalDate.of(last, 1, 1), DatePrecision.YEAR));
    }

    /**
     * A period the text names as a whole (a week, a quarter, a season), reported at the finest
     * precision that is still true of every day in it: a week inside one month is that MONTH, a
     * quarter is its YEAR. A week across two months, or a period across two years, is UNKNOWN
     * with its first and last day as bounds.
     */
    static Dating period(Span span) {
        LocalDate first = span.first();
        LocalDate last = span.last();
        if (first.equals(last)) {
            return day(first);
        }
        if (YearMonth.from(first).equals(YearMonth.from(last))) {
            return month(YearMonth.from(first));
        }
        boolean shorterThanAMonth = last.isBefore(first.plusMonths(1));
        if (first.getYear() == last.getYear() && !shorterThanAMonth) {
            return year(first.getYear());
        }
        return new Dating(first, last, DatePrecision.UNKNOWN);
    }

    DateMention at(int start, int end) {
        return new DateMention(start, end, date, endDate, precision);
    }
}
