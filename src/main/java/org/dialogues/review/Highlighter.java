package org.dialogues.review;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Cuts an article's text into sentences, and each sentence into segments at every evidence
 * boundary, so that overlapping evidence (a meeting and a commitment in one sentence, a participant
 * inside a meeting's span) becomes plain runs of text each marked with every fact covering it. The
 * template escapes each run; no HTML is built here.
 */
final class Highlighter {

    /** A run of text and the facts whose evidence covers it (empty: plain text). */
    public record Segment(String text, List<String> facts) {

        public String classes() {
            if (facts.isEmpty()) {
                return "";
            }
            TreeSet<String> kinds = new TreeSet<>();
            facts.forEach(fact -> kinds.add("hl-" + fact.substring(0, fact.indexOf('-'))));
            return "hl " + String.join(" ", kinds);
        }

        public String factList() {
            return String.join(" ", facts);
        }
    }

    /** A sentence of the text, as offsets and segments; {@code selected} when the archivist picked it. */
    public record Sentence(int start, int end, List<Segment> segments, boolean selected) {

        public String span() {
            return start + "-" + end;
        }
    }

    /** A picked sentence, checked to lie within the text. */
    record Span(int start, int end) {
    }

    private Highlighter() {
    }

    static List<Sentence> sentences(String text, List<Evidence> evidence, Optional<Span> selected) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            boolean picked = selected.isPresent() && selected.get().start() == start && selected.get().end() == end;
            sentences.add(new Sentence(start, end, segments(text, start, end, evidence), picked));
        }
        return sentences;
    }

    /** The sentence boundaries of the text that a picked span must match. */
    static boolean isSentence(String text, Span span) {
        return sentences(text, List.of(), Optional.empty()).stream()
                .anyMatch(sentence -> sentence.start() == span.start() && sentence.end() == span.end());
    }

    /** The text of a span, clamped to the text (stored offsets of an older text must not break a page). */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        return text.substring(from, to).strip();
    }

    private static List<Segment> segments(String text, int start, int end, List<Evidence> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (Evidence e : evidence) {
            if (e.start() > start && e.start() < end) {
                cuts.add(e.start());
            }
            if (e.end() > start && e.end() < end) {
                cuts.add(e.end());
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segments.add(new Segment(text.substring(from, to), covering(evidence, from, to)));
        }
        return segments;
    }

    private static List<String> covering(List<Evidence> evidence, int from, int to) {
        return evidence.stream()
                .filter(e -> e.start() <= from && e.end() >= to)
                .map(Evidence::anchor)
                .distinct()
                .toList();
    }
}
