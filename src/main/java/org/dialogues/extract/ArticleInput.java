package org.dialogues.extract;

import java.time.LocalDate;
import org.dialogues.extract.time.DatePrecision;

/** What the extractor reads: the article text, its publication date if known, and its headline. */
public record ArticleInput(String text, LocalDate published, DatePrecision publishedPrecision, String title) {

    public ArticleInput {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
        if (publishedPrecision == null) {
            publishedPrecision = published == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
    }

    public static ArticleInput of(String text, LocalDate published) {
        return new ArticleInput(text, published, null, null);
    }
}
