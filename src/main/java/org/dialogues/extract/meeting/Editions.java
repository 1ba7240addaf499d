package org.dialogues.extract.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** "It was the fourth meeting of the group": a numbered meeting of the body just named is the meeting just told. */
final class Editions {

    private static final Pattern OF_THE_BODY = Pattern.compile(
            "^\\s+of\\s+the\\s+(?:group|forum|channel|body|mechanism|committee|council|framework|dialogue)\\b");

    private Editions() {
    }

    static Optional<Draft> ofTheGroup(NounPhrase phrase, String after, List<Draft> drafts) {
        if (phrase.edition() == null || drafts.isEmpty() || !OF_THE_BODY.matcher(after).find()) {
            return Optional.empty();
        }
        return drafts.stream().max(Comparator.comparingInt(d -> d.sentences.get(d.sentences.size() - 1)));
    }
}
