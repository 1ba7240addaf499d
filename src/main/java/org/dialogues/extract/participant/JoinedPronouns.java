package org.dialogues.extract.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;
import org.dialogues.extract.text.Sentence;

/**
 * "He and Albanese had held talks on Tuesday": a sentence that opens with a pronoun joined to a
 * named person speaks of the person the story was just following. The pronoun becomes a mention of
 * that person, so the rules that read "X and Y held talks" read this sentence too.
 *
 * <p>Only this shape is resolved (the pronoun first, joined by "and" to a name before the verb):
 * there the pronoun is a subject beside another actor, and the previous sentence's first named
 * person, the one it was about, is by far the likeliest antecedent. Other pronouns stay unresolved.
 */
final class JoinedPronouns {

    private static final Pattern OPENING = Pattern.compile("^\\W*(He|She)\\s+and\\s+");
    /** What may stand between "and" and the name: a title, not a clause. */
    private static final int TITLE_REACH = 60;
    /** Sentences back to look for the person the story follows. */
    private static final int REACH = 2;

    private JoinedPronouns() {
    }

    static List<PersonMention> resolve(String text, List<Sentence> sentences, List<PersonMention> people) {
        List<PersonMention> resolved = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Matcher opening = OPENING.matcher(text).region(sentence.span().start(), sentence.span().end());
            if (!opening.lookingAt()) {
                continue;
            }
            Optional<PersonMention> joined = people.stream()
                    .filter(p -> p.sentence() == sentence.index() && p.span().start() >= opening.end()
                            && p.span().start() - opening.end() <= TITLE_REACH
                            && !text.substring(opening.end(), p.span().start()).matches("(?s).*[,;].*"))
                    .min(Comparator.comparing(PersonMention::span));
            if (joined.isEmpty()) {
                continue;
            }
            Span pronoun = new Span(opening.start(1), opening.end(1));
            antecedent(sentence.index(), people, joined.get()).ifPresent(a -> resolved.add(new PersonMention(
                    sentence.index(), pronoun, a.name(), a.title(), a.organization(), a.countryCode(), a.levelCode(), false)));
        }
        return resolved;
    }

    /** The first person named in the nearest sentence before that names one: whom the story is about. */
    private static Optional<PersonMention> antecedent(int sentence, List<PersonMention> people, PersonMention joined) {
        for (int back = sentence - 1; back >= Math.max(0, sentence - REACH); back--) {
            int index = back;
            Optional<PersonMention> first = people.stream().filter(p -> p.sentence() == index)
                    .min(Comparator.comparing(PersonMention::span));
            if (first.isPresent()) {
                PersonMention person = first.get();
                boolean usable = !person.former() && person.countryCode() != null && !person.key().equals(joined.key());
                return usable ? first : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
