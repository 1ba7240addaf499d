package org.dialogues.extract.participant;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the form of a romanized South Korean name: a Korean surname followed by a given name
 * of two syllables, hyphenated as South Korean usage writes it ("Cho Tae-yul") or, for names whose
 * holders spell them so, as two words ("Yoon Suk Yeol"). Articles about Seoul's dialogues give a
 * South Korean official's title bare ("Defense Minister Shin Won-sik"), so the name form is the
 * best remaining cue to the country. Chinese two-word names ("Wang Yi", "Li Qiang") do not fit.
 */
final class KoreanNames {

    /** Common Korean surnames in their usual romanizations (covering most of the population). */
    private static final Set<String> SURNAMES = Set.of(
            "kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung",
            "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "rim", "han", "oh",
            "seo", "suh", "shin", "sin", "kwon", "gwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu",
            "hong", "jeon", "chun", "jun", "ko", "go", "koh", "moon", "mun", "yang", "son", "sohn", "bae",
            "baek", "paik", "heo", "huh", "hur", "nam", "noh", "roh", "rho", "ha", "kwak", "sung", "seong",
            "cha", "joo", "ju", "woo", "min", "na", "jin", "ji", "chae", "won", "bang", "kong", "hyun",
            "ham", "byun", "byeon", "yeom", "yeo", "chu", "do", "seok", "sun", "seol", "gil", "yeon", "wi",
            "pyo", "myung", "ki", "ban", "ra", "maeng", "tak", "eun", "um", "eom", "shim", "sim", "koo",
            "ku", "gu", "kook", "ok", "yook", "yuk", "hahn", "pyun", "kye", "nah", "kyung", "bong", "cheon");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,5}-\\p{Ll}{1,6}");
    private static final Pattern SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{0,5}");

    private KoreanNames() {
    }

    /** True for a common Korean surname ("Suh", "Park"). */
    static boolean isSurname(String word) {
        return SURNAMES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when the full name has the form of a romanized Korean name. */
    static boolean hasKoreanForm(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !SURNAMES.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (words.length == 2) {
            return HYPHENATED_GIVEN_NAME.matcher(words[1]).matches();
        }
        // two-letter surnames also begin Vietnamese three-word names (Do, Ha): only hyphenated forms count
        return words[0].length() > 2 && SYLLABLE.matcher(words[1]).matches() && SYLLABLE.matcher(words[2]).matches();
    }
}
