package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.OrderCue;

/** A meeting being assembled while the article is read; local to one annotate call. */
final class Draft {

    /** Told only as people meeting ("X met Y", "talks between X and Y"), not by a name. */
    boolean encounter;
    String name;
    String head;
    List<String> contentWords = List.of();
    String seriesKey;
    String series;
    Integer edition;
    String acronym;
    boolean proper;
    boolean informal;
    boolean collective;
    /** Named as the occasion of another meeting ("on the sidelines of the X Dialogue"). */
    boolean occasion;
    /** Told as "the first X since 2019": its number, if the text gives one, is told apart ("the ninth X"). */
    boolean firstSinceAGap;
    /** Told as "the first X since March 2018": when the X before it was held, and the sentence saying so. */
    DateMention previousHeld;
    int previousSentence;
    /** May take the date of the sentence before it, when that sentence tells no meeting of its own. */
    boolean datedByLead;
    DateMention date;
    /** A meeting this one is placed next to in time ("took place immediately after"), and the words that say so. */
    Draft orderedAgainst;
    OrderCue orderCue;
    String city;
    String country;
    final Set<String> parties = new LinkedHashSet<>();
    MeetingStatus status = MeetingStatus.HELD;
    String level;
    /** Who meets, in words, for a meeting without a name: "defence chiefs" in "talks between the defence chiefs of". */
    String kind;
    final List<Integer> sentences = new ArrayList<>();
    final Set<String> people = new LinkedHashSet<>();
    int firstSentence;

    /** The meeting referred to most recently. */
    static Draft latest(List<Draft> drafts) {
        return drafts.stream().max(Comparator.comparingInt(d -> d.sentences.get(d.sentences.size() - 1))).orElseThrow();
    }

    /** "the previous round", "their last summit": the name's words say it is not the meeting reported. */
    boolean namesAnotherOccasion() {
        return name != null && java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .anyMatch(BackReferences.OTHER_OCCASION::contains);
    }

    /** Another meeting of the same kind and sides as like: its head, words, series and level, nothing of its occasion. */
    static Draft anotherOf(Draft like) {
        Draft draft = new Draft();
        draft.head = like.head;
        draft.contentWords = like.contentWords;
        draft.series = like.series;
        draft.informal = like.informal;
        draft.level = like.level;
        draft.parties.addAll(like.parties);
        return draft;
    }

    void refer(int sentence) {
        if (!sentences.contains(sentence)) {
            sentences.add(sentence);
        }
    }

    /** Takes in another account of the same meeting: its sentences, people, and date or venue when missing. */
    void absorb(Draft other) {
        other.sentences.forEach(this::refer);
        sentences.sort(null);
        people.addAll(other.people);
        if (date == null) {
            date = other.date;
        }
        if (city == null) {
            city = other.city;
            country = other.country;
        }
    }
}
