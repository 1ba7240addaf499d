package org.dialogues.extract.time;

/** Regular-expression pieces shared by the rules; each names its capturing group. */
final class Fragments {

    /** Full month names, then abbreviations, which alone may take a dot ("Sept.", not "March."). */
    private static final String MONTH_NAMES = "(?:(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?)";

    /** Day-month separators of a range: "23-24", "23 to 24", "between 23 and 24". */
    static final String RANGE = "\\s*(?:[-\u2013\u2014]|\\b(?:to|through|thru|until|till|and)\\b)\\s*";

    /** Prepositions after which a bare year is a date ("in 2023", "since 2018", "between 2019 and 2021"). */
    static final String TIME_PREPOSITION = "(?i:in|since|until|till|by|during|throughout|through|before|after"
            + "|between|from|and|of|for)";

    /**
     * Prepositions after which a bare month name is a date ("in March", "scheduled for May"). Not
     * "and" or "of": "Kishida and May", "every March and September" are not dates.
     */
    static final String MONTH_PREPOSITION = "(?i:in|since|until|till|by|during|throughout|through|before|after"
            + "|between|from|for)";

    /** Words that may follow a bare year; any other lower-case word suggests a quantity. */
    static final String AFTER_YEAR = "(?:and|or|to|through|when|as|at|in|on|with|under|amid|after|before|during"
            + "|while|that|the|is|was|were|will|would|has|had|have|but|by|from|of|until|since|so|alone|onwards?"
            + "|ended|began|saw)\\b";

    /** Month modifiers that keep month precision: "early March", "mid-March", "the end of March". */
    static final String MONTH_MODIFIER = "(?i:early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of"
            + "|the\\s+(?:first|second|third|fourth|last)\\s+week\\s+of)";

    private Fragments() {
    }

    /** A month name, capitalised as in running text. */
    static String month(String group) {
        return "(?<" + group + ">" + MONTH_NAMES + ")";
    }

    /** A day of the month, optionally ordinal ("23", "23rd"), that is not a time ("10:05"). */
    static String day(String group) {
        return "(?<" + group + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b(?!:\\d|\\s*(?:%|(?i:percent)))";
    }

    /** A four-digit year from 1800 to 2099. */
    static String year(String group) {
        return "(?<" + group + ">(?:18|19|20)\\d{2})(?!\\d)";
    }

    /** An optional weekday before a date: "Monday, Sept. 23", "Tue. 12 March". */
    static String weekdayPrefix(String group) {
        return "(?:(?<" + group + ">(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)day),?\\s+"
                + "|(?<" + group + "Short>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+)?";
    }
}
