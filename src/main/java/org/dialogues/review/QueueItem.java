package org.dialogues.review;

import java.time.LocalDate;

/**
 * One thing that needs an archivist's look: why, what it is about, and the page to open.
 *
 * @param reason  a short, plain statement ("low confidence 0.45", "no date", "maybe the same as meeting 12")
 * @param subject the article's title or the meeting's or person's name
 * @param date    the article's publication or the meeting's start date, if any
 * @param link    the workbench page that shows it (an article or a meeting page, with the fact's anchor)
 */
public record QueueItem(String category, String reason, String subject, LocalDate date, String parties, String link) {
}
