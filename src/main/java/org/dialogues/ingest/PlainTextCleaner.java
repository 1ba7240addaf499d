package org.dialogues.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the story inside text saved from a web page. Every line is scored by its shape (prose
 * scores by its length, headings and furniture score below zero); the story is the stretch of the
 * page with the highest total, as in body-text extraction. Inside it, only prose, captions and
 * prose-like list items are kept, each once.
 *
 * <p>The headline is the first headline-shaped line above the story. It becomes the title and is
 * not repeated in the text, so the text starts with the story's first paragraph (with its dateline,
 * e.g. "SEOUL, Sept. 14 (Yonhap) -- ...", which stays: it is part of the first sentence).
 */
final class PlainTextCleaner {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern EDGE_SPACE = Pattern.compile(
            "^[\\s\\u00A0\\u2007\\u202F\\u200B\\u200C\\u200D\\u2060\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\u200B\\u200C\\u200D\\u2060\\uFEFF]+$");
    private static final Pattern INNER_SPACE = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,\u2026。][\"'\u201D\u2019)\\]]*$");

    /**
     * Longest line and longest word a story line may have. No paragraph of news is this long, and
     * beyond them the classifier's patterns stop being cheap; such lines (a pasted blob, a data
     * URL, a run of letters without spaces) are left out as blank ones, so a story around them stays.
     */
    static final int MAX_LINE_LENGTH = 20_000;
    static final int MAX_WORD_LENGTH = 500;

    private static final int HEADLINE_MIN_WORDS = 6;
    private static final int WRAPPED_LINE_MIN_LENGTH = 40;

    private final LineClassifier classifier = new LineClassifier();

    PageLayout clean(String page) {
        List<String> lines = unwrap(trimmed(page));
        List<LineKind> kinds = lines.stream().map(this::classify).toList();
        int[] story = densestStretch(lines, kinds);
        String text = storyText(lines, kinds, story[0], story[1]);
        String title = headline(lines, story[0]);
        return new PageLayout(lines, story[0], story[1], title, text);
    }

    private LineKind classify(String line) {
        Interruptions.check();
        return classifier.classify(line);
    }

    private static List<String> trimmed(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(page, -1)) {
            Interruptions.check();
            lines.add(isOverlong(line) ? "" : INNER_SPACE.matcher(EDGE_SPACE.matcher(line).replaceAll("")).replaceAll(" "));
        }
        return lines;
    }

    static boolean isOverlong(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return true;
        }
        int word = 0;
        for (int i = 0; i < line.length(); i++) {
            word = Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00A0' ? 0 : word + 1;
            if (word > MAX_WORD_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** Text hard-wrapped at a fixed width: a line that stops mid-sentence continues in lower case below. */
    private static List<String> unwrap(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            if (last >= 0 && continues(joined.get(last), line)) {
                joined.set(last, joined.get(last) + " " + line);
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    /** Wrapped prose fills most of a line; a short line above a lower-case one is a label or a name. */
    private static boolean continues(String previous, String line) {
        return previous.length() >= WRAPPED_LINE_MIN_LENGTH && !line.isEmpty()
                && previous.length() + line.length() < MAX_LINE_LENGTH
                && Character.isLowerCase(line.codePointAt(0))
                && !SENTENCE_END.matcher(previous).find();
    }

    /**
     * Maximum-sum stretch of line weights (Kadane), trimmed to start and end on prose. Nothing after
     * a comments heading that follows prose is considered: readers' comments may outweigh a short story.
     */
    private static int[] densestStretch(List<String> lines, List<LineKind> kinds) {
        int bestStart = 0;
        int bestEnd = 0;
        int bestSum = 0;
        int start = 0;
        int sum = 0;
        int end = commentsStart(kinds);
        for (int i = 0; i < end; i++) {
            if (sum <= 0) {
                start = i;
                sum = 0;
            }
            sum += LineClassifier.weight(kinds.get(i), LineClassifier.words(lines.get(i)).size());
            if (sum > bestSum) {
                bestSum = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        while (bestStart < bestEnd && kinds.get(bestStart) != LineKind.PROSE) {
            bestStart++;
        }
        while (bestEnd > bestStart && kinds.get(bestEnd - 1) != LineKind.PROSE) {
            bestEnd--;
        }
        return new int[] {bestStart, bestEnd};
    }

    private static int commentsStart(List<LineKind> kinds) {
        int firstProse = kinds.indexOf(LineKind.PROSE);
        for (int i = Math.max(firstProse, 0); firstProse >= 0 && i < kinds.size(); i++) {
            if (kinds.get(i) == LineKind.COMMENTS) {
                return i;
            }
        }
        return kinds.size();
    }

    private static String storyText(List<String> lines, List<LineKind> kinds, int start, int end) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (int i = start; i < end; i++) {
            LineKind kind = kinds.get(i);
            boolean story = kind == LineKind.PROSE || kind == LineKind.CAPTION || kind == LineKind.PHRASE;
            if (story && seen.add(lines.get(i))) {
                kept.add(lines.get(i));
            }
        }
        return String.join("\n\n", kept);
    }

    /** The first headline-shaped line above the story; short ones (often a site or ministry name) only as a last resort. */
    private String headline(List<String> lines, int storyStart) {
        DateParser dates = new DateParser();
        List<String> candidates = lines.subList(0, storyStart).stream()
                .filter(classifier::isHeadline)
                .filter(line -> dates.find(line).isEmpty())
                .toList();
        return candidates.stream()
                .filter(line -> LineClassifier.words(line).size() >= HEADLINE_MIN_WORDS)
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElse(null);
    }
}
