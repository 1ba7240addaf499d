/**
 * Temporal expressions: finds dates in English news text and resolves them against the
 * publication date and the tense of their sentence.
 *
 * <p>{@link org.dialogues.extract.time.DateFinder} is the entry point; it returns
 * {@link org.dialogues.extract.time.DateMention}s, spans into the text with a date, an optional
 * end date and a {@link org.dialogues.extract.time.DatePrecision}. Inside, each kind of
 * expression is a {@code Rule} (a precompiled pattern and a resolver): {@code AbsoluteRules} for
 * calendar dates, {@code RelativeRules} for dates relative to the reference. Readings that need
 * a year or month choose it through {@code Anchor}, which weighs candidates by distance and tense.
 * The reference is a {@link org.dialogues.extract.time.ReferenceDate}: the publication day (moved
 * to a wire story's dateline day by {@code DateFinder.referenceOf}), or only the year of an
 * undated article, against which only year-relative expressions resolve.
 * {@link org.dialogues.extract.time.OrderCue} reads "immediately after", "the day before": the date
 * of one event from another's. Pure Java, no I/O, no state between calls.
 */
package org.dialogues.extract.time;
