package org.dialogues.extract.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.linguistic.Dependency;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.linguistic.Token;

/**
 * Reads commitment predicates from a sentence's dependency graph. A predicate is a verb whose lemma
 * undertakes (agree, pledge, reaffirm, decide, plan, sign ...) or a verb under "will" / reported
 * "would"; its subject is its nsubj, its content its xcomp ("agreed to expand"), ccomp ("agreed that
 * they would"), obl ("agreed on", "committed to") or obj ("reaffirmed their commitment to").
 * Predicates that only describe something (relative clauses, "since they agreed"), are negated,
 * hedged ("will likely"), announce travel or an agenda ("will visit", "will discuss"), or sit inside
 * the content of another predicate ("reaffirmed that it remains committed to") yield nothing.
 */
final class Predicates {

    private static final Set<String> AGREE = Set.of("agree");
    private static final Set<String> REAFFIRM = Set.of("reaffirm", "re-affirm", "reiterate", "affirm", "confirm",
            "recommit", "re-commit");
    private static final Set<String> PLEDGE = Set.of("pledge", "vow", "promise", "commit");
    private static final Set<String> DECIDE = Set.of("decide", "resolve");
    private static final Set<String> PLAN = Set.of("plan", "intend");
    /** Verbs that sign or adopt a document: their object is what was agreed. */
    private static final Set<String> SIGN = Set.of("sign", "ink", "adopt");
    /** Verbs that agree only when their object is an agreement ("launched a partnership"). */
    private static final Set<String> ISSUE = Set.of("announce", "launch", "conclude", "unveil");
    private static final Set<String> REACH = Set.of("reach", "strike", "produce");
    private static final Set<String> RAISE = Set.of("raise", "elevate", "upgrade");
    /** "renewed their commitment": the verb reaffirms only a commitment. */
    private static final Set<String> RENEW = Set.of("renew", "underscore", "restate");
    private static final Set<String> OFFER = Set.of("announce", "offer");
    /** "are expected / set / due to sign": a planned undertaking. */
    private static final Set<String> EXPECT = Set.of("expect", "set", "due", "schedule", "poise");
    private static final Set<String> INCLUDE = Set.of("include", "specify", "contain");
    private static final Set<String> AGREEMENTS = Set.of("agreement", "accord", "pact", "deal", "declaration",
            "partnership", "framework", "memorandum", "treaty", "consensus", "arrangement", "statement", "vision");
    private static final Set<String> RELATIONS = Set.of("relationship", "relation", "ties", "tie");
    private static final Set<String> LAUNCHES = Set.of("launch", "start", "opening");
    private static final Set<String> DOCUMENTS = Set.of("plan", "agreement", "declaration", "statement", "document",
            "draft", "text", "communique");
    /** "specifies the intention to form": the document states a plan. */
    private static final Set<String> INTENTIONS = Set.of("intention", "plan", "commitment");
    private static final Set<String> UNDERTAKINGS = Set.of("sign", "adopt", "announce", "launch", "establish",
            "conclude", "unveil", "issue", "endorse", "approve", "finalize", "finalise", "set", "create", "agree",
            "pledge", "commit");
    /** "will host", "will visit", "will discuss": attendance, travel or an agenda undertakes nothing. */
    private static final Set<String> ATTENDANCE = Set.of("host", "attend", "visit", "travel", "fly", "arrive",
            "chair", "co-chair", "tour", "stop", "leave", "depart", "head", "return", "discuss", "talk", "review",
            "consider", "study", "meet", "hold", "be", "have", "like", "disagree");
    private static final Set<String> HEDGES = Set.of("likely", "probably", "possibly", "perhaps", "eventually",
            "presumably", "certainly", "unlikely");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    /** Verbs of saying after which "would" reports an undertaking ("Seoul said it would"). */
    private static final Set<String> SAYING = Set.of("say", "tell", "announce", "promise", "assure", "state", "add",
            "note", "stress", "declare");
    private static final Set<String> FAILING = Set.of("fail", "refuse", "decline");
    /** Relations that hang a description, not an undertaking, on the predicate. */
    /** Subordinators of a clause that only places something in time. */
    private static final Set<String> TEMPORAL = Set.of("since", "after", "before", "until");
    private static final Set<String> CONTENT_LINKS = Set.of("ccomp", "xcomp", "advcl", "acl");

    private Predicates() {
    }

    static List<Predicate> in(ParsedSentence sentence) {
        List<Predicate> found = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            predicate(sentence, token).ifPresent(found::add);
        }
        List<Integer> triggers = found.stream().map(Predicate::token).toList();
        List<Predicate> kept = new ArrayList<>();
        for (Predicate p : found) {
            Optional<Predicate> first = coordinatedWith(sentence, p.token(), found);
            if (p.modal() && sayingAlongside(sentence, p.token(), triggers)) {
                continue;
            }
            if (first.isPresent()) {
                kept.add(p.withSubjects(first.get().subjects()));
            } else if (!nested(sentence, p.token(), triggers)) {
                kept.add(p);
            }
        }
        return kept.stream().map(p -> p.without(others(sentence, p, kept))).toList();
    }

    /**
     * "agreed to widen X and pledged to Y", "reaffirmed that X remains vital and agreed that Y": the
     * parser often hangs the second predicate on the first one's content verb; it is coordinated
     * with the first predicate and shares its subject.
     */
    private static Optional<Predicate> coordinatedWith(ParsedSentence s, int t, List<Predicate> found) {
        for (Dependency conj : s.parentsOf(t)) {
            if (!conj.base().equals("conj") || conj.governor() < 0) {
                continue;
            }
            for (Predicate p : found) {
                boolean contentOf = s.parentsOf(conj.governor()).stream()
                        .anyMatch(d -> d.governor() == p.token() && CONTENT_LINKS.contains(d.base()));
                if (p.token() != t && p.token() < t && contentOf && !isTrigger(conj.governor(), found)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "pledged to expand X and said the two sides would explore Y": what the parties say alongside a
     * commitment belongs to that commitment, not a second one.
     */
    private static boolean sayingAlongside(ParsedSentence s, int verb, List<Integer> triggers) {
        return governor(s, verb, "ccomp").filter(say -> SAYING.contains(lemma(s, say)))
                .filter(say -> s.parentsOf(say).stream().anyMatch(d -> d.base().equals("conj")
                        && triggers.contains(d.governor())))
                .isPresent();
    }

    private static boolean isTrigger(int token, List<Predicate> found) {
        return found.stream().anyMatch(p -> p.token() == token);
    }

    /** The other predicates' words inside this one's content: they are their own commitments. */
    private static Set<Integer> others(ParsedSentence s, Predicate p, List<Predicate> kept) {
        Set<Integer> words = new TreeSet<>();
        for (Predicate other : kept) {
            if (other.token() != p.token() && p.contents().stream().anyMatch(c -> c.contains(other.token()))) {
                words.addAll(Content.subtree(s, other.token()));
                words.addAll(other.subjects());
                Predicates.child(s, other.token(), "cc").ifPresent(words::add);
            }
            if (other.token() != p.token()) {
                other.subjects().stream().filter(i -> i > p.token()).forEach(words::add);
            }
        }
        words.remove(p.token());
        return words;
    }

    private static Optional<Predicate> predicate(ParsedSentence s, Token token) {
        if (token.isNoun() && PLAN.contains(token.lowerLemma())) {
            return mistaggedPlan(s, token).or(() -> announcedPlan(s, token));
        }
        if (!token.isVerb() && !token.pos().startsWith("JJ")) {
            return Optional.empty();
        }
        if (descriptive(s, token.index()) || negated(s, token.index()) || failed(s, token.index())) {
            return Optional.empty();
        }
        Optional<Token> modal = modal(s, token.index());
        if (modal.isPresent()) {
            return undertaking(s, token, modal.get());
        }
        return lexical(s, token);
    }

    /** "will expand", reported "would lend": a future act of the subject. */
    private static Optional<Predicate> undertaking(ParsedSentence s, Token verb, Token modal) {
        int v = verb.index();
        if (ATTENDANCE.contains(verb.lowerLemma()) || hedged(s, v) || !verb.pos().startsWith("VB") || leaving(s, v)) {
            return Optional.empty();
        }
        if (s.parentsOf(v).stream().anyMatch(d -> d.relation().equals("acl:relcl"))) {
            return Optional.empty(); // "a pact under which the navies will train": what the pact provides, told once
        }
        boolean would = modal.lowerLemma().equals("would");
        Optional<Integer> saying = governor(s, v, "ccomp").filter(g -> SAYING.contains(lemma(s, g)));
        if (would && saying.isEmpty()) {
            return Optional.empty(); // "a channel would help": a conditional, not an undertaking
        }
        List<Integer> subject = subjectOf(s, v);
        if (subject.isEmpty()) {
            subject = phraseBefore(s, modal.index());
        }
        if (subject.isEmpty() || relative(s, subject)) {
            return Optional.empty();
        }
        if (saying.isPresent() && selfReference(s, subject)) {
            subject = subjectOf(s, saying.get()); // "Tokyo said it would": the speaker's side
        }
        CommitmentKind kind = UNDERTAKINGS.contains(verb.lowerLemma()) ? CommitmentKind.PLAN : CommitmentKind.PLEDGE;
        return Optional.of(new Predicate(v, kind, subject, List.of(Content.clause(s, v)), false, false, false, true));
    }

    private static Optional<Predicate> lexical(ParsedSentence s, Token token) {
        if (relative(s, subjectOf(s, token.index()))) {
            return Optional.empty();
        }
        String lemma = token.lowerLemma();
        int t = token.index();
        // "a charter signed at the meeting": the participle's object is the noun it describes
        Optional<Integer> obj = child(s, t, "obj").or(() -> SIGN.contains(lemma) ? governor(s, t, "acl") : Optional.empty());
        String objLemma = obj.map(o -> lemma(s, o)).orElse("");
        boolean past = token.pos().equals("VBD") || token.pos().equals("VBN") && child(s, t, "aux").isEmpty();
        if (AGREE.contains(lemma)) {
            if (xcomps(s, t).stream().anyMatch(x -> lemma(s, x).equals("disagree"))) {
                return Optional.empty();
            }
            if (assessment(s, t)) {
                return Optional.empty();
            }
            return Optional.of(of(s, t, CommitmentKind.AGREE, Content.of(s, t), past));
        }
        if (lemma.equals("commit") && (child(s, t, "cop").isPresent() || governor(s, t, "xcomp")
                .filter(g -> Set.of("remain", "stay").contains(lemma(s, g))).isPresent())) {
            // "remain committed to": a standing commitment restated; "are committed to": a pledge
            boolean remains = governor(s, t, "xcomp").isPresent()
                    || child(s, t, "cop").filter(c -> Set.of("remain", "stay").contains(lemma(s, c))).isPresent();
            return Optional.of(of(s, t, remains ? CommitmentKind.REAFFIRM : CommitmentKind.PLEDGE,
                    Content.of(s, t), past));
        }
        if (REAFFIRM.contains(lemma) || RENEW.contains(lemma) && objLemma.equals("commitment")) {
            return Optional.of(of(s, t, CommitmentKind.REAFFIRM, Content.of(s, t), past));
        }
        if (PLEDGE.contains(lemma)) {
            return Optional.of(of(s, t, CommitmentKind.PLEDGE, Content.of(s, t), past));
        }
        if (DECIDE.contains(lemma) && (!lemma.equals("resolve") || !xcomps(s, t).isEmpty())) {
            return Optional.of(of(s, t, CommitmentKind.DECIDE, Content.of(s, t), past));
        }
        if (PLAN.contains(lemma) && token.pos().startsWith("VB") && !xcomps(s, t).isEmpty()) {
            return Optional.of(of(s, t, CommitmentKind.PLAN, Content.of(s, t), past));
        }
        if (obj.isPresent() && (SIGN.contains(lemma) || ISSUE.contains(lemma) && AGREEMENTS.contains(objLemma))) {
            return restated(s, t, obj.get()) ? Optional.empty()
                    : Optional.of(new Predicate(t, CommitmentKind.AGREE, subjectOf(s, t),
                            List.of(Content.subtree(s, obj.get())), true, false, past, false));
        }
        if (obj.isPresent() && lemma.equals("announce") && LAUNCHES.contains(objLemma)) {
            return Optional.of(of(s, t, CommitmentKind.DECIDE, List.of(Content.subtree(s, obj.get())), past));
        }
        if (obj.isPresent() && OFFER.contains(lemma) && amount(s, obj.get())) {
            return Optional.of(of(s, t, CommitmentKind.PLEDGE, List.of(Content.subtree(s, obj.get())), past));
        }
        if (obj.isPresent() && REACH.contains(lemma) && AGREEMENTS.contains(objLemma)) {
            int o = obj.get();
            if (restated(s, t, o)) {
                return Optional.empty(); // "reached this agreement": the agreement told before
            }
            List<Integer> content = xcomps(s, t).stream().findFirst().or(() -> child(s, o, "acl"))
                    .map(a -> Content.subtree(s, a)).orElse(Content.subtree(s, o));
            return Optional.of(of(s, t, CommitmentKind.AGREE, List.of(content), past));
        }
        if (obj.isPresent() && RAISE.contains(lemma) && RELATIONS.contains(objLemma)) {
            List<Integer> content = child(s, t, "obl:to").map(o -> Content.subtree(s, o)).orElse(List.of());
            return Optional.of(of(s, t, CommitmentKind.AGREE, List.of(content), past));
        }
        if (EXPECT.contains(lemma)) {
            return expected(s, t);
        }
        if (INCLUDE.contains(lemma) && obj.isPresent()) {
            List<Integer> subject = subjectOf(s, t);
            boolean document = !subject.isEmpty() && child(s, t, "nsubj").map(n -> DOCUMENTS.contains(lemma(s, n)))
                    .orElse(false) && (lemma.equals("include") || INTENTIONS.contains(objLemma));
            return document ? Optional.of(new Predicate(t, CommitmentKind.PLAN, subject,
                    List.of(Content.subtree(s, obj.get())), false, true, false, false)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "Seoul and the bloc plan to elevate": the tagger often reads "plan" after a name as a noun; a
     * bare "plan" between a name and "to" + verb is the verb.
     */
    private static Optional<Predicate> mistaggedPlan(ParsedSentence s, Token plan) {
        int i = plan.index();
        boolean bare = i > 0 && i + 2 < s.tokens().size() && s.tokens().get(i + 1).lowerLemma().equals("to")
                && s.tokens().get(i + 2).pos().equals("VB")
                && (s.tokens().get(i - 1).pos().startsWith("NNP") || s.tokens().get(i - 1).pos().equals("NNS"));
        if (!bare) {
            return Optional.empty();
        }
        List<Integer> subject = phraseBefore(s, i);
        return Optional.of(new Predicate(i, CommitmentKind.PLAN, subject, List.of(Content.subtree(s, i + 2)),
                false, false, false, false));
    }

    /** "announced plans to upgrade the command": the announcer plans it. */
    private static Optional<Predicate> announcedPlan(ParsedSentence s, Token plan) {
        Optional<Integer> announcing = governor(s, plan.index(), "obj")
                .filter(g -> Set.of("announce", "unveil", "reveal", "outline").contains(lemma(s, g)));
        if (announcing.isEmpty() || descriptive(s, announcing.get()) || negated(s, announcing.get())) {
            return Optional.empty();
        }
        Optional<Integer> act = s.childrenOf(plan.index()).stream()
                .filter(d -> d.base().equals("acl") || d.base().equals("xcomp")).map(Dependency::dependent)
                .filter(a -> s.tokens().get(a).pos().equals("VB")).findFirst()
                .or(() -> xcomps(s, announcing.get()).stream().filter(a -> s.tokens().get(a).pos().equals("VB"))
                        .findFirst());
        if (act.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Predicate(announcing.get(), CommitmentKind.PLAN, subjectOf(s, announcing.get()),
                List.of(Content.subtree(s, act.get())), false, false, false, false));
    }

    /** "are expected to sign", "expect the two ministers to sign": a plan, when the act undertakes. */
    private static Optional<Predicate> expected(ParsedSentence s, int t) {
        Optional<Integer> act = xcomps(s, t).stream().filter(x -> UNDERTAKINGS.contains(lemma(s, x))).findFirst();
        if (act.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> agent = child(s, t, "obj").map(o -> Content.subtree(s, o)).orElse(subjectOf(s, t));
        if (child(s, t, "obj").isEmpty() && child(s, t, "nsubj:pass").isEmpty() && child(s, t, "cop").isEmpty()) {
            return Optional.empty(); // "Diplomats expect to": the expecting is theirs, not the meeting's
        }
        return Optional.of(new Predicate(t, CommitmentKind.PLAN, agent, List.of(Content.clause(s, act.get())),
                false, false, false, false));
    }

    private static Predicate of(ParsedSentence s, int t, CommitmentKind kind, List<List<Integer>> contents,
            boolean past) {
        return new Predicate(t, kind, subjectOf(s, t), contents, false, false, past, false);
    }

    /**
     * "agreed that ties had improved": agreeing on how things are is a shared view; only an agreed
     * that-clause about what shall happen ("should train", "would be met") undertakes.
     */
    private static boolean assessment(ParsedSentence s, int t) {
        if (!xcomps(s, t).isEmpty()) {
            return false;
        }
        return child(s, t, "ccomp").map(c -> s.childrenOf(c).stream().noneMatch(d -> d.base().equals("aux")
                && (s.tokens().get(d.dependent()).pos().equals("MD") || s.tokens().get(c).pos().equals("VB")))
                && !Set.of("need", "have").contains(lemma(s, c))).orElse(false);
    }

    /** "signed it", "signed the document": a signing already reported; "has signed": an older one. */
    private static boolean restated(ParsedSentence s, int verb, int obj) {
        String word = s.tokens().get(obj).word().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("it") || word.equals("them")) {
            return true;
        }
        boolean bare = s.childrenOf(obj).stream().allMatch(d -> d.relation().equals("det") || d.base().equals("punct"))
                && s.childrenOf(obj).stream().anyMatch(d -> Set.of("the", "this", "that").contains(lemma(s, d.dependent())));
        boolean perfect = s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("aux")
                && lemma(s, d.dependent()).equals("have"));
        return bare || perfect;
    }

    private static boolean amount(ParsedSentence s, int obj) {
        Token head = s.tokens().get(obj);
        return head.pos().equals("CD") || head.word().equals("$")
                || s.childrenOf(obj).stream().anyMatch(d -> d.relation().equals("nummod"));
    }

    /** A predicate that describes something: a relative clause, a reduced relative, "since they agreed". */
    private static boolean descriptive(ParsedSentence s, int t) {
        for (Dependency parent : s.parentsOf(t)) {
            boolean antecedentActs = parent.relation().equals("acl:relcl") && s.childrenOf(t).stream()
                    .anyMatch(d -> d.base().equals("nsubj") && (d.dependent() == parent.governor()
                            || s.tokens().get(d.dependent()).pos().startsWith("W")));
            if (antecedentActs) {
                return true; // "Russia, which signed": a description; "the declaration, which the leaders adopted" is not
            }
            if (parent.base().equals("advcl") && (TEMPORAL.contains(parent.subtype()) || s.childrenOf(t).stream()
                    .anyMatch(d -> d.relation().equals("mark") && TEMPORAL.contains(lemma(s, d.dependent()))))) {
                return true; // "came ten days after Seoul announced", "the first since they agreed": a time reference
            }
            if (parent.relation().equals("acl") && !s.tokens().get(t).pos().equals("VBG") && !occasioned(s, t)) {
                return true; // "a treaty signed in 1965"; "a statement committing to" stays
            }
        }
        return false;
    }

    /** "a partnership signed at a meeting between X and Y", "signed by the ministers": who or where is told. */
    private static boolean occasioned(ParsedSentence s, int t) {
        Set<Integer> clause = new TreeSet<>(List.of(t));
        for (int round = 0; round < 4; round++) {
            s.dependencies().stream().filter(d -> clause.contains(d.governor()) && !d.base().equals("conj"))
                    .map(Dependency::dependent).toList().forEach(clause::add);
        }
        return s.dependencies().stream().filter(d -> clause.contains(d.governor()))
                .anyMatch(d -> d.relation().equals("obl:agent") || d.subtype().equals("at")
                        && Set.of("meeting", "summit", "talks", "talk", "dialogue").contains(lemma(s, d.dependent())));
    }

    private static boolean negated(ParsedSentence s, int t) {
        return s.childrenOf(t).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("neg"))
                && NEGATIONS.contains(lemma(s, d.dependent())));
    }

    /** "will step down", "will resign": leaving office undertakes nothing towards a partner. */
    private static boolean leaving(ParsedSentence s, int v) {
        return Set.of("resign", "retire").contains(lemma(s, v)) || s.childrenOf(v).stream()
                .anyMatch(d -> d.relation().equals("compound:prt") && lemma(s, d.dependent()).equals("down"));
    }

    private static boolean hedged(ParsedSentence s, int t) {
        return s.childrenOf(t).stream().anyMatch(d -> d.base().equals("advmod") && HEDGES.contains(lemma(s, d.dependent())));
    }

    /** "failed to agree", "refused to sign": the undertaking did not happen. */
    private static boolean failed(ParsedSentence s, int t) {
        return governor(s, t, "xcomp").filter(g -> FAILING.contains(lemma(s, g))).isPresent();
    }

    private static Optional<Token> modal(ParsedSentence s, int t) {
        return s.childrenOf(t).stream().filter(d -> d.relation().equals("aux"))
                .map(d -> s.tokens().get(d.dependent()))
                .filter(a -> a.lowerLemma().equals("will") || a.lowerLemma().equals("would")
                        || a.lowerLemma().equals("shall")
                        || a.lowerLemma().equals("be") && s.tokens().get(t).pos().equals("VB")) // "are (due) to sign"
                .findFirst();
    }

    /** Inside the content of another predicate ("reaffirmed that it remains committed"): content, not a second one. */
    private static boolean nested(ParsedSentence s, int t, List<Integer> triggers) {
        Set<Integer> seen = new TreeSet<>();
        List<Integer> frontier = List.of(t);
        for (int depth = 0; depth < 6 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : frontier) {
                for (Dependency parent : s.parentsOf(node)) {
                    if (parent.governor() < 0 || !CONTENT_LINKS.contains(parent.base())
                            || parent.relation().equals("acl:relcl") || !seen.add(parent.governor())) {
                        continue;
                    }
                    if (triggers.contains(parent.governor())) {
                        return true;
                    }
                    next.add(parent.governor());
                }
            }
            frontier = next;
        }
        return false;
    }

    /** The subject's tokens: nsubj (with its conjuncts), else that of the verb it is coordinated with or depends on. */
    static List<Integer> subjectOf(ParsedSentence s, int verb) {
        for (String relation : List.of("nsubj", "nsubj:pass", "nsubj:xsubj", "nsubj:pass:xsubj")) {
            Optional<Integer> subject = child(s, verb, relation);
            if (subject.isPresent()) {
                return Content.subject(s, subject.get());
            }
        }
        // "a statement committing to": the noun the participle describes
        Optional<Integer> described = governor(s, verb, "acl");
        if (described.isPresent()) {
            return Content.subject(s, described.get());
        }
        for (Dependency parent : s.parentsOf(verb)) {
            if ((parent.base().equals("conj") || parent.base().equals("xcomp") || parent.base().equals("advcl"))
                    && parent.governor() >= 0
                    && parent.governor() != verb) {
                return subjectOf(s, parent.governor());
            }
        }
        return List.of();
    }

    /**
     * The noun phrase right before the modal ("and South Korea will train"): the subject when the
     * parser lost the arc.
     */
    private static List<Integer> phraseBefore(ParsedSentence s, int modal) {
        List<Integer> phrase = new ArrayList<>();
        for (int i = modal - 1; i >= 0; i--) {
            Token token = s.tokens().get(i);
            boolean nominal = token.isNoun() || token.pos().equals("PRP") || token.pos().equals("DT")
                    || token.pos().equals("JJ") || token.pos().equals("CD") || token.pos().equals("HYPH")
                    || token.pos().equals("CC") && !phrase.isEmpty() && i > 0 && s.tokens().get(i - 1).isProperNoun();
            if (!nominal) {
                break;
            }
            phrase.add(0, i);
        }
        return phrase;
    }

    /** "which signed", "who will": a relative clause describes its antecedent. */
    private static boolean relative(ParsedSentence s, List<Integer> subject) {
        return subject.size() == 1 && s.tokens().get(subject.get(0)).pos().startsWith("W");
    }

    /** "it", "he", "his country": the speaker's own side. */
    private static boolean selfReference(ParsedSentence s, List<Integer> subject) {
        return subject.stream().map(i -> s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> Set.of("it", "he", "she", "his", "her", "its").contains(w));
    }

    static List<Integer> xcomps(ParsedSentence s, int t) {
        return s.childrenOf(t).stream().filter(d -> d.base().equals("xcomp")).map(Dependency::dependent).toList();
    }

    static Optional<Integer> child(ParsedSentence s, int t, String relation) {
        return s.childrenOf(t).stream().filter(d -> d.relation().equals(relation)).map(Dependency::dependent).findFirst();
    }

    static Optional<Integer> governor(ParsedSentence s, int t, String relation) {
        return s.parentsOf(t).stream().filter(d -> d.relation().equals(relation) && d.governor() >= 0)
                .map(Dependency::governor).findFirst();
    }

    static String lemma(ParsedSentence s, int t) {
        return s.tokens().get(t).lowerLemma();
    }
}
