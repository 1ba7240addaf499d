package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.text.ClauseText;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.DatePrecision;

/**
 * "Their first security consultation since March 2018": saying a meeting is the first since a date
 * says the one before it was held then. That earlier meeting is often told only as "the previous
 * round" or "its 11th round", undated or dated by another event of its sentence; or not told at all.
 */
final class PreviousOccasions {

    /** "first ... since" right before a date: the words between hold the meeting noun. */
    private static final Pattern FIRST_SINCE = Pattern.compile(
            "\\bfirst\\b(" + ClauseText.IN_SENTENCE + "{0,100}?)\\bsince\\s+$", Pattern.CASE_INSENSITIVE);

    private PreviousOccasions() {
    }

    /** Marks each meeting of the sentence told as "the first ... since DATE" with that date. */
    static void read(Article article, Sentence sentence, List<DateMention> found, List<Reference> references) {
        for (DateMention date : found) {
            if (date.precision() != DatePrecision.MONTH && date.precision() != DatePrecision.YEAR) {
                continue; // "since Monday" measures no gap between editions
            }
            Matcher first = FIRST_SINCE.matcher(article.text(sentence.span().start(), date.start()));
            if (!first.find()) {
                continue;
            }
            int from = sentence.span().start() + first.start(1);
            int to = sentence.span().start() + first.end(1);
            references.stream().filter(r -> r.anchor() >= from && r.anchor() < to)
                    .filter(r -> MeetingHeads.find(article.text(), r.anchor(), to).lookingAt()) // not "the first visit"
                    .reduce((a, b) -> b)
                    .map(Reference::draft).filter(d -> finer(date, d.previousHeld)).ifPresent(d -> {
                        d.previousHeld = date;
                        d.previousSentence = sentence.index();
                    });
        }
    }

    /** "since 2018" in the headline, "since March 2018" in the story: the month says more. */
    private static boolean finer(DateMention date, DateMention known) {
        return known == null || date.precision().compareTo(known.precision()) < 0;
    }

    /**
     * For each meeting told as the first since a date: the meeting of the same sides and kind told as an
     * earlier occasion takes that date when it has none, or one the gap rules out; when the article
     * tells no such meeting, it is added.
     */
    static void place(List<Draft> drafts) {
        for (Draft after : List.copyOf(drafts)) {
            DateMention since = after.previousHeld;
            if (since == null || after.date == null || !since.date().isBefore(after.date.date())) {
                continue;
            }
            if (drafts.stream().anyMatch(d -> d != after && sameKind(d, after) && d.date != null
                    && sameTime(d.date, since))) {
                continue; // already told with its date
            }
            Optional<Draft> before = drafts.stream()
                    .filter(d -> d != after && sameKind(d, after) && d.status == MeetingStatus.HELD)
                    .filter(d -> d.date == null || inTheGap(d.date.date(), since.date(), after.date.date()))
                    .findFirst();
            if (before.isPresent()) {
                before.get().date = since;
            } else {
                drafts.add(earlierOne(after, since));
            }
        }
    }

    /** Of the same sides and, when both have one, the same series; not told by people meeting. */
    private static boolean sameKind(Draft a, Draft b) {
        return a.parties.equals(b.parties) && !a.encounter && !a.occasion
                && (a.series == null || Objects.equals(a.series, b.series))
                && (a.level == null || b.level == null || a.level.equals(b.level));
    }

    private static boolean sameTime(DateMention a, DateMention b) {
        return a.date().getYear() == b.date().getYear()
                && (b.precision() == DatePrecision.YEAR || a.date().getMonth() == b.date().getMonth());
    }

    /** A date after the one the gap starts at and before the meeting that ends it contradicts "the first since". */
    private static boolean inTheGap(LocalDate date, LocalDate since, LocalDate end) {
        return date.isAfter(since.withDayOfMonth(since.lengthOfMonth())) && date.isBefore(end);
    }

    private static Draft earlierOne(Draft after, DateMention since) {
        Draft draft = Draft.anotherOf(after);
        draft.name = "previous " + after.name;
        draft.kind = after.kind;
        draft.date = since;
        draft.edition = after.edition != null && after.edition > 1 ? after.edition - 1 : null;
        draft.firstSentence = after.previousSentence;
        draft.refer(after.previousSentence);
        return draft;
    }
}
