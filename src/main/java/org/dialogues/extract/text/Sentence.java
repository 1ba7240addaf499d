package org.dialogues.extract.text;

import org.dialogues.extract.Span;

/**
 * A sentence of the cleaned text. {@code index} is its position in the article; {@code terminated}
 * is false for headlines, captions and other lines without final punctuation.
 */
public record Sentence(int index, Span span, boolean terminated) {

    public String text(String document) {
        return span.of(document);
    }
}
