package org.dialogues.review;

import org.dialogues.report.Quarter;

import java.util.Optional;

/** What the queue is narrowed to: a partner, a quarter, an outlet, a meeting status. All optional. */
public record QueueFilter(Optional<String> party, Optional<Quarter> quarter, Optional<String> outlet, Optional<String> status) {

    static QueueFilter none() {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
