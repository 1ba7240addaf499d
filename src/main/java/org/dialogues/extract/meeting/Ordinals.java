package org.dialogues.extract.meeting;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editions written as ordinals: "25th", "3rd", "first", "twenty-first", "inaugural", "first-ever". */
final class Ordinals {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("inaugural", 1), Map.entry("first-ever", 1));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50);

    private Ordinals() {
    }

    static Optional<Integer> parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Matcher numeric = NUMERIC.matcher(lower);
        if (numeric.matches()) {
            return Optional.of(Integer.parseInt(numeric.group(1))).filter(n -> n > 0);
        }
        if (WORDS.containsKey(lower)) {
            return Optional.of(WORDS.get(lower));
        }
        int dash = lower.indexOf('-');
        if (dash > 0 && TENS.containsKey(lower.substring(0, dash)) && WORDS.containsKey(lower.substring(dash + 1))) {
            return Optional.of(TENS.get(lower.substring(0, dash)) + WORDS.get(lower.substring(dash + 1)));
        }
        return Optional.empty();
    }
}
