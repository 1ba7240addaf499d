package org.dialogues.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmingUpTheRendererTest {

    @Test
    void warmsUpOnADaemonThreadThatNeverHoldsTheProgramOpen() throws InterruptedException {
        Thread warmup = ReportWarmup.start();

        assertThat(warmup.isDaemon()).isTrue();
        assertThat(warmup.getName()).isEqualTo("report-warmup");
        warmup.join();
        assertThat(warmup.isAlive()).isFalse();
    }
}
