package org.dialogues.store;

import org.dialogues.extract.time.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An article ready to be stored: the bytes as loaded, the cleaned text and its metadata. */
public record NewArticle(String sha256, byte[] original, String encoding, String mediaType, String text,
                         String title, String outlet, String url, String sourceFile,
                         LocalDate published, DatePrecision publishedPrecision, String language,
                         List<String> reviewReasons) {

    public NewArticle {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        publishedPrecision = published == null ? DatePrecision.UNKNOWN
                : publishedPrecision == null || publishedPrecision == DatePrecision.UNKNOWN ? DatePrecision.DAY : publishedPrecision;
        language = language == null || language.isBlank() ? "en" : language;
        reviewReasons = List.copyOf(reviewReasons);
    }
}
