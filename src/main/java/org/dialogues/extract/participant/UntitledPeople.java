package org.dialogues.extract.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dialogues.extract.Span;

/**
 * People named without a title, found only where the sentence gives them a part in a meeting:
 * the object of "met (with)", "talks with", "between", "led/joined/attended/accompanied by",
 * "told", "counterpart(s)"; the subject of "met", "held", "co-chaired", "told", "signed"; or a conjunct of a person
 * already found ("Deputy Minister X and Y"). Anywhere else a run of capitalized words is as likely
 * a place, an exercise or a document as a person, so it is left alone.
 */
final class UntitledPeople {

    private static final Set<String> OBJECT_CUES = Set.of("met", "with", "between", "told", "and", "received",
            "welcomed", "hosted");
    private static final Set<String> BY_VERBS = Set.of("led", "headed", "joined", "attended", "accompanied",
            "chaired", "co-chaired", "hosted", "received", "welcomed");
    private static final Set<String> SUBJECT_VERBS = Set.of("met", "held", "co-chaired", "chaired", "told",
            "signed", "hosted", "received", "welcomed", "led", "headed", "attended", "joined", "accompanied");
    /** "Also present were X and Y", "in attendance were X": a list of those at the table. */
    private static final Set<String> PRESENCE = Set.of("present", "attendance", "attending");
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    private UntitledPeople() {
    }

    /**
     * Spans (token index ranges, end exclusive) of untitled names in a participant's position.
     *
     * @param nameWord whether the token at an index may be part of a personal name
     * @param person whether the token at an index lies in a person already found
     */
    static List<int[]> find(List<Token> tokens, IntPredicate nameWord, IntPredicate person) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord.test(i) || person.test(i) || !tokens.get(i).isCapitalized()) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && nameWord.test(end) && !person.test(end) && end - i < MAX_WORDS + 1) {
                end++;
            }
            int length = end - i;
            if (length >= MIN_WORDS && length <= MAX_WORDS && tokens.get(end - 1).isCapitalized()
                    && !tokens.get(end - 1).possessive() && (objectCue(tokens, i, person) || subjectCue(tokens, end, person))) {
                found.add(new int[] {i, end});
            }
            i = end;
        }
        return found;
    }

    /** "met (with) X", "talks with X", "between X", "led by X", "told X", "his counterpart(s)[,] X", "President Y and X". */
    private static boolean objectCue(List<Token> tokens, int start, IntPredicate person) {
        if (start == 0) {
            return false;
        }
        Token previous = tokens.get(start - 1);
        if (isCounterpart(previous) || (previous.is(",") && start >= 2 && isCounterpart(tokens.get(start - 2)))) {
            return true; // "met their Japanese counterparts, X and Y"
        }
        if (previous.is("by")) {
            return start >= 2 && BY_VERBS.contains(tokens.get(start - 2).lower());
        }
        if (previous.is("and") || previous.is(",")) {
            return start >= 2 && person.test(start - 2); // a conjunct of a person already found
        }
        if (previous.is("were") || previous.is("was")) {
            return start >= 2 && PRESENCE.contains(tokens.get(start - 2).lower());
        }
        if (previous.is("with")) {
            return start >= 2 && (tokens.get(start - 2).is("met") || tokens.get(start - 2).lower().startsWith("talk")
                    || tokens.get(start - 2).is("meeting"));
        }
        return OBJECT_CUES.contains(previous.lower());
    }

    private static boolean isCounterpart(Token token) {
        return token.is("counterpart") || token.is("counterparts");
    }

    /** "X met", "X and President Y held", "X, who ..., told". */
    private static boolean subjectCue(List<Token> tokens, int end, IntPredicate person) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.is("also") && end + 1 < tokens.size()) {
            next = tokens.get(end + 1); // "X also attended"
        }
        if (SUBJECT_VERBS.contains(next.lower())) {
            return true;
        }
        return next.is("and") && end + 1 < tokens.size() && person.test(end + 1);
    }
}
