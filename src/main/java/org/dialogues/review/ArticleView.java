package org.dialogues.review;

import java.time.LocalDate;

/** An article as the workbench shows it: its metadata and cleaned text (every offset points into it). */
public record ArticleView(long id, String title, String outlet, LocalDate published, String url, boolean needsReview,
                   String reviewReason, String text, int version) {

    public String heading() {
        return title == null || title.isBlank() ? "Article " + id + " (no title)" : title;
    }
}
