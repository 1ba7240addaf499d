package org.dialogues.curation;

/** A stretch of an article's text (character offsets into {@code article.text}) that shows a fact. */
public record SentenceRef(long articleId, int start, int end) {
}
