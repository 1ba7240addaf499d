package org.dialogues.extract.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into words (keeping U.S., Tae-yul, C. whole) and punctuation, with offsets. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?![\\p{L}])");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String word = matcher.group();
            if (word.length() > 1 && word.endsWith(".") && !keepsPeriod(word)) {
                word = word.substring(0, word.length() - 1);
                end--;
            }
            boolean possessive = POSSESSIVE.matcher(text).region(end, Math.min(to, end + 2)).lookingAt();
            if (possessive) {
                tokens.add(new Token(word, start, end, true));
                matcher.region(end + 2, to);
                continue;
            }
            tokens.add(new Token(word, start, end, false));
            if (end != matcher.end()) {
                tokens.add(new Token(".", end, end + 1, false));
            }
        }
        return tokens;
    }

    /** Abbreviations (U.S., D.C.) and initials keep their final period. */
    private static boolean keepsPeriod(String word) {
        String body = word.substring(0, word.length() - 1);
        return body.contains(".") || (body.length() == 1 && Character.isUpperCase(body.charAt(0)));
    }
}
