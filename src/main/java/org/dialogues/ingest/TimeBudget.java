package org.dialogues.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a piece of work on the calling thread with a deadline. Past it the thread is interrupted;
 * the work notices at its next check (the cleaner between lines, CoreNLP between sentences, the
 * extraction pipeline between stages) and ends, so the worker is free for the next file. CoreNLP
 * runs on the calling thread (no threads of its own are configured), so the interrupt reaches it.
 * Work that ends after its deadline is rejected even if it finished.
 */
final class TimeBudget implements AutoCloseable {

    /** The work took longer than the budget; the message completes "FILE: ...". */
    static final class OverBudgetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudgetException(String message) {
            super(message);
        }
    }

    private final Duration budget;
    private final ScheduledExecutorService alarms;

    TimeBudget(Duration budget) {
        this.budget = budget;
        this.alarms = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dialogues-time-budget");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** "took longer than 30 s to read; not stored" */
    String overBudget() {
        long millis = budget.toMillis();
        String amount = millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
        return "took longer than " + amount + " s to read; not stored";
    }

    <T> T run(Supplier<T> work) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm::ring, budget.toNanos(), TimeUnit.NANOSECONDS);
        boolean rang;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            if (alarm.stop()) {
                throw new OverBudgetException(overBudget());
            }
            throw e;
        } finally {
            scheduled.cancel(false);
            rang = alarm.stop();
            if (rang) {
                Thread.interrupted();   // the interrupt was ours: the worker goes on with the next file
            }
        }
        if (rang) {
            throw new OverBudgetException(overBudget());
        }
        return result;
    }

    @Override
    public void close() {
        alarms.shutdownNow();
    }

    /** Interrupts its thread once, unless stopped first; the two never overlap. */
    private static final class Alarm {
        private final Thread thread;
        private boolean stopped;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!stopped) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Stops the alarm; true when it had rung. */
        synchronized boolean stop() {
            stopped = true;
            return rang;
        }
    }
}
