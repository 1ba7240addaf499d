package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What relative and year-less expressions are resolved against: the publication date (nullable)
 * and the tense of the sentence.
 */
record Anchor(LocalDate reference, Tense tense) {

    /**
     * A reading on the wrong side of the tense counts this many times its distance. Tense is a
     * preference, not a rule: past-tense sentences often report plans ("they agreed to meet on
     * Jan. 20", read on Jan. 6), so a much nearer future reading still wins.
     */
    static final int WRONG_SIDE_FACTOR = 3;

    Anchor {
        Objects.requireNonNull(tense, "tense");
    }

    boolean known() {
        return reference != null;
    }

    int year() {
        return reference.getYear();
    }

    YearMonth month() {
        return YearMonth.from(reference);
    }

    /** The candidate nearest the reference, weighed by tense; empty without a reference. */
    Optional<Span> nearest(List<Span> candidates) {
        if (!known()) {
            return Optional.empty();
        }
        return candidates.stream().min(Comparator.comparingLong(this::cost)
                .thenComparingLong(span -> Math.abs(span.offsetFrom(reference))));
    }

    private long cost(Span span) {
        long offset = span.offsetFrom(reference);
        boolean wrongSide = (tense == Tense.PAST && offset > 0) || (tense == Tense.FUTURE && offset < 0);
        return Math.abs(offset) * (wrongSide ? WRONG_SIDE_FACTOR : 1);
    }
}
