package org.dialogues.curation;

import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;

import java.time.LocalDate;
import java.util.Set;

/** A meeting's fields as an archivist enters them. Dates follow their precision (a month is its 1st day). */
public record MeetingFields(String name, LocalDate startDate, LocalDate endDate, DatePrecision precision,
                            String city, String countryCode, MeetingStatus status, String levelCode, Set<String> parties) {

    public MeetingFields {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        precision = precision == null ? (startDate == null ? DatePrecision.UNKNOWN : DatePrecision.DAY) : precision;
    }
}
