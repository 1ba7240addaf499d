package org.dialogues.extract.meeting;

import java.util.ArrayList;
import org.dialogues.extract.text.ClauseText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.participant.PersonMention;

/** Who meets whom: the people linked to a meeting noun by "with" or "between", and the subject who meets them. */
final class MeetingPeople {

    private static final Pattern COMPLEMENT = Pattern.compile("^\\s*(?:\\([^)]{1,12}\\))?" + ClauseText.IN_SENTENCE + "{0,40}?\\b(with|between)\\s");

    private MeetingPeople() {
    }

    /** People named right after "with" or "between" following the meeting noun. */
    static List<PersonMention> linkedPeople(String after, int offset, List<PersonMention> people) {
        Matcher complement = COMPLEMENT.matcher(after);
        if (!complement.find()) {
            return List.of();
        }
        int from = offset + complement.end();
        int limit = complement.group(1).equals("between") ? 2 : 1;
        List<PersonMention> linked = new ArrayList<>();
        for (PersonMention person : people) {
            if (person.span().start() >= from && person.span().start() < from + 90 && linked.size() < limit
                    && linked.stream().noneMatch(p -> p.key().equals(person.key()))) {
                linked.add(person);
            }
        }
        return linked;
    }

    /** Who met: the nearest person named before the anchor, else the first named after the people linked. */
    static PersonMention subject(List<PersonMention> people, int anchor, List<PersonMention> linked) {
        PersonMention before = null;
        for (PersonMention person : people) {
            if (person.span().end() <= anchor && linked.stream().noneMatch(l -> l.key().equals(person.key()))) {
                before = person;
            }
        }
        if (before != null) {
            return before;
        }
        int after = linked.stream().mapToInt(p -> p.span().end()).max().orElse(anchor);
        return people.stream()
                .filter(p -> p.span().start() >= after && linked.stream().noneMatch(l -> l.key().equals(p.key())))
                .findFirst().orElse(null);
    }

    /** "He will hold a summit with X": he is the person last named with a country before the sentence. */
    static Optional<PersonMention> lastNamedBefore(Article article, int before, List<PersonMention> linked) {
        Set<String> theirs = new HashSet<>();
        linked.forEach(p -> theirs.add(p.countryCode()));
        return article.people().stream()
                .filter(p -> p.span().end() <= before && p.countryCode() != null && !theirs.contains(p.countryCode()))
                .reduce((a, b) -> b);
    }
}
