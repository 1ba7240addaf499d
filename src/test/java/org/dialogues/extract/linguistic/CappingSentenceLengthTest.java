package org.dialogues.extract.linguistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Over-long sentences are not given to the dependency parser, and an interrupt ends annotation between sentences. */
class CappingSentenceLengthTest {

    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.shared();
    private static final String SHORT = "The two leaders agreed to resume shuttle diplomacy.";

    @Test
    void aSentenceOverTheCapIsLeftUnparsedAndTheOthersAreParsedAsBefore() {
        String endless = "Delegates from many countries and organizations" + " and more delegates".repeat(CoreNlpAnnotator.MAX_PARSED_TOKENS / 3 + 5) + ".";
        Linguistics layer = ANNOTATOR.annotate(SHORT + "\n" + endless + "\n" + SHORT, LocalDate.of(2023, 3, 18)).linguistics();

        assertThat(layer.sentences()).hasSize(3);
        assertThat(layer.sentences().get(1).tokens()).hasSizeGreaterThan(CoreNlpAnnotator.MAX_PARSED_TOKENS);
        assertThat(layer.sentences().get(1).dependencies()).isEmpty();
        assertThat(layer.sentences().get(0).dependencies()).isNotEmpty().isEqualTo(layer.sentences().get(2).dependencies());
        assertThat(layer.sentences().get(0).dependencies())
                .isEqualTo(ANNOTATOR.annotate(SHORT, LocalDate.of(2023, 3, 18)).linguistics().sentences().get(0).dependencies());
    }

    @Test
    void anInterruptedAnnotationEndsSoon() throws Exception {
        ANNOTATOR.load();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append("Officials of the ").append(i).append("th delegation met on day ").append(i % 28 + 1).append(" in Seoul.\n");
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                ANNOTATOR.annotate(text.toString(), LocalDate.of(2023, 3, 18));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        worker.start();
        Thread.sleep(1_000);
        long interrupted = System.nanoTime();
        worker.interrupt();
        worker.join(Duration.ofSeconds(20).toMillis());

        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(10));
        assertThatThrownBy(() -> {
            throw failure.get();
        }).isInstanceOf(RuntimeException.class);
    }
}
