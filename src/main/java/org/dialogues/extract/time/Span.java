package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** An inclusive run of days: one day, a month, a season; used to compare candidate readings. */
record Span(LocalDate first, LocalDate last) {

    static Span day(LocalDate day) {
        return new Span(day, day);
    }

    static Span month(YearMonth month) {
        return new Span(month.atDay(1), month.atEndOfMonth());
    }

    static Span months(YearMonth first, YearMonth last) {
        return new Span(first.atDay(1), last.atEndOfMonth());
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Days from {@code reference} to the span: negative before it, positive after, 0 inside. */
    long offsetFrom(LocalDate reference) {
        if (last.isBefore(reference)) {
            return -ChronoUnit.DAYS.between(last, reference);
        }
        if (first.isAfter(reference)) {
            return ChronoUnit.DAYS.between(reference, first);
        }
        return 0;
    }
}
