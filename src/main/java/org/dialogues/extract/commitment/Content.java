package org.dialogues.extract.commitment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dialogues.extract.linguistic.Dependency;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.linguistic.Token;

/**
 * The content of a commitment predicate as tokens of its clause: the xcomp, ccomp, obl or obj
 * subtree, without the time ("on Monday"), venue ("at their summit") and reporting ("..., the
 * ministry said") modifiers that say when, where and by whose account rather than what.
 */
final class Content {

    /** Arcs that the enhanced graph adds (or that report) and that are no part of a clause's words. */
    private static final Set<String> NOT_CONTENT = Set.of("parataxis", "nsubj:xsubj", "nsubj:pass:xsubj",
            "obl:according_to", "discourse");
    private static final Set<String> VENUES = Set.of("summit", "meeting", "talk", "talks", "dialogue", "session",
            "conference", "forum", "consultation");
    private static final Set<String> QUOTES = Set.of("``", "“", "\"", "‘");
    /**
     * Where the parse leaves them inside the content, the words that say by whose account (", a senior
     * official said"), when ("on Wednesday to ...") and on what occasion (", as their ministers met in X").
     */
    private static final java.util.regex.Pattern REPORTED_BY = java.util.regex.Pattern.compile(
            ",\\s+[^,;]{1,80}?\\s+(?:said|says|told\\s+reporters|announced|added|reported)$");
    private static final java.util.regex.Pattern TOLD_WHEN = java.util.regex.Pattern.compile(
            "^(?:on|last|this|next|earlier|later)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|week|month|year|day)\\s+(?:to|that)\\s+");
    private static final java.util.regex.Pattern AS_THEY_MET = java.util.regex.Pattern.compile(
            ",\\s+as\\s+(?:the|their|its)\\s[^;]{0,100}?\\b(?:met|gathered|held\\s+talks)\\b[^;]*$");

    private Content() {
    }

    /** The undertakings of a lexical predicate: its infinitives, else its that-clause, else its obl or object. */
    static List<List<Integer>> of(ParsedSentence s, int t) {
        List<Integer> xcomps = Predicates.xcomps(s, t);
        if (xcomps.isEmpty()) {
            xcomps = infinitiveClauses(s, t); // "committed to operationalize" parsed as a purpose clause
        }
        if (!xcomps.isEmpty()) {
            List<List<Integer>> contents = new ArrayList<>();
            // the enhanced graph repeats "agreed to A and to B" as a second xcomp: B is read as A's conjunct
            List<Integer> heads = xcomps;
            heads.stream().filter(x -> s.parentsOf(x).stream().noneMatch(d -> d.base().equals("conj")
                    && heads.contains(d.governor()))).forEach(x -> contents.addAll(infinitives(s, t, x)));
            return contents;
        }
        for (String relation : List.of("ccomp", "obl:on", "obl:to", "obj", "obl:upon")) {
            Optional<Integer> head = s.childrenOf(t).stream()
                    .filter(d -> d.relation().equals(relation) && !circumstance(s, d))
                    .map(Dependency::dependent).findFirst();
            if (head.isPresent()) {
                return List.of(subtree(s, head.get()));
            }
        }
        return List.of();
    }

    /**
     * "agreed to A and to B", "agreed “to A” and “B”": each infinitive with its own "to" or quote is
     * an undertaking; "to A and B" without one is a single undertaking.
     */
    private static List<List<Integer>> infinitives(ParsedSentence s, int t, int x) {
        List<Integer> within = subtree(s, x);
        List<Integer> separate = new ArrayList<>(s.dependencies().stream()
                .filter(d -> d.base().equals("conj") && within.contains(d.governor()) && d.dependent() > x
                        && s.tokens().get(d.governor()).isVerb() && s.tokens().get(d.dependent()).isVerb())
                .map(Dependency::dependent)
                .distinct()
                .filter(c -> ownInfinitive(s, c))
                .toList());
        separate.addAll(strayInfinitives(s, t, x));
        List<List<Integer>> contents = new ArrayList<>();
        contents.add(subtree(s, x, Set.copyOf(separate)));
        separate.forEach(c -> contents.add(subtree(s, c)));
        return contents;
    }

    /**
     * "said they “agreed to A” and “B”": a quoted bare verb that the parser coordinated with a finite
     * verb above the predicate (a bare verb cannot coordinate with "said") continues the infinitives.
     */
    private static List<Integer> strayInfinitives(ParsedSentence s, int t, int x) {
        List<Integer> stray = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            int c = d.dependent();
            boolean aboveTrigger = d.governor() >= 0 && s.childrenOf(d.governor()).stream()
                    .anyMatch(a -> a.dependent() == t && !a.base().equals("conj"));
            if (d.base().equals("conj") && c > x && aboveTrigger && !stray.contains(c) && s.tokens().get(c).pos().equals("VB")
                    && s.tokens().get(d.governor()).pos().matches("VB[DZP]") && ownInfinitive(s, c)
                    && s.childrenOf(c).stream().noneMatch(a -> a.base().equals("aux"))) {
                stray.add(c);
            }
        }
        for (Token token : s.tokens()) {
            boolean headless = s.parentsOf(token.index()).isEmpty();
            if (headless && token.index() > x && token.pos().equals("VB") && ownInfinitive(s, token.index())) {
                stray.add(token.index()); // "agreed to A, and to B" with B left unattached by the parser
            }
        }
        return stray;
    }

    private static List<Integer> infinitiveClauses(ParsedSentence s, int t) {
        return s.childrenOf(t).stream().filter(d -> d.relation().equals("advcl:to")).map(Dependency::dependent).toList();
    }

    private static boolean ownInfinitive(ParsedSentence s, int conj) {
        boolean to = s.childrenOf(conj).stream().anyMatch(d -> d.relation().equals("mark")
                && s.tokens().get(d.dependent()).lowerLemma().equals("to"));
        boolean quoted = s.childrenOf(conj).stream().anyMatch(d -> d.base().equals("punct")
                && d.dependent() < conj && QUOTES.contains(s.tokens().get(d.dependent()).word()));
        int first = subtree(s, conj).stream().filter(i -> !s.tokens().get(i).pos().equals("CC")
                && !s.tokens().get(i).pos().equals(",")).findFirst().orElse(conj);
        return to || quoted || first > 0 && QUOTES.contains(s.tokens().get(first - 1).word());
    }

    /** A verb's clause after the modal: the verb and what follows it, not another subject's coordinated clause. */
    static List<Integer> clause(ParsedSentence s, int verb) {
        Set<Integer> excluded = new TreeSet<>();
        Optional<Integer> subject = Predicates.child(s, verb, "nsubj");
        for (Dependency d : s.childrenOf(verb)) {
            int c = d.dependent();
            boolean ownSubject = d.base().equals("conj") && Predicates.child(s, c, "nsubj")
                    .filter(n -> !n.equals(subject.orElse(-1))).isPresent();
            if (c < verb || ownSubject) {
                excluded.add(c);
            }
        }
        return subtree(s, verb, excluded);
    }

    /** A subject: its head, modifiers and conjuncts, without a relative clause describing it. */
    static List<Integer> subject(ParsedSentence s, int head) {
        Set<Integer> excluded = new TreeSet<>();
        s.childrenOf(head).stream().filter(d -> d.relation().equals("acl:relcl") || d.base().equals("acl"))
                .forEach(d -> excluded.add(d.dependent()));
        return subtree(s, head, excluded);
    }

    static List<Integer> subtree(ParsedSentence s, int head) {
        return subtree(s, head, Set.of());
    }

    private static List<Integer> subtree(ParsedSentence s, int head, Set<Integer> excluded) {
        Set<Integer> kept = new TreeSet<>();
        Deque<Integer> open = new ArrayDeque<>(List.of(head));
        while (!open.isEmpty()) {
            int node = open.pop();
            if (!kept.add(node)) {
                continue;
            }
            for (Dependency d : s.childrenOf(node)) {
                int c = d.dependent();
                if (!excluded.contains(c) && !kept.contains(c) && !NOT_CONTENT.contains(d.relation())
                        && !circumstance(s, d) && !shared(s, d)) {
                    open.push(c);
                }
            }
        }
        return List.copyOf(kept);
    }

    /** A subject the enhanced graph copies from a coordinated verb belongs to that verb's clause. */
    private static boolean shared(ParsedSentence s, Dependency d) {
        return d.base().equals("nsubj") && s.parentsOf(d.dependent()).stream()
                .filter(p -> p.base().equals("nsubj")).count() > 1;
    }

    /** "on Monday", "in 2023", "at their summit": when and where, not what. */
    static boolean circumstance(ParsedSentence s, Dependency d) {
        if (!d.base().equals("obl") && !d.base().equals("nmod")) {
            return false;
        }
        Token head = s.tokens().get(d.dependent());
        boolean every = s.childrenOf(d.dependent()).stream()
                .anyMatch(c -> s.tokens().get(c.dependent()).lowerLemma().equals("every"));
        boolean date = head.ner().equals("DATE") && !every;
        boolean venue = (d.subtype().equals("at") || d.subtype().equals("during")) && VENUES.contains(head.lowerLemma());
        return date || venue;
    }

    /** The words of the tokens as written, with whatever lies between neighbouring tokens kept. */
    static String text(String document, ParsedSentence s, List<Integer> tokens) {
        StringBuilder text = new StringBuilder();
        int previous = -2;
        for (int i : tokens) {
            Token token = s.tokens().get(i);
            if (previous >= 0 && i == previous + 1) {
                text.append(document, s.tokens().get(previous).span().end(), token.span().start());
            } else if (previous >= 0) {
                text.append(' ');
            }
            text.append(token.span().of(document));
            previous = i;
        }
        return tidy(text.toString());
    }

    private static String tidy(String clause) {
        String tidy = clause.strip();
        int quoteEnd = tidy.indexOf(",”");
        if (quoteEnd > 0) {
            tidy = tidy.substring(0, quoteEnd);
        }
        String before;
        do {
            before = tidy;
            tidy = tidy.replaceAll("^[“\"'‘,;\\s]+", "")
                    .replaceAll("^(?:to|that|and|or|but)\\s+", "")
                    .replaceAll("[\\s,;.”\"’'“]+$", "")
                    .replaceAll("\\s+(?:and|but|or)$", "")
                    .strip();
            tidy = AS_THEY_MET.matcher(REPORTED_BY.matcher(TOLD_WHEN.matcher(tidy).replaceFirst("")).replaceFirst(""))
                    .replaceFirst("").strip();
        } while (!tidy.equals(before));
        return tidy;
    }
}
