package org.dialogues.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an operator watching the service hears: that it started, each run as it ends, that it
 * stopped. The command line prints them as log lines, as text or as JSON.
 */
public interface ServiceEvents {

    /** How one firing ended: its run's outcome, the files it delivered, and how long it took. */
    record RunEnded(String schedule, long runId, RunTrigger trigger, Instant firing, String outcome,
                    List<Path> outputs, Optional<String> error, Duration took) {
        public RunEnded {
            outputs = List.copyOf(outputs);
        }
    }

    ServiceEvents NONE = new ServiceEvents() {
    };

    default void started(int schedules, Duration pollInterval) {
    }

    default void runEnded(RunEnded run) {
    }

    default void stopped() {
    }
}
