package org.dialogues.extract;

import java.time.LocalDate;
import org.dialogues.extract.linguistic.StoredAnnotation;
import org.dialogues.extract.time.DatePrecision;

/**
 * What the extractor reads: the article text, its publication date if known, its headline, and the
 * linguistic annotation stored with it earlier (null when there is none: the text is annotated).
 */
public record ArticleInput(String text, LocalDate published, DatePrecision publishedPrecision, String title,
        StoredAnnotation annotation) {

    public ArticleInput {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
        if (publishedPrecision == null) {
            publishedPrecision = published == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
    }

    public ArticleInput(String text, LocalDate published, DatePrecision publishedPrecision, String title) {
        this(text, published, publishedPrecision, title, null);
    }

    public static ArticleInput of(String text, LocalDate published) {
        return new ArticleInput(text, published, null, null);
    }
}
