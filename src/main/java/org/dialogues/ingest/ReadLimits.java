package org.dialogues.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what is accepted as an article, and on the time one may take.
 *
 * @param maxBytes largest file read; bigger files are rejected unread
 * @param minTextLength fewest characters of cleaned story text that make an article (a Hangul, Han
 *     or kana character counts as two)
 * @param timeBudget longest a file may take to read, and an article to extract, before it is
 *     rejected ("took longer than 30 s to read; not stored") and its worker goes on with the next
 */
public record ReadLimits(long maxBytes, int minTextLength, Duration timeBudget) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MIN_TEXT_LENGTH = 200;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (minTextLength < 1) {
            throw new IllegalArgumentException("minTextLength must be at least 1: " + minTextLength);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
        }
    }

    public ReadLimits(long maxBytes, int minTextLength) {
        this(maxBytes, minTextLength, DEFAULT_TIME_BUDGET);
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MIN_TEXT_LENGTH);
    }

}
