package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Dependency;
import org.dialogues.extract.linguistic.EntityMention;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.linguistic.Token;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.extract.time.Tense;

/**
 * One sentence read through its dependency graph, for what a meeting noun says about its meeting:
 * the words that modify it, "the Nth meeting of X", "talks between A and B", the date attached to
 * its clause and whether that clause looks ahead, calls it off or reports it.
 */
record Clauses(String text, ParsedSentence sentence, List<EntityMention> entities) {

    /** Arcs that build a name to the left of its head: "bilateral", "Consultation Group", "18th". */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nummod", "flat", "appos", "dep",
            "conj", "cc", "punct");
    /** Arcs by which a noun is what its clause is about: "hold a meeting", "the meeting will take place". */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "obl", "nmod", "xcomp");
    /** Arcs by which a date is the time of a clause or of a noun. */
    private static final Set<String> TIME_ARCS = Set.of("obl", "nmod", "obl:tmod", "nmod:tmod", "obl:npmod");
    /** Parts of a day a date may hang from: "on the morning of March 3". */
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "expect", "set", "slate", "aim", "agree",
            "decide", "arrange", "prepare", "due");
    /** "will hold", and the possibility of a meeting: "where he could meet X", "may hold talks". */
    private static final Set<String> LOOKING_AHEAD = Set.of("will", "shall", "could", "may", "might");
    /** Nouns for the people of the other side who hold the same office: "their Japanese counterparts". */
    private static final Set<String> EQUALS = Set.of("counterpart", "peer");
    /** Words an acronym leaves out: "Strategy and Consultation", "Ministry of Defense". */
    private static final Set<String> LITTLE_WORDS = Set.of("and", "of", "for", "the", "on", "in", "&");
    /** Verbs that report what someone said: the tense is that of what they report. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "report", "add", "note", "state",
            "confirm");
    /** Nouns for who meets, in "a meeting of the foreign ministers of A and B". */
    private static final Set<String> PEOPLE = Set.of("minister", "leader", "chief", "official", "diplomat", "envoy",
            "head", "president", "premier", "secretary", "general", "commander", "negotiator", "advisor", "adviser",
            "representative", "delegation", "lawmaker", "parliamentarian");
    /** Arcs from a reporting verb to what it reports. */
    private static final Set<String> REPORTED = Set.of("ccomp", "dep", "parataxis", "appos");
    /** Verbs of a meeting happening, which "never" or "not" turn into its being called off. */
    private static final Set<String> HAPPENING = Set.of("happen", "occur", "materialize", "materialise", "proceed");
    private static final Set<String> CALLING_OFF = Set.of("cancel", "postpone", "scrap", "delay", "suspend");
    private static final Set<String> HOLDING = Set.of("hold", "meet", "host", "co-chair", "chair", "attend",
            "convene", "launch", "resume", "restore", "revive", "restart", "take", "have", "conduct", "talk", "speak", "open", "begin", "start");

    /** The token whose span covers the offset. */
    Optional<Token> tokenAt(int offset) {
        return sentence.tokenAt(offset);
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    /**
     * The words left of a noun that modify it, as a span from the first of them to the end of the
     * noun; a named entity right before it ("the X Group (XG) meeting") is one of them even when the
     * parse attaches it elsewhere.
     */
    Span modifiedSpan(int head) {
        int first = Math.min(leftmost(head, head), entityBefore(head));
        return new Span(token(first).span().start(), token(head).span().end());
    }

    private int entityBefore(int head) {
        int last = head - 1;
        if (last >= 2 && token(last).word().equals(")") && token(last - 2).word().equals("(")) {
            last -= 3;
        }
        for (EntityMention entity : entities) {
            boolean name = entity.is("ORGANIZATION") || entity.is("MISC");
            if (name && entity.endToken() - 1 == last) {
                return entity.firstToken();
            }
        }
        return head;
    }

    /** The phrase of a noun made of the words that modify it, without punctuation or an acronym in parentheses. */
    NounPhrase phrase(Span modified, int head, String acronym) {
        return phrase(modified, head, acronym, null);
    }

    /**
     * The phrase of a named body standing for its meeting: "the first meeting of the X Group" reads
     * as the X Group's words with head "meeting", so "the meeting" later still refers to it.
     */
    NounPhrase bodyPhrase(Span modified, int body, String acronym, String meetingHead) {
        return phrase(modified, body, acronym, meetingHead);
    }

    private NounPhrase phrase(Span modified, int head, String acronym, String meetingHead) {
        List<String> words = new ArrayList<>();
        Integer edition = null;
        boolean proper = false;
        for (Token word : sentence.tokensIn(modified)) {
            boolean punctuation = !Character.isLetterOrDigit(word.word().charAt(0));
            if (word.index() == head && meetingHead == null || punctuation || word.word().equals(acronym)) {
                continue;
            }
            Optional<Integer> ordinal = Ordinals.parse(word.word());
            if (ordinal.isPresent()) {
                edition = ordinal.get();
            } else if (Character.isUpperCase(word.word().charAt(0)) && word.index() > 0) {
                proper = true;
            }
            words.add(word.word());
        }
        Token noun = token(head);
        proper = proper || Character.isUpperCase(noun.word().charAt(0)) && head > 0;
        String headWord = meetingHead != null ? meetingHead : noun.word().toLowerCase(Locale.ROOT);
        return new NounPhrase(modified, headWord, null, List.copyOf(words), edition, proper);
    }

    private int leftmost(int node, int head) {
        int first = node;
        for (Dependency child : sentence.childrenOf(node)) {
            int dependent = child.dependent();
            if (dependent < first && dependent < head && MODIFIERS.contains(child.base())) {
                first = Math.min(first, leftmost(dependent, head));
            }
        }
        // a phrase never starts with punctuation or a conjunction
        while (first < head && !Character.isLetterOrDigit(token(first).word().charAt(0))) {
            first++;
        }
        return first;
    }

    /** "MSPCG" in "Policy Group (MSPCG) meeting": an all-capital word in parentheses inside the span. */
    Optional<String> acronymIn(Span span) {
        List<Token> tokens = sentence.tokensIn(span);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (tokens.get(i - 1).word().equals("(") && tokens.get(i + 1).word().equals(")")
                    && word.length() >= 2 && word.chars().filter(Character::isUpperCase).count() >= 2) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * "Extended Deterrence Strategy and Consultation Group (EDSCG)": the first token of the words an
     * acronym in parentheses abbreviates, read leftwards from the parenthesis while each capitalized
     * word gives the acronym's next letter from the end (little words such as "and" or "of" give none).
     * Empty unless every letter is matched, so a name is only ever widened to what the acronym spells.
     */
    Optional<Integer> expansionOf(String acronym) {
        String letters = acronym.replaceAll("[^A-Z]", "");
        for (int open = 1; open + 2 < sentence.tokens().size(); open++) {
            if (token(open).word().equals("(") && token(open + 1).word().equals(acronym)
                    && token(open + 2).word().equals(")") && letters.length() >= 2) {
                return spelledBefore(open, letters);
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> spelledBefore(int open, String letters) {
        int letter = letters.length() - 1;
        for (int t = open - 1; t >= 0; t--) {
            String word = token(t).word();
            if (LITTLE_WORDS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || word.charAt(0) != letters.charAt(letter)) {
                return Optional.empty();
            }
            if (--letter < 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The noun the meeting is "of" ("the first meeting of the X Group"), when it is named with capitals. */
    Optional<Integer> namedBodyOf(int head) {
        for (Dependency child : sentence.childrenOf(head)) {
            Token body = token(child.dependent());
            if (child.relation().equals("nmod:of") && body.isNoun() && Character.isUpperCase(body.word().charAt(0))) {
                return Optional.of(child.dependent());
            }
        }
        return Optional.empty();
    }

    /** The acronym in parentheses right after a noun: "the X Group (XG)". */
    Optional<String> acronymAfter(int noun) {
        int next = sentence.tokensIn(modifiedSpan(noun)).stream().mapToInt(Token::index).max().orElse(noun) + 1;
        if (next + 2 <= sentence.tokens().size() - 1 && token(next).word().equals("(") && token(next + 2).word().equals(")")) {
            String word = token(next + 1).word();
            if (word.chars().filter(Character::isUpperCase).count() >= 2) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** The span of the people or parties "between A and B" a meeting noun names, if it does. */
    Optional<Span> between(int head) {
        for (Dependency child : sentence.childrenOf(head)) {
            if (child.relation().equals("nmod:between")) {
                return Optional.of(nominal(child.dependent()));
            }
        }
        return Optional.empty();
    }

    /**
     * "a meeting of the foreign ministers of A, B and C", "the summit of A and B": the words the meeting
     * is "of", when they are not a named body; whether they name its sides is for the parties in them.
     */
    Optional<Span> ofWhom(int head) {
        for (Dependency child : sentence.childrenOf(head)) {
            if (child.relation().equals("nmod:of") && token(child.dependent()).isNoun()) {
                return Optional.of(nominal(child.dependent()));
            }
        }
        return Optional.empty();
    }

    /** "the defence chiefs of A and B": the words naming who meets, without the parties ("defence chiefs"). */
    Optional<String> kindOfPeople(int head) {
        for (Dependency child : sentence.childrenOf(head)) {
            boolean whom = child.relation().equals("nmod:between") || child.relation().equals("nmod:of")
                    && PEOPLE.contains(token(child.dependent()).lowerLemma());
            if (whom && token(child.dependent()).pos().equals("NNS")) {
                int noun = child.dependent();
                StringBuilder words = new StringBuilder();
                for (Dependency modifier : sentence.childrenOf(noun)) {
                    Token word = token(modifier.dependent());
                    if (modifier.dependent() < noun && (modifier.relation().equals("amod")
                            || modifier.relation().equals("compound")) && !word.isProperNoun()
                            && !Character.isUpperCase(word.word().charAt(0))) {
                        words.append(word.word().toLowerCase(Locale.ROOT)).append(' ');
                    }
                }
                return Optional.of(words + token(noun).word().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** "the third round of security talks": the edition told by the round the meeting noun is "of". */
    Optional<Integer> roundOf(int head) {
        for (Dependency arc : sentence.parentsOf(head)) {
            if (arc.relation().equals("nmod:of") && arc.governor() >= 0
                    && Set.of("round", "session", "edition").contains(token(arc.governor()).lowerLemma())) {
                for (Dependency modifier : sentence.childrenOf(arc.governor())) {
                    Optional<Integer> ordinal = Ordinals.parse(token(modifier.dependent()).word());
                    if (modifier.relation().equals("amod") && ordinal.isPresent()) {
                        return ordinal;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "did not hold talks", "never held talks": the clause of the noun is denied. */
    boolean denied(int head) {
        return clauseOf(head).stream().anyMatch(node -> hasChild(node, "advmod", Set.of("not", "never", "n't"))
                || hasChild(node, "neg", Set.of("not", "never", "n't")));
    }

    /**
     * "held a meeting with their Japanese counterparts": the words modifying the "with" noun when it
     * names equals of the other side (counterparts, peers), as a span; empty otherwise.
     */
    Optional<Span> counterpartsOf(int head) {
        for (int anchor : clauseOf(head)) {
            for (Dependency arc : sentence.childrenOf(anchor)) {
                if (!"with".equals(arc.subtype()) || !Set.of("obl", "nmod").contains(arc.base())
                        || !EQUALS.contains(token(arc.dependent()).lowerLemma())) {
                    continue;
                }
                int noun = arc.dependent();
                int first = sentence.childrenOf(noun).stream()
                        .filter(c -> Set.of("amod", "compound").contains(c.base()) && c.dependent() < noun)
                        .mapToInt(Dependency::dependent).min().orElse(noun);
                return first == noun ? Optional.empty()
                        : Optional.of(new Span(token(first).span().start(), token(noun).span().start()));
            }
        }
        return Optional.empty();
    }

    /** The subject of the clause a meeting noun is the object of: "A and B held talks". */
    Optional<Span> subjectOf(int head) {
        for (int anchor : clauseOf(head)) {
            for (Dependency child : sentence.childrenOf(anchor)) {
                if (child.base().equals("nsubj") && anchor != head) {
                    return Optional.of(nominal(child.dependent()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The span of a noun phrase without the clauses hanging from it: "the allies since North Korea
     * began ..." is "the allies".
     */
    Span nominal(int node) {
        int[] range = {node, node};
        collectNominal(node, range, 0);
        return new Span(token(range[0]).span().start(), token(range[1]).span().end());
    }

    private void collectNominal(int node, int[] range, int depth) {
        for (Dependency child : sentence.childrenOf(node)) {
            boolean clause = Set.of("acl", "advcl", "ccomp", "parataxis", "dep", "ref").contains(child.base())
                    || Set.of("since", "after", "before").contains(child.subtype());
            if (depth > 10 || child.dependent() == node || clause) {
                continue;
            }
            range[0] = Math.min(range[0], child.dependent());
            range[1] = Math.max(range[1], child.dependent());
            collectNominal(child.dependent(), range, depth + 1);
        }
    }

    /** The noun and the verbs above it that it is an argument of: "meeting" → "take" in "the meeting will take place". */
    List<Integer> clauseOf(int head) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(head);
        int node = head;
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> up = sentence.headOf(node);
            if (up.isEmpty() || up.get().governor() < 0 || !ARGUMENTS.contains(up.get().base())) {
                break;
            }
            node = up.get().governor();
            if (!token(node).isVerb() && !token(node).pos().startsWith("JJ")) {
                break;
            }
            anchors.add(node);
        }
        return anchors;
    }

    /** The DATE entity attached to the noun or its clause ("will hold X on September 16"), first one. */
    Optional<EntityMention> dateOf(int head) {
        List<Integer> anchors = clauseOf(head);
        for (EntityMention entity : entities) {
            if (!entity.is("DATE") || entity.normalized() == null) {
                continue;
            }
            for (int t = entity.firstToken(); t < entity.endToken(); t++) {
                for (Dependency arc : sentence.parentsOf(t)) {
                    boolean outside = arc.governor() < entity.firstToken() || arc.governor() >= entity.endToken();
                    int governor = outside ? throughPartOfDay(arc) : arc.governor();
                    if (outside && anchors.contains(governor) && TIME_ARCS.contains(arc.base())
                            && !"since".equals(arc.subtype()) && !"after".equals(arc.subtype())
                            && !"before".equals(arc.subtype())) {
                        return Optional.of(entity);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The tense of what the sentence reports, from its main verb: "will hold" or "plans to hold" looks
     * ahead, "held" or "has held" reports; a reporting verb ("officials said the two will meet") gives
     * the tense of what it reports. Empty when the parse does not say (no verb, or the present), so
     * the word cues decide ("a plan to release" is no future for "held talks on Wednesday").
     */
    Optional<Tense> tense() {
        Optional<Integer> root = sentence.dependencies().stream().filter(d -> d.governor() < 0)
                .map(Dependency::dependent).findFirst();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        int verb = root.get();
        for (int step = 0; step < 2; step++) {
            boolean told = token(verb).isVerb() && !REPORTING.contains(token(verb).lowerLemma());
            if (told) {
                return tenseOf(verb);
            }
            // "SEOUL -- X held ...": a dateline heads the parse; "officials said X will ...": the reporting
            // verb's own tense says nothing of what it reports (a loose parse hangs that as "dep")
            Optional<Integer> inner = sentence.childrenOf(verb).stream().filter(d -> REPORTED.contains(d.base()))
                    .map(Dependency::dependent).filter(t -> token(t).isVerb()).findFirst();
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            verb = inner.get();
        }
        return tenseOf(verb);
    }

    private Optional<Tense> tenseOf(int verb) {
        Token word = token(verb);
        if (!word.isVerb()) {
            return Optional.empty();
        }
        if (hasChild(verb, "aux", Set.of("will", "shall")) || PLANNING.contains(word.lowerLemma())
                && !word.pos().equals("VBD") && !word.pos().equals("VBN")) {
            return Optional.of(Tense.FUTURE);
        }
        boolean perfect = hasChild(verb, "aux", Set.of("have")) || hasChild(verb, "aux:pass", Set.of("be"))
                && sentence.childrenOf(verb).stream().anyMatch(d -> d.base().equals("aux:pass")
                        && token(d.dependent()).pos().equals("VBD"));
        boolean conditional = hasChild(verb, "aux", Set.of("would", "could", "might", "may", "should"));
        if (!conditional && (word.pos().equals("VBD") || perfect)) {
            return Optional.of(Tense.PAST);
        }
        return Optional.empty();
    }

    /** True when some verb of the sentence has a subject: a told clause, not a label or a date line. */
    boolean hasVerbWithSubject() {
        return sentence.dependencies().stream()
                .anyMatch(d -> d.base().startsWith("nsubj") && d.governor() >= 0 && token(d.governor()).isVerb());
    }

    /**
     * "on the evening of Friday, June 6": the date hangs from a part of the day, which is the clause's
     * time; the part of the day stands in for the date's governor when it is itself a time of the clause.
     */
    private int throughPartOfDay(Dependency arc) {
        int governor = arc.governor();
        if (governor < 0 || !arc.base().equals("nmod") || !PARTS_OF_DAY.contains(token(governor).lowerLemma())) {
            return governor;
        }
        return sentence.headOf(governor).filter(up -> TIME_ARCS.contains(up.base())).map(Dependency::governor)
                .orElse(governor);
    }

    /**
     * What the clause of a meeting noun says of it: called off ("postponed", "called off"), looked
     * ahead to ("will hold", "is scheduled to", "plans to"), or empty when it does not say.
     */
    Optional<MeetingStatus> statusOf(int head) {
        List<Integer> anchors = clauseOf(head);
        for (int anchor : ancestors(head)) {
            Token verb = token(anchor);
            if (CALLING_OFF.contains(verb.lowerLemma()) || verb.lowerLemma().equals("call") && hasParticle(anchor, "off")
                    || neverHappened(anchor) || conjuncts(anchor).stream().anyMatch(this::neverHappened)) {
                return Optional.of(MeetingStatus.CANCELLED);
            }
        }
        for (int anchor : anchors) {
            if (anchor == head || !token(anchor).isVerb()) {
                continue;
            }
            if (hasChild(anchor, "aux", LOOKING_AHEAD) || PLANNING.contains(token(anchor).lowerLemma())
                    && !token(anchor).pos().equals("VBD") || aheadByParent(anchor)) {
                return Optional.of(MeetingStatus.PLANNED);
            }
        }
        // "held talks on Wednesday, ... dominated by a plan to release": the meeting's own verb reports it
        return anchors.stream().filter(a -> a != head && HOLDING.contains(token(a).lowerLemma()))
                .filter(a -> tenseOf(a).filter(t -> t == Tense.PAST).isPresent())
                .findFirst().map(a -> MeetingStatus.HELD);
    }

    /**
     * "it never took place", "the summit did not go ahead", "the visit never happened": a verb of
     * happening that "never" or "not" denies.
     */
    private boolean neverHappened(int verb) {
        String lemma = token(verb).lowerLemma();
        boolean happening = HAPPENING.contains(lemma) || lemma.equals("take") && sentence.childrenOf(verb).stream()
                .anyMatch(d -> d.base().equals("obj") && token(d.dependent()).lowerLemma().equals("place"))
                || lemma.equals("go") && hasChild(verb, "advmod", Set.of("ahead"));
        return happening && hasChild(verb, "advmod", Set.of("never", "not", "n't"));
    }

    /** "was due to host X, but it never took place": the clauses joined to a verb by "and" or "but". */
    private List<Integer> conjuncts(int verb) {
        return sentence.childrenOf(verb).stream().filter(d -> d.base().equals("conj")).map(Dependency::dependent)
                .toList();
    }

    /** The noun and up to three tokens above it, by any arc: a parse may hang "postponed" loosely over the talks. */
    private List<Integer> ancestors(int head) {
        List<Integer> chain = new ArrayList<>(List.of(head));
        int node = head;
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> up = sentence.headOf(node);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            node = up.get().governor();
            chain.add(node);
        }
        return chain;
    }

    /** "is scheduled to hold", "plans to hold": the verb is the complement of a planning verb. */
    private boolean aheadByParent(int verb) {
        Optional<Dependency> up = sentence.headOf(verb);
        return up.isPresent() && up.get().base().equals("xcomp") && up.get().governor() >= 0
                && PLANNING.contains(token(up.get().governor()).lowerLemma())
                && HOLDING.contains(token(verb).lowerLemma());
    }

    private boolean hasParticle(int verb, String word) {
        return sentence.childrenOf(verb).stream()
                .anyMatch(d -> d.relation().equals("compound:prt") && token(d.dependent()).lowerLemma().equals(word));
    }

    private boolean hasChild(int node, String relation, Set<String> lemmas) {
        return sentence.childrenOf(node).stream()
                .anyMatch(d -> d.relation().equals(relation) && lemmas.contains(token(d.dependent()).lowerLemma()));
    }

    /**
     * A SUTime value as a date mention: "2022-09-16" a day, "2023-05" a month, "2023" a year; a day
     * written without its year ("XXXX-07-18") takes the year given.
     */
    static Optional<DateMention> toDate(EntityMention entity, Integer knownYear) {
        String value = entity.normalized();
        if (value == null) {
            return Optional.empty();
        }
        if (value.startsWith("XXXX") && knownYear != null) {
            value = knownYear + value.substring(4);
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(mention(entity, LocalDate.parse(value.substring(0, 10)), DatePrecision.DAY));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(mention(entity, LocalDate.parse(value + "-01"), DatePrecision.MONTH));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(mention(entity, LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static DateMention mention(EntityMention entity, LocalDate date, DatePrecision precision) {
        return new DateMention(entity.span().start(), entity.span().end(), date, null, precision);
    }
}
