package org.dialogues.ingest;

import java.util.concurrent.CancellationException;

/**
 * Where reading loops over lines or records, it asks whether its thread was interrupted (by the
 * {@link TimeBudget} of the file), so that work over budget really ends and frees its worker.
 */
final class Interruptions {

    private Interruptions() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
