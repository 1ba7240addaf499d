package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dialogues.extract.time.DatePrecision;

/**
 * One meeting told twice becomes one: by its sides meeting and by its name ("their ministers met
 * in Melbourne ... held the sixth 2+2"), or by its name and as talks between two people ("held the
 * 56th SCM ... Kim and Austin held talks at the Pentagon on Wednesday").
 */
final class SameMeetings {

    /** How many sentences apart two accounts of one meeting may first be told. */
    private static final int NEARBY = 2;

    private SameMeetings() {
    }

    /** The drafts with every second account folded into the named meeting it tells of. */
    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>(drafts);
        for (Draft draft : drafts) {
            Optional<Draft> named = draft.collective ? toldByItsSides(drafts, draft)
                    : draft.encounter ? toldAsTalks(drafts, draft) : numberedNearby(drafts, draft);
            named.ifPresent(d -> {
                d.absorb(draft);
                kept.remove(draft);
            });
        }
        return kept;
    }

    /** "Korea and Australia ... as their ministers met": the named meeting of the same sides in a neighbouring sentence. */
    private static Optional<Draft> toldByItsSides(List<Draft> drafts, Draft told) {
        return drafts.stream()
                .filter(d -> d != told && !d.informal && d.parties.equals(told.parties))
                .filter(d -> Math.abs(d.firstSentence - told.firstSentence) <= 1)
                .filter(d -> d.date == null || told.date == null || sameDay(d, told))
                .findFirst();
    }

    /**
     * Talks between two people are the named meeting of the same two sides when they are told in one
     * of its sentences, on the same day at the same venue, or by the people who met at it; never when
     * date or venue disagree.
     */
    private static Optional<Draft> toldAsTalks(List<Draft> drafts, Draft talks) {
        return drafts.stream()
                .filter(d -> d != talks && !d.informal && !d.encounter && d.parties.equals(talks.parties))
                .filter(d -> d.status == talks.status)
                .filter(d -> d.date == null || talks.date == null || sameDay(d, talks))
                .filter(d -> d.city == null || talks.city == null || d.city.equals(talks.city))
                .filter(d -> d.sentences.contains(talks.firstSentence) || sameDayAndPlace(d, talks)
                        || d.people.containsAll(talks.people))
                // "also called on the Prime Minister": a courtesy call on someone not at the talks is a meeting of its own
                .filter(d -> !talks.name.startsWith("courtesy") || d.people.containsAll(talks.people))
                .findFirst();
    }

    /**
     * "held their annual Military Committee Meeting in Seoul on Sunday. ... for the 48th MCM": a
     * series named without a number is the numbered edition of that series told next to it, when
     * nothing about them disagrees and its words do not point at another occasion ("the previous SCM").
     */
    private static Optional<Draft> numberedNearby(List<Draft> drafts, Draft unnumbered) {
        if (unnumbered.series == null || unnumbered.edition != null || unnumbered.name == null
                || unnumbered.namesAnotherOccasion()) {
            return Optional.empty();
        }
        return drafts.stream()
                .filter(d -> d != unnumbered && d.edition != null && unnumbered.series.equals(d.series))
                .filter(d -> d.status == unnumbered.status && d.parties.equals(unnumbered.parties))
                .filter(d -> Math.abs(d.firstSentence - unnumbered.firstSentence) <= NEARBY)
                .filter(d -> d.date == null || unnumbered.date == null || d.date.date().equals(unnumbered.date.date()))
                .filter(d -> d.city == null || unnumbered.city == null || d.city.equals(unnumbered.city))
                .findFirst();
    }

    private static boolean sameDayAndPlace(Draft a, Draft b) {
        return a.date != null && b.date != null && a.date.precision() == DatePrecision.DAY && sameDay(a, b)
                && a.city != null && Objects.equals(a.city, b.city);
    }

    private static boolean sameDay(Draft a, Draft b) {
        return a.date.date().equals(b.date.date());
    }
}
