package org.dialogues.extract;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dialogues.extract.time.DatePrecision;

/**
 * A meeting as one article reports it. {@code key} is a local id within the article ("m1") that
 * participants and commitments refer to; {@code series} is the canonical series name or null for a
 * one-off meeting.
 */
public record MeetingFact(String key, String name, String series, Integer edition, String acronym,
        LocalDate startDate, LocalDate endDate, DatePrecision precision, String city, String countryCode,
        Set<String> parties, MeetingStatus status, String levelCode, Set<String> topics,
        EvidenceRole role, List<Evidence> evidence) {

    public MeetingFact {
        requireText(key, "key");
        requireText(name, "name");
        if (precision == null || status == null || role == null) {
            throw new IllegalArgumentException("precision, status and role are required for meeting " + key);
        }
        if ((startDate == null) != (precision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("start date and precision disagree for meeting " + key);
        }
        if (endDate != null && (startDate == null || endDate.isBefore(startDate))) {
            throw new IllegalArgumentException("end date must follow start date for meeting " + key);
        }
        if (edition != null && edition <= 0) {
            throw new IllegalArgumentException("edition must be positive for meeting " + key);
        }
        parties = Collections.unmodifiableSortedSet(new TreeSet<>(parties));   // sorted: the same order on every run
        topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));   // sorted: the same order on every run
        evidence = List.copyOf(evidence);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("meeting " + field + " must not be blank");
        }
    }
}
