package org.dialogues.review;

import java.time.LocalDate;

/** One article sentence that reports a meeting, for the meeting page. */
public record MeetingSource(long articleId, String title, String outlet, LocalDate published, String role, float confidence,
                            int start, int end, String sentence) {

    /** How a split form names this sentence: {@code article:start-end}. */
    public String reference() {
        return articleId + ":" + start + "-" + end;
    }
}
