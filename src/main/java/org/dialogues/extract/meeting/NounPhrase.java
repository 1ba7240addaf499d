package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;

/**
 * The words naming a meeting, read leftwards from its head noun: "the [25th Korea-U.S. Integrated
 * Defense Dialogue]", "their [first space security dialogue]", "a [meeting]". Reading stops at a
 * determiner, preposition or verb-like word; the determiner is kept because "the dialogue" refers
 * back while "a meeting" does not.
 */
record NounPhrase(Span span, String head, String determiner, List<String> words, Integer edition, boolean proper) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+\\-]*");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "their", "its", "his", "her", "our", "another", "next", "last", "upcoming", "latest", "recent");
    private static final Set<String> STOPS = Set.of("of", "at", "in", "on", "to", "for", "with", "by", "during",
            "and", "or", "from", "after", "before", "since", "as", "is", "was", "were", "are", "be", "been", "held",
            "hold", "holds", "holding", "launched", "launch", "attended", "attend", "hosted", "host", "between",
            "into", "about", "via", "said", "says", "while", "when", "that", "which", "who", "led", "will",
            "would", "has", "have", "had", "also", "both", "two", "separate", "reached", "made", "convened",
            "resumed", "regularize", "regularized", "discussed", "hosting", "through", "under", "amid");
    private static final int MAX_WORDS = 9;

    static NounPhrase before(String text, int sentenceStart, int headStart, int headEnd) {
        String head = text.substring(headStart, headEnd);
        List<Matcher> words = wordsBefore(text, sentenceStart, headStart);
        List<String> kept = new ArrayList<>();
        int start = headStart;
        String determiner = null;
        Integer edition = null;
        boolean proper = Character.isUpperCase(head.charAt(0)) && !isSentenceStart(text, sentenceStart, headStart);
        for (int k = words.size() - 1; k >= 0 && kept.size() < MAX_WORDS; k--) {
            Matcher word = words.get(k);
            String value = word.group();
            String lower = value.toLowerCase(Locale.ROOT);
            if (possessive(value)) {
                determiner = "possessive";
                break;
            }
            if (DETERMINERS.contains(lower)) {
                determiner = lower;
                break;
            }
            if (lower.equals("and") && k > 0 && Character.isUpperCase(words.get(k - 1).group().charAt(0))
                    && !kept.isEmpty() && Character.isUpperCase(kept.get(0).charAt(0))) {
                kept.add(0, value);
                start = word.start();
                continue;
            }
            if (joinsKindWords(words, k, kept) || joinsTitleWords(words, k, kept)) {
                kept.add(0, value); // "foreign and defense ministers' meeting", "Group of Seven summit"
                start = word.start();
                continue;
            }
            if (STOPS.contains(lower) || (lower.endsWith("ing") && !lower.endsWith("meeting") && lower.length() > 5)) {
                break;
            }
            if (Ordinals.parse(lower).isPresent()) {
                edition = Ordinals.parse(lower).get();
            } else if (Character.isUpperCase(value.charAt(0)) && !isSentenceStart(text, sentenceStart, word.start())) {
                proper = true;
            }
            kept.add(0, value);
            start = word.start();
        }
        return new NounPhrase(new Span(start, headEnd), head.toLowerCase(Locale.ROOT), determiner, List.copyOf(kept),
                edition, proper);
    }

    /**
     * "foreign and defense ministers' meeting": "and" between two lower-case kind words joins them,
     * when a determiner or ordinal closes the phrase on the left ("their fifth foreign and ...").
     */
    private static boolean joinsKindWords(List<Matcher> words, int k, List<String> kept) {
        if (!words.get(k).group().equalsIgnoreCase("and") || k == 0 || kept.isEmpty()
                || !kindWord(kept.get(0)) || !kindWord(words.get(k - 1).group())) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            String lower = words.get(j).group().toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lower) || Ordinals.parse(lower).isPresent()) {
                return true;
            }
            if (!kindWord(words.get(j).group())) {
                return false;
            }
        }
        return false;
    }

    private static boolean kindWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(word.charAt(0)) && !STOPS.contains(lower) && !DETERMINERS.contains(lower)
                && !lower.endsWith("ed") && !(lower.endsWith("ing") && lower.length() > 5);
    }

    /** "Group of Seven summit": "of" between two capitalized words belongs to the name. */
    private static boolean joinsTitleWords(List<Matcher> words, int k, List<String> kept) {
        return words.get(k).group().equals("of") && k > 0 && !kept.isEmpty()
                && Character.isUpperCase(kept.get(0).charAt(0))
                && Character.isUpperCase(words.get(k - 1).group().charAt(0));
    }

    private static List<Matcher> wordsBefore(String text, int from, int to) {
        List<Matcher> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        int lastEnd = -1;
        while (matcher.find()) {
            if (lastEnd >= 0 && hasBreak(text, lastEnd, matcher.start())) {
                words.clear();
            }
            Matcher copy = WORD.matcher(text).region(matcher.start(), matcher.end());
            copy.lookingAt();
            words.add(copy);
            lastEnd = matcher.end();
        }
        if (lastEnd >= 0 && hasBreak(text, lastEnd, to)) {
            words.clear();
        }
        return words;
    }

    /** Punctuation between two words ends the phrase (commas, quotes, parentheses). */
    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s");
    }

    private static boolean isSentenceStart(String text, int sentenceStart, int at) {
        for (int i = sentenceStart; i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    NounPhrase withProper(boolean value) {
        return new NounPhrase(span, head, determiner, words, edition, value);
    }

    NounPhrase withEdition(Integer value) {
        return new NounPhrase(span, head, determiner, words, value, proper);
    }

    NounPhrase withoutEdition() {
        return new NounPhrase(span, head, determiner, words, null, proper);
    }

    /** The phrase as written, e.g. "25th Korea-U.S. Integrated Defense Dialogue". */
    String text(String document) {
        return span.of(document);
    }

    boolean bare() {
        return words.isEmpty();
    }

    /** Lower-case words without ordinals, for comparing "the space security dialogue" with a name. */
    List<String> contentWords() {
        List<String> content = new ArrayList<>();
        for (String word : words) {
            if (Ordinals.parse(word).isEmpty()) {
                content.add(word.toLowerCase(Locale.ROOT));
            }
        }
        content.add(head);
        return content;
    }
}
