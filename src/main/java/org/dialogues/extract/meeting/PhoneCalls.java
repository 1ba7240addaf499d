package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Dependency;
import org.dialogues.extract.linguistic.Token;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateMention;

/**
 * Calls told by a verb of speaking and the line it went over, read from the parse: "A and B spoke by
 * phone on June 6", "A talked with B over the telephone", "the two talked by phone": one phone call
 * between the two people, dated by the clause. "The two" / "they" are the two people of the meeting
 * told most recently.
 */
final class PhoneCalls {

    static final String LABEL = "phone call";
    private static final Set<String> SPEAKING = Set.of("speak", "talk", "confer", "chat", "converse");
    private static final Set<String> LINES = Set.of("phone", "telephone");
    private static final Set<String> BY_LINE = Set.of("by", "over", "on", "via");
    private static final Set<String> REFERRING = Set.of("two", "they", "leader", "minister");

    private final Encounters encounters;

    PhoneCalls(Encounters encounters) {
        this.encounters = encounters;
    }

    void read(Article article, Sentence sentence, List<PersonMention> people, List<DateMention> found,
            List<Draft> drafts, List<Reference> references) {
        Clauses clauses = article.clauses(sentence);
        for (Token verb : clauses.sentence().tokens()) {
            if (!verb.isVerb() || !SPEAKING.contains(verb.lowerLemma()) || !overALine(clauses, verb.index())) {
                continue;
            }
            List<PersonMention> callers = callers(article, clauses, verb.index(), people, drafts);
            if (callers.size() != 2) {
                continue;
            }
            DateMention date = clauses.dateOf(verb.index())
                    .flatMap(entity -> ClauseReading.asDate(article, entity, found)).orElse(null);
            encounters.encounter(article, sentence, LABEL, callers.get(0), callers.get(1), verb.span().start(),
                    date, drafts, references);
        }
    }

    /** "by phone", "over the telephone": the verb has an oblique whose noun is a telephone line. */
    private static boolean overALine(Clauses clauses, int verb) {
        return clauses.sentence().childrenOf(verb).stream()
                .anyMatch(arc -> arc.base().equals("obl") && BY_LINE.contains(arc.subtype())
                        && LINES.contains(clauses.token(arc.dependent()).lowerLemma()));
    }

    /** The people of the subject and its conjuncts, and of "with X"; a referring subject stands for the last two who met. */
    private static List<PersonMention> callers(Article article, Clauses clauses, int verb, List<PersonMention> people,
            List<Draft> drafts) {
        List<Integer> nodes = new ArrayList<>();
        boolean referring = false;
        for (Dependency arc : clauses.sentence().childrenOf(verb)) {
            if (arc.base().equals("nsubj") || arc.relation().equals("obl:with")) {
                nodes.add(arc.dependent());
                clauses.sentence().childrenOf(arc.dependent()).stream().filter(c -> c.base().equals("conj"))
                        .forEach(c -> nodes.add(c.dependent()));
                referring |= arc.base().equals("nsubj")
                        && REFERRING.contains(clauses.token(arc.dependent()).lowerLemma());
            }
        }
        List<PersonMention> callers = new ArrayList<>();
        for (int node : nodes) {
            Span word = clauses.token(node).span();
            people.stream().filter(p -> p.span().start() < word.end() && word.start() < p.span().end())
                    .filter(p -> callers.stream().noneMatch(c -> c.key().equals(p.key())))
                    .findFirst().ifPresent(callers::add);
        }
        if (callers.isEmpty() && referring) {
            return lastTwoWhoMet(article, clauses.sentence().index(), drafts);
        }
        return callers;
    }

    /** The two people of the meeting told most recently before this sentence, as last mentioned. */
    private static List<PersonMention> lastTwoWhoMet(Article article, int sentence, List<Draft> drafts) {
        Optional<Draft> last = drafts.stream().filter(d -> d.people.size() == 2 && d.parties.size() == 2)
                .filter(d -> d.sentences.stream().anyMatch(s -> s < sentence))
                .max(java.util.Comparator.comparingInt(d -> d.sentences.stream().filter(s -> s < sentence)
                        .max(Integer::compare).orElse(-1)));
        if (last.isEmpty()) {
            return List.of();
        }
        List<PersonMention> two = new ArrayList<>();
        for (String key : last.get().people) {
            article.people().stream().filter(p -> p.key().equals(key) && p.sentence() < sentence)
                    .reduce((a, b) -> b).ifPresent(two::add);
        }
        return two;
    }
}
