package org.dialogues.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Normalized keys that make different spellings of one name meet: case, accents, hyphens and
 * word order do not count, so "Cho Tae-yul", "Cho Tae Yul" and "Tae-yul Cho" share a key.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String person(String name) {
        return Arrays.stream(fold(name).split("[\\s\\-.'’]+"))
                .filter(token -> !token.isEmpty())
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** A key for free text (commitment clauses, meeting names): folded, punctuation-free, single-spaced. */
    public static String text(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String fold(String value) {
        String decomposed = Normalizer.normalize(value.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
