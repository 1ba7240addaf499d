package org.dialogues.review;

/**
 * A sentence of an article that supports a fact: {@code kind} is meeting, participation or
 * commitment, {@code start}/{@code end} are offsets into {@code article.text}.
 */
public record Evidence(String kind, long factId, long articleId, int start, int end, float confidence) {

    public String anchor() {
        return kind + "-" + factId;
    }
}
