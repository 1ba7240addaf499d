package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepingToTheTimeBudgetTest {

    private final TimeBudget budget = new TimeBudget(Duration.ofMillis(300));

    @AfterEach
    void close() {
        budget.close();
    }

    @Test
    void workThatChecksForInterruptsEndsAtTheDeadlineAndFreesItsThread() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> budget.run(() -> {
            while (true) {
                Interruptions.check();
            }
        })).isInstanceOf(TimeBudget.OverBudgetException.class).hasMessage("took longer than 0.3 s to read; not stored");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(Thread.currentThread().isInterrupted()).as("the worker goes on uninterrupted").isFalse();
        assertThat(budget.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void workThatEndsInTimeKeepsItsResultAndNoInterruptIsLeftBehind() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(budget.run(() -> 42)).isEqualTo(42);
        }
        Thread.sleep(400);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void workThatIgnoresTheInterruptIsStillRejected() {
        assertThatThrownBy(() -> budget.run(() -> {
            long end = System.nanoTime() + Duration.ofMillis(600).toNanos();
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return "late";
        })).isInstanceOf(TimeBudget.OverBudgetException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theDefaultBudgetIsThirtySeconds() {
        try (TimeBudget defaults = new TimeBudget(ReadLimits.defaults().timeBudget())) {
            assertThat(defaults.overBudget()).isEqualTo("took longer than 30 s to read; not stored");
        }
    }

    @Test
    void otherFailuresPassThrough() {
        assertThatThrownBy(() -> budget.run(() -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }
}
