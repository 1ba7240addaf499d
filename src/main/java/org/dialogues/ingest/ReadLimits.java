package org.dialogues.ingest;

/**
 * Bounds on what is accepted as an article.
 *
 * @param maxBytes largest file read; bigger files are rejected unread
 * @param minTextLength fewest characters of cleaned story text that make an article (a Hangul, Han
 *     or kana character counts as two)
 */
public record ReadLimits(long maxBytes, int minTextLength) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MIN_TEXT_LENGTH = 200;

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (minTextLength < 1) {
            throw new IllegalArgumentException("minTextLength must be at least 1: " + minTextLength);
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MIN_TEXT_LENGTH);
    }
}
