package org.dialogues.extract.participant;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Dependency;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.linguistic.Token;

/**
 * Whether the dependency graph gives a person named in a sentence a part in the event it reports:
 * the subject of an event verb ("X met", "X and Y held talks", "X co-chaired", "X spoke by
 * phone"), the object of a verb of meeting ("met X", "received X"), the "with" of a meeting word
 * ("talks with X", "met with X"), the agent of a leading verb ("led by X", "co-chaired by X"), one
 * of the sides "between" which a meeting is held, or the apposition or conjunct of such a person
 * ("his counterpart, X"). An event told in a relative clause ("X, who met Y last year") sets the
 * scene of another event, so it gives no part; a person who only speaks ("analyst X said") has none.
 */
final class ParticipantRoles {

    /** Verbs whose subject takes part in the event. */
    private static final Set<String> EVENT_VERBS = Set.of("meet", "hold", "attend", "co-chair", "chair", "lead",
            "head", "visit", "speak", "talk", "host", "receive", "welcome", "join", "sign", "accompany", "tell",
            "present", "greet", "co-host");
    /** Verbs whose object is the other side of the event. */
    private static final Set<String> MEETING_OBJECT_VERBS = Set.of("meet", "receive", "host", "welcome", "greet",
            "tell", "join", "accompany", "visit");
    /** Verbs whose agent ("by X") took part. */
    private static final Set<String> AGENT_VERBS = Set.of("lead", "head", "chair", "co-chair", "host", "attend",
            "join", "accompany", "receive", "welcome", "represent", "co-host");
    /** Words of meeting whose "with" is a side of it. */
    private static final Set<String> MEETING_WORDS = Set.of("meet", "meeting", "talk", "talks", "hold", "speak",
            "call", "dialogue", "summit", "consultation", "consultations", "session", "conversation", "discussion",
            "discuss", "sit");
    /** Verbs of a meeting held by a group told without names: "they had met", "the two leaders held talks". */
    private static final Set<String> GROUP_VERBS = Set.of("meet", "hold", "talk", "speak", "confer", "gather", "sit");
    /** Plural words for the people of a meeting: "they", "the two", "the three leaders", "the ministers". */
    private static final Set<String> GROUP_WORDS = Set.of("they", "we", "two", "three", "four", "leader", "minister",
            "president", "premier", "chief", "counterpart", "envoy", "head", "secretary");
    private static final Set<String> SHARED_RELATIONS = Set.of("appos", "conj");
    /** Prepositions and clause marks that set an event before or after the one reported. */
    private static final Set<String> BEFORE_OR_AFTER = Set.of("after", "before", "since", "until", "prior_to");
    private static final Set<String> OCCASION_CASES = Set.of("obl:at", "obl:during");
    private static final int REACH = 4;

    private ParticipantRoles() {
    }

    /** True when the person whose mention covers the span plays a part in the sentence's event. */
    static boolean takesPart(ParsedSentence sentence, Span mention) {
        return head(sentence, mention).map(h -> takesPart(sentence, h, new HashSet<>(), 0)).orElse(false);
    }

    /**
     * "They had met in X", "the two leaders last met", "the ministers held talks": a meeting verb whose
     * subject is a plural word for people rather than a name (sides, countries and allies are not
     * people), or "their" meetings as the subject ("their previous meetings took place in X").
     */
    static Optional<Group> heldByAGroup(ParsedSentence sentence) {
        Optional<Group> found = Optional.empty();
        for (Dependency arc : sentence.dependencies()) {
            if (!arc.base().equals("nsubj") || arc.governor() < 0) {
                continue;
            }
            Token verb = sentence.tokens().get(arc.governor());
            Token subject = sentence.tokens().get(arc.dependent());
            boolean plural = subject.pos().equals("NNS") || subject.pos().equals("CD") || subject.pos().equals("PRP");
            if (GROUP_VERBS.contains(verb.lowerLemma()) && plural && GROUP_WORDS.contains(subject.lowerLemma())) {
                return Optional.of(Group.PEOPLE);
            }
            if (theirMeetingTookPlace(sentence, subject)) {
                found = Optional.of(Group.THEIRS);
            }
        }
        return found;
    }

    /** How a meeting's holders are told: as people ("the two leaders met"), or as "their" meeting. */
    enum Group { PEOPLE, THEIRS }

    /** "Their previous trilateral meetings took place in X and Y": the meeting noun, theirs, is the subject. */
    private static boolean theirMeetingTookPlace(ParsedSentence sentence, Token subject) {
        return MEETING_WORDS.contains(subject.lowerLemma()) && sentence.childrenOf(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss")
                        && sentence.tokens().get(d.dependent()).word().equalsIgnoreCase("their"));
    }

    /** The token of the mention that no other token of it governs. */
    static Optional<Integer> head(ParsedSentence sentence, Span mention) {
        List<Token> inside = sentence.tokensIn(mention);
        for (Token token : inside) {
            boolean governedInside = sentence.parentsOf(token.index()).stream()
                    .anyMatch(d -> d.governor() >= 0 && mention.contains(sentence.tokens().get(d.governor()).span()));
            if (!governedInside) {
                return Optional.of(token.index());
            }
        }
        return Optional.empty();
    }

    /**
     * "X and Y agreed at their summit last month to ...": the meeting word an event of the person's
     * is placed at or during, if any; a sentence may tell of one meeting while its people speak of
     * another.
     */
    static Optional<String> occasion(ParsedSentence sentence, Span mention) {
        Optional<Integer> head = head(sentence, mention);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        for (Dependency subject : sentence.parentsOf(head.get())) {
            if (!subject.base().equals("nsubj") || subject.governor() < 0) {
                continue;
            }
            for (Dependency place : sentence.childrenOf(subject.governor())) {
                String lemma = sentence.tokens().get(place.dependent()).lowerLemma();
                if (OCCASION_CASES.contains(place.relation()) && MEETING_WORDS.contains(lemma)) {
                    return Optional.of(lemma);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "X and Secretary of State Y", "X (her title) and Y (his)": the later person is joined to the
     * earlier by "and" in the graph, whatever words of office stand between them, or both hang on
     * the first of a list.
     */
    static boolean conjuncts(ParsedSentence sentence, Span first, Span second) {
        Optional<Integer> a = head(sentence, first);
        Optional<Integer> b = head(sentence, second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        // "A, B and C": the graph hangs both B and C on A
        Set<Integer> joinedTo = new HashSet<>(List.of(a.get()));
        sentence.parentsOf(a.get()).stream().filter(d -> d.relation().equals("conj:and"))
                .forEach(d -> joinedTo.add(d.governor()));
        return sentence.parentsOf(b.get()).stream()
                .anyMatch(d -> joinedTo.contains(d.governor()) && d.relation().equals("conj:and"));
    }

    private static boolean takesPart(ParsedSentence sentence, int token, Set<Integer> seen, int depth) {
        if (depth > REACH || !seen.add(token)) {
            return false;
        }
        for (Dependency arc : sentence.parentsOf(token)) {
            if (arc.governor() < 0) {
                continue;
            }
            if (role(sentence, arc)) {
                return true;
            }
            if (SHARED_RELATIONS.contains(arc.base()) && takesPart(sentence, arc.governor(), seen, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The arc from the person's head to its governor is one of a participant's. */
    private static boolean role(ParsedSentence sentence, Dependency arc) {
        Token governor = sentence.tokens().get(arc.governor());
        String lemma = governor.lowerLemma();
        String relation = arc.relation();
        boolean part = switch (arc.base()) {
            case "nsubj" -> governor.isVerb() || governor.pos().startsWith("JJ") ? EVENT_VERBS.contains(lemma)
                    : relation.equals("nsubj") && MEETING_WORDS.contains(lemma); // "X and Y held talks": X nsubj of held
            case "obj" -> MEETING_OBJECT_VERBS.contains(lemma);
            case "obl", "nmod" -> switch (arc.subtype()) {
                case "with" -> MEETING_WORDS.contains(lemma) || EVENT_VERBS.contains(lemma);
                case "agent", "by" -> AGENT_VERBS.contains(lemma);
                case "between" -> MEETING_WORDS.contains(lemma);
                default -> false;
            };
            default -> false;
        };
        return part && !backgroundClause(sentence, arc.governor());
    }

    /**
     * "X, who met Y last year, ...", "after his talks with Y, X flew to ...": the event word, or a
     * word above it, hangs on a relative clause or on a preposition that places it before or after
     * the event the sentence reports.
     */
    private static boolean backgroundClause(ParsedSentence sentence, int word) {
        int current = word;
        for (int step = 0; step <= REACH && current >= 0; step++) {
            Optional<Dependency> up = sentence.headOf(current);
            if (up.isEmpty()) {
                return false;
            }
            Dependency arc = up.get();
            if (arc.relation().startsWith("acl:relcl") || BEFORE_OR_AFTER.contains(arc.subtype())) {
                return true;
            }
            current = arc.governor();
        }
        return false;
    }
}
