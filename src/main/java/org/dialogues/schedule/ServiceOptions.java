package org.dialogues.schedule;

import java.time.Duration;
import java.util.Optional;

/**
 * How the scheduling service polls and what it does with firings missed while no service ran.
 *
 * @param pollInterval   how often due firings are looked for
 * @param heartbeat      how often a running firing proves it is alive; after four missed beats
 *                       another service revives the firing and redoes the run
 * @param lateAfter      a firing older than this when picked counts as missed
 * @param catchUp        overrides every schedule's own catch-up setting when present
 */
public record ServiceOptions(Duration pollInterval, Duration heartbeat, Duration lateAfter, Optional<Boolean> catchUp,
                             int threads) {

    public static final ServiceOptions DEFAULT = new ServiceOptions(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Optional.empty(), 2);

    public ServiceOptions {
        if (pollInterval.isNegative() || pollInterval.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("poll interval and heartbeat must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
    }
}
