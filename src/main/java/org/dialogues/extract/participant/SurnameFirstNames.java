package org.dialogues.extract.participant;

import java.util.Locale;
import java.util.Set;

/**
 * Names written surname first, as Korean and Chinese names are in English news ("Suh Wook", "Wang Yi",
 * "Xi Jinping"): the first word, not the last, is what the person is called by alone ("Suh", "Wang",
 * "Xi"). Japanese names are written given name first in English and are not among them.
 */
final class SurnameFirstNames {

    /** Countries whose officials' names English news writes surname first. */
    private static final Set<String> COUNTRIES = Set.of("KR", "KP", "CN", "TW");
    /** The most common Chinese surnames in pinyin (with their usual Wade-Giles or Hong Kong forms where news uses them). */
    private static final Set<String> CHINESE_SURNAMES = Set.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
            "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu",
            "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang",
            "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren",
            "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui", "kang",
            "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "wan", "duan", "qian", "yin", "xi", "wen", "chiang",
            "tsai", "lai", "hsiao", "koo", "ko");

    private SurnameFirstNames() {
    }

    /**
     * Whether a two-word name is written surname first: its holder's country writes names so, or,
     * with the country unknown, the first word is a Korean or Chinese surname and the second not hyphenated
     * (a hyphenated given name is already read as Korean).
     */
    static boolean surnameFirst(String[] words, String countryCode) {
        if (words.length != 2 || words[1].contains("-")) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean surname = KoreanNames.isSurname(first) || CHINESE_SURNAMES.contains(first);
        return surname && (countryCode == null || COUNTRIES.contains(countryCode));
    }
}
