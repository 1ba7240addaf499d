package org.dialogues.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.dialogues.extract.time.DatePrecision;

/** A publication date and how much of it is known; a month-only date is the 1st with MONTH. */
record PublishedDate(LocalDate date, DatePrecision precision) {

    PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.UNKNOWN) {
            throw new IllegalArgumentException("a known date cannot have UNKNOWN precision");
        }
    }

    static PublishedDate day(LocalDate date) {
        return new PublishedDate(date, DatePrecision.DAY);
    }
}
