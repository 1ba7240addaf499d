package org.dialogues.schedule;

import java.time.Duration;

/** How often and how patiently a failed delivery is tried again: the delay grows by {@code factor} each time. */
public record RetryPolicy(int attempts, Duration firstDelay, double factor) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMinutes(1), 3.0);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (firstDelay.isNegative() || factor < 1.0) {
            throw new IllegalArgumentException("delays must not shrink");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        return Duration.ofMillis(Math.round(firstDelay.toMillis() * Math.pow(factor, attempt - 1)));
    }
}
