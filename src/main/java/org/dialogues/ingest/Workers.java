package org.dialogues.ingest;

import org.dialogues.DialoguesException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the parallel workers of an import or a re-extraction. */
final class Workers {

    private Workers() {
    }

    /** Something to wait for: a future's result, or the next item of a queue. */
    interface Wait<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    /** The worker's result; its own runtime exception as it was thrown, an interrupt as the end of the run. */
    static <T> T await(Future<T> future, String run) {
        return await(future::get, run);
    }

    /** What is waited for; a worker's runtime exception as it was thrown, an interrupt as the end of the run. */
    static <T> T await(Wait<T> wait, String run) {
        try {
            return wait.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DialoguesException(DialoguesException.Category.UNEXPECTED_STATE, run + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }
}
