package org.dialogues.extract.linguistic;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns text into its {@link Linguistics}. Implementations are loaded once per process and are
 * safe to share between threads.
 */
public interface LinguisticAnnotator {

    /** Names the toolkit, its models and its settings: annotations of another version are redone. */
    String version();

    /**
     * Annotates the text; relative dates ("Monday", "next year") resolve against
     * {@code documentDate} when it is known.
     */
    Annotated annotate(String text, LocalDate documentDate);

    /**
     * Reads a stored annotation back, if it is of this version and was made for exactly this text and
     * document date; otherwise the text must be annotated again.
     */
    Optional<Linguistics> read(StoredAnnotation stored, String text, LocalDate documentDate);

    /** An annotation both as the layer the rules read and as the form it is stored in. */
    record Annotated(Linguistics linguistics, StoredAnnotation stored) {
    }
}
