package org.dialogues.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Finds date expressions in English news text and resolves them against the publication date.
 *
 * <p>What is recognised:
 * <ul>
 *   <li>days in US and UK order, with or without year, abbreviated with or without a dot, and ranges:
 *       "March 12, 2025", "12 March 2025", "Sept. 14", "September 23-24", "Sept. 23 to Oct. 2, 2024",
 *       "Monday, Sept. 23"; year-first numbers "2024-09-25", "2024.09.25";</li>
 *   <li>months ("in November 2024", "in March", "early/mid/late March", "last May") at MONTH
 *       precision, and years after a preposition or modifier ("in 2023", "since 2018", "mid-2024")
 *       at YEAR precision;</li>
 *   <li>ordinal days after a preposition ("on the 23rd", "from the 23rd to the 24th",
 *       "the 23rd of this month"), the month coming from the reference;</li>
 *   <li>dates relative to the reference: weekdays, "yesterday", "today", "tomorrow", "the
 *       previous day", "last/this/next week|month|year", "earlier/later this year", "two weeks
 *       ago", halves, quarters and seasons ("in the second half of 2018", "last fall").</li>
 * </ul>
 *
 * <p>Decisions:
 * <ul>
 *   <li>Spans cover the date words only: a leading "on", "in" or "from" is not part of them.</li>
 *   <li>A year (or month) missing from a date is the one that puts it nearest the reference
 *       among readings consistent with the tense: in PAST sentences not after the reference, in
 *       FUTURE sentences not before it, allowing two days for time zones
 *       (a PAST "Dec. 30" read on Jan. 6 is the previous year). Callers should pass FUTURE for
 *       plans reported with a past verb ("agreed to meet on Jan. 20"). A weekday written with
 *       the date chooses the year when exactly one of the adjacent years matches it.</li>
 *   <li>A lone weekday is, in PAST sentences, the latest such day on or before the reference; in
 *       FUTURE sentences, the first after it; in PRESENT sentences, the nearer of the two.
 *       "last Monday" is strictly before, "next Monday" strictly after the reference.</li>
 *   <li>Weeks, halves, quarters and seasons are reported at the finest precision true of the
 *       whole period (see {@link DateMention}): "last week" is that MONTH when the week lies in
 *       one month, else UNKNOWN with its Monday and Sunday as bounds (a whole YEAR would throw
 *       away most of what is known); "the first quarter" and "last fall" are YEAR; a winter
 *       (December to February) is UNKNOWN with its bounds.</li>
 *   <li>"The previous day" is taken as the day before the reference: news reports it relative
 *       to a dateline that is usually the publication day.</li>
 *   <li>A bare year is not a date (too often a quantity); year ranges count only after a
 *       preposition ("in 1950-53" is YEAR 1950 to 1953; "the 1950-53 Korean War" gives nothing).
 *       Edition ordinals ("25th dialogue"), "2+2", "G7", "Article 5", times ("10:05") and phone
 *       numbers are not dates.</li>
 *   <li>Without a reference date only expressions carrying their own year resolve; the others
 *       are dropped, never given an invented year. With only the article's year known
 *       ({@link ReferenceDate#year}), expressions told relative to that year resolve too ("next
 *       year", "later this year", "in June last year"); none is given an invented month or day.</li>
 *   <li>A wire story's dateline ("SEOUL, Sept. 14 (Yonhap) --") within two days of the publication
 *       day is the day its "today" and "on Thursday" are told from ({@link #referenceOf}).</li>
 *   <li>Overlapping expressions yield only the longest; mentions come in order of offset.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateFinder {

    /*
     * Each pattern opens with a cheap one-character gate, (?=[A-Z]) and the like, before any
     * lookbehind or long alternation: most positions in a text fail there at once.
     */
    private static final List<Rule> RULES =
            Stream.concat(AbsoluteRules.all().stream(), RelativeRules.all().stream()).toList();

    /**
     * Date expressions in {@code text[from, to)}.
     *
     * @param text      the whole text; offsets of the result are absolute in it
     * @param from      first offset searched (inclusive)
     * @param to        last offset searched (exclusive); expressions must end by it
     * @param reference the publication date, or {@code null}: then only expressions with an
     *                  explicit year resolve
     * @param tense     tense of the sentence, which decides between past and future readings
     * @return resolved mentions, non-overlapping, in order of offset
     * @throws IndexOutOfBoundsException if {@code from}/{@code to} are not a range of {@code text}
     */
    public List<DateMention> find(String text, int from, int to, LocalDate reference, Tense tense) {
        return findAgainst(text, from, to, ReferenceDate.day(reference), tense);
    }

    /**
     * Date expressions in {@code text[from, to)} read against a reference that may know only the
     * year of the article: then expressions told relative to that year resolve ("next year",
     * "later this year", "in June last year", "the first half of next year") and those that need
     * a day or month ("last week", "on Monday", "in March") do not.
     */
    public List<DateMention> findAgainst(String text, int from, int to, ReferenceDate reference, Tense tense) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        Objects.checkFromToIndex(from, to, text.length());
        Anchor anchor = Anchor.of(reference, tense);
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text).region(from, to)
                    .useTransparentBounds(true).useAnchoringBounds(false);
            while (matcher.find()) {
                candidates.add(new Candidate(matcher.start(), matcher.end(), rule.resolver().resolve(matcher, anchor)));
            }
        }
        return longestFirst(candidates).stream()
                .filter(candidate -> candidate.dating().isPresent())
                .sorted(Comparator.comparingInt(Candidate::start))
                .map(candidate -> candidate.dating().get().at(candidate.start(), candidate.end()))
                .toList();
    }

    /**
     * The reference the relative dates of {@code text} are told from: its dateline day ("SEOUL,
     * Sept. 14 (Yonhap) --") when that lies within two days of the publication day, or completes
     * a publication known only to the year; else {@code publication} itself.
     */
    public ReferenceDate referenceOf(String text, ReferenceDate publication) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publication, "publication");
        return Dateline.refine(text, publication);
    }

    /** All date expressions in the whole text. */
    public List<DateMention> find(String text, LocalDate reference, Tense tense) {
        return find(text, 0, text.length(), reference, tense);
    }

    /**
     * Keeps the longest of overlapping candidates, even when it does not resolve: a fragment of
     * an expression that cannot be dated is not a date either.
     */
    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::length).reversed()
                        .thenComparingInt(Candidate::start)
                        .thenComparing(candidate -> candidate.dating().isEmpty()))
                .toList();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private record Candidate(int start, int end, Optional<Dating> dating) {
        int length() {
            return end - start;
        }

        boolean overlaps(Candidate other) {
            return start < other.end && other.start < end;
        }
    }
}
