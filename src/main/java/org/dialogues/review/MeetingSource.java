package org.dialogues.review;

import java.time.LocalDate;

/** One article sentence that reports a meeting, for the meeting page. */
public record MeetingSource(long articleId, String title, String outlet, LocalDate published, String role, float confidence,
                     String sentence) {
}
