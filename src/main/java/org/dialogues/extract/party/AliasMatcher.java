package org.dialogues.extract.party;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;

/**
 * Finds party name forms: longest match first, whole words only. Case-sensitive aliases (US, ROK)
 * must match exactly; the others match in any case but must start with a capital letter, because
 * English capitalizes names ("Chad" the country, not "chad").
 *
 * <p>One pass over the text: at each word start, the aliases are followed character by character
 * in a trie (one for exact aliases, one for case-folded ones), so the cost grows with the text,
 * not with the number of aliases. Each trie scans like a regular expression would: a match found
 * resumes the scan after its end, even a lower-case match that is then discarded.
 */
public final class AliasMatcher {

    private record Entry(String code, String kind) {}

    private final Map<String, Entry> exact = new LinkedHashMap<>();
    private final Map<String, Entry> folded = new LinkedHashMap<>();
    private final Trie exactTrie;
    private final Trie foldedTrie;

    public AliasMatcher(ReferenceData reference) {
        for (ReferenceData.Party party : reference.parties()) {
            folded.putIfAbsent(party.name().toLowerCase(Locale.ROOT), new Entry(party.code(), "name"));
        }
        for (ReferenceData.PartyAlias alias : reference.partyAliases()) {
            Entry entry = new Entry(alias.partyCode(), alias.kind());
            if (alias.caseSensitive()) {
                exact.putIfAbsent(alias.alias(), entry);
            } else {
                folded.putIfAbsent(alias.alias().toLowerCase(Locale.ROOT), entry);
            }
        }
        exactTrie = Trie.of(exact.keySet(), false);
        foldedTrie = Trie.of(folded.keySet(), true);
    }

    /** All party mentions in text[from, to), non-overlapping, longest first. */
    public List<PartyMention> find(String text, int from, int to) {
        List<PartyMention> candidates = new ArrayList<>();
        int exactResume = from;
        int foldedResume = from;
        for (int start = from; start < to; start++) {
            if (start > 0 && isWordChar(Character.codePointBefore(text, start))) {
                continue;
            }
            if (start >= exactResume) {
                int end = exactTrie.longestWordAt(text, start, to);
                if (end > 0) {
                    exactResume = end;
                    add(candidates, start, end, exact.get(text.substring(start, end)));
                }
            }
            if (start >= foldedResume) {
                int end = foldedTrie.longestWordAt(text, start, to);
                if (end > 0) {
                    foldedResume = end;
                    if (Character.isUpperCase(text.charAt(start))) {
                        add(candidates, start, end, folded.get(text.substring(start, end).toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return longestFirst(candidates);
    }

    private static void add(List<PartyMention> candidates, int start, int end, Entry entry) {
        if (entry != null) {
            candidates.add(new PartyMention(new Span(start, end), entry.code(), entry.kind()));
        }
    }

    /** Non-overlapping mentions, earliest first and, where two start together, the longest. */
    static List<PartyMention> longestFirst(List<PartyMention> candidates) {
        candidates.sort(Comparator.comparingInt((PartyMention m) -> m.span().start())
                .thenComparing(m -> -m.span().length()));
        List<PartyMention> chosen = new ArrayList<>();
        int end = -1;
        for (PartyMention mention : candidates) {
            if (mention.span().start() >= end) {
                chosen.add(mention);
                end = mention.span().end();
            }
        }
        return chosen;
    }

    /** Letters and digits join words; an apostrophe ("Korea's") or a hyphen ends one. */
    static boolean isWordChar(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Aliases as a character trie, frozen into sorted arrays once built. */
    private static final class Trie {

        private final char[] keys;
        private final Trie[] children;
        private final boolean terminal;
        private final boolean caseFolded;

        private Trie(Builder builder, boolean caseFolded) {
            this.keys = new char[builder.children.size()];
            this.children = new Trie[keys.length];
            int i = 0;
            for (Map.Entry<Character, Builder> child : builder.children.entrySet()) {
                keys[i] = child.getKey();
                children[i++] = new Trie(child.getValue(), caseFolded);
            }
            this.terminal = builder.terminal;
            this.caseFolded = caseFolded;
        }

        static Trie of(Iterable<String> aliases, boolean caseFolded) {
            Builder root = new Builder();
            for (String alias : aliases) {
                Builder node = root;
                for (int i = 0; i < alias.length(); i++) {
                    char c = caseFolded ? fold(alias.charAt(i)) : alias.charAt(i);
                    node = node.children.computeIfAbsent(c, key -> new Builder());
                }
                node.terminal = !alias.isEmpty();
            }
            return new Trie(root, caseFolded);
        }

        /** The end of the longest alias starting at start that ends a word, or -1. */
        int longestWordAt(String text, int start, int to) {
            int longest = -1;
            Trie node = this;
            for (int i = start; i < to && node != null; i++) {
                node = node.child(caseFolded ? fold(text.charAt(i)) : text.charAt(i));
                if (node != null && node.terminal && (i + 1 == text.length() || !isWordChar(text.codePointAt(i + 1)))) {
                    longest = i + 1;
                }
            }
            return longest;
        }

        private Trie child(char c) {
            int index = Arrays.binarySearch(keys, c);
            return index >= 0 ? children[index] : null;
        }

        /** The case folding regular expressions use for CASE_INSENSITIVE | UNICODE_CASE. */
        private static char fold(char c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private static final class Builder {
            private final Map<Character, Builder> children = new TreeMap<>();
            private boolean terminal;
        }
    }
}
