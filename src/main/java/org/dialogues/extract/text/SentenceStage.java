package org.dialogues.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dialogues.extract.Layers;
import org.dialogues.extract.Span;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;

/**
 * Splits the cleaned text into sentences. A line break always ends a sentence (headlines, captions,
 * datelines carry no final period); inside a line a sentence ends at . ! or ? (after any closing
 * quote) when the next word starts a new sentence, unless the period belongs to an abbreviation
 * (U.S., Gen., Sept., Dr., No. 5, a.m.) or an initial (Michael C. Morgan).
 */
public final class SentenceStage implements Stage {

    /** Abbreviations (lower case, without the final period) after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "rep", "sen",
            "gov", "pres", "amb", "sec", "brig", "st", "jr", "sr", "no", "nos", "vol", "art", "fig", "vs", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "inc", "corp", "co", "ltd", "dept", "approx", "est", "min", "max", "e.g", "i.e", "a.m", "p.m",
            "u.s", "u.k", "u.n", "e.u", "d.c", "n.k", "s", "n");

    /** Titles are always followed by a name, never by a new sentence. */
    private static final Set<String> NAME_PREFIXES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "rep", "sen",
            "gov", "amb", "brig", "st");

    /** Words that, capitalized after an abbreviation such as "U.S.", show that a new sentence began. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But",
            "And", "However", "Meanwhile", "According", "During", "After", "Before", "Both", "A", "An", "Its",
            "Their", "His", "Her", "There", "As", "While", "When", "Under");

    private static final String CLOSERS = "\"'”’)]";
    private static final String OPENERS = "\"'“‘([";

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return List.copyOf(sentences);
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < to && text.charAt(next) == ' ') {
                next++;
            }
            if (next == end || next >= to) {
                continue;
            }
            if (startsSentence(text, next, to) && !(c == '.' && continuesAfterPeriod(text, i, next, to))) {
                add(text, start, end, out);
                start = next;
                i = next - 1;
            }
        }
        add(text, start, to, out);
    }

    private static boolean startsSentence(String text, int at, int to) {
        char c = text.charAt(at);
        if (OPENERS.indexOf(c) >= 0) {
            return at + 1 < to && (Character.isUpperCase(text.charAt(at + 1)) || Character.isDigit(text.charAt(at + 1)));
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** True when the period at {@code dot} is part of an abbreviation or initial, not a sentence end. */
    private static boolean continuesAfterPeriod(String text, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: Michael C. Morgan
        }
        if (!ABBREVIATIONS.contains(lower) && !lower.contains(".")) {
            return false;
        }
        if (lower.equals("no") || lower.equals("nos")) {
            return Character.isDigit(text.charAt(next));
        }
        if (NAME_PREFIXES.contains(lower)) {
            return true;
        }
        return !SENTENCE_STARTERS.contains(nextWord(text, next, to));
    }

    private static String nextWord(String text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && hasLetter(text, start, end)) {
            char last = text.charAt(end - 1);
            char beforeLast = end - 2 >= start ? text.charAt(end - 2) : ' ';
            boolean terminated = ".!?".indexOf(last) >= 0
                    || (CLOSERS.indexOf(last) >= 0 && ".!?,".indexOf(beforeLast) >= 0);
            out.add(new Sentence(out.size(), new Span(start, end), terminated));
        }
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        return document.with(Layers.SENTENCES, split(document.get(Layers.TEXT)));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }
}
