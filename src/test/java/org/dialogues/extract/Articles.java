package org.dialogues.extract;

import java.time.LocalDate;

/** Runs the full extractor on short texts written for tests. */
public final class Articles {

    private static final Extractor EXTRACTOR = new Extractor(TestReference.create());

    private Articles() {
    }

    public static Extraction extract(String text, LocalDate published) {
        return EXTRACTOR.extract(ArticleInput.of(text, published));
    }
}
