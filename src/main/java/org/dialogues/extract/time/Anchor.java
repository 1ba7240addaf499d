package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What relative and year-less expressions are resolved against: the publication date (nullable),
 * the year of the article (known with the date, or alone) and the tense of the sentence.
 */
record Anchor(LocalDate reference, Year knownYear, Tense tense) {

    /**
     * Days a reading may lie on the wrong side of the tense and still count as consistent with
     * it: a dateline and the event it reports can sit a day apart across time zones.
     */
    static final int GRACE_DAYS = 2;

    Anchor {
        Objects.requireNonNull(tense, "tense");
        if (reference != null) {
            knownYear = Year.from(reference);
        }
    }

    Anchor(LocalDate reference, Tense tense) {
        this(reference, null, tense);
    }

    static Anchor of(ReferenceDate reference, Tense tense) {
        return new Anchor(reference.day(), reference.year(), tense);
    }

    /** True when the publication day is known. */
    boolean known() {
        return reference != null;
    }

    /** True when at least the year of the article is known. */
    boolean yearKnown() {
        return knownYear != null;
    }

    int year() {
        return knownYear.getValue();
    }

    YearMonth month() {
        return YearMonth.from(reference);
    }

    /**
     * The candidate nearest the reference among those consistent with the tense (PAST: begun by
     * the reference; FUTURE: not over before it); the nearest of all when none is consistent.
     * Empty without a reference.
     */
    Optional<Span> nearest(List<Span> candidates) {
        if (!known()) {
            return Optional.empty();
        }
        Comparator<Span> byDistance = Comparator.comparingLong(span -> Math.abs(span.offsetFrom(reference)));
        return candidates.stream().filter(this::consistentWithTense).min(byDistance)
                .or(() -> candidates.stream().min(byDistance));
    }

    private boolean consistentWithTense(Span span) {
        // the grace is for a day reported across a dateline; "in November" read on Oct. 31 is not
        int grace = span.first().equals(span.last()) ? GRACE_DAYS : 0;
        return switch (tense) {
            case PAST -> !span.first().isAfter(reference.plusDays(grace));
            case FUTURE -> !span.last().isBefore(reference.minusDays(grace));
            case PRESENT -> true;
        };
    }
}
