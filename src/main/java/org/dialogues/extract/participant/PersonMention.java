package org.dialogues.extract.participant;

import org.dialogues.extract.Span;

/**
 * A person named in a sentence. {@code name} is the full name (a later "Cho" resolves to the
 * "Cho Tae-yul" named earlier); title, organization, country and level are as reported around the
 * name, or null. {@code former} marks "former President X", who speaks for no one now.
 */
public record PersonMention(int sentence, Span span, String name, String title, String organization,
        String countryCode, String levelCode, boolean former) {

    /** Normalized name: lower case, without hyphens, spaces, periods or accents. */
    public String key() {
        return nameKey(name);
    }

    /** Whether the name is followed by 's in text ("after X's resignation"): X is not an actor there. */
    public boolean possessiveIn(String text) {
        int end = span.end();
        return end + 2 <= text.length() && text.substring(end, end + 2).matches("['\u2019]s");
    }

    public static String nameKey(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
