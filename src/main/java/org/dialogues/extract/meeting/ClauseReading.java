package org.dialogues.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.linguistic.EntityMention;
import org.dialogues.extract.linguistic.Token;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.DatePrecision;

/**
 * What the clause of each meeting noun says of its meeting, read from the parse: the date attached
 * to it ("will hold X on September 16", "the first meeting of Y will take place on July 18") and
 * whether it is still to come or called off ("will hold", "is scheduled to", "postponed").
 */
final class ClauseReading {

    private ClauseReading() {
    }

    static void read(Article article, Sentence sentence, List<DateMention> found, List<Reference> references) {
        Clauses clauses = article.clauses(sentence);
        for (Reference reference : references) {
            Optional<Token> head = clauses.tokenAt(reference.anchor());
            if (head.isEmpty() || !head.get().isNoun()) {
                continue;
            }
            Draft draft = reference.draft();
            boolean introduced = draft.firstSentence == sentence.index();
            clauses.dateOf(head.get().index()).flatMap(entity -> asDate(article, entity, found))
                    .filter(date -> finer(date, draft.date, introduced))
                    .ifPresent(date -> draft.date = date);
            if (introduced) {
                clauses.statusOf(head.get().index()).ifPresent(status -> draft.status = status);
            } else if (draft.status == MeetingStatus.PLANNED) {
                // "had been expected to produce a meeting ... but the meeting did not take place"
                clauses.statusOf(head.get().index()).filter(status -> status == MeetingStatus.CANCELLED)
                        .ifPresent(status -> draft.status = status);
            }
        }
    }

    /** The date finder's reading of the same words when it has one (it knows ranges), else SUTime's value. */
    static Optional<DateMention> asDate(Article article, EntityMention entity, List<DateMention> found) {
        Optional<DateMention> same = found.stream()
                .filter(d -> d.start() < entity.span().end() && entity.span().start() < d.end()).findFirst();
        if (same.isPresent()) {
            return same;
        }
        if (!entity.text().matches(".*\\d.*")) {
            return Optional.empty(); // "the same day", "that week": SUTime reads them against the wrong day
        }
        Integer year = article.published() == null ? null : article.published().getYear();
        return Clauses.toDate(entity, year);
    }

    /**
     * The date the parse attaches to the clause that tells of a meeting wins over the one found
     * nearest to it ("SEOUL, July 16 -- ... will hold X on Tuesday": the dateline is nearer but says
     * when the story was filed), unless it is coarser; a later mention's clause ("X was created at
     * their summit on April 26") only adds precision.
     */
    private static boolean finer(DateMention candidate, DateMention current, boolean introduced) {
        if (current == null || current.precision() == DatePrecision.UNKNOWN) {
            return true;
        }
        int coarser = Integer.compare(candidate.precision().ordinal(), current.precision().ordinal());
        return coarser < 0 || coarser == 0 && introduced;
    }
}
