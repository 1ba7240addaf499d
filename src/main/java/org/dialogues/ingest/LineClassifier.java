package org.dialogues.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges one line of a saved page by its shape, the way readability scores paragraphs: length,
 * sentence punctuation, the share of function words, and the phrases page furniture is made of.
 * General patterns only; nothing here knows any particular site.
 */
final class LineClassifier {

    /** Lines longer than this are prose even if they mention "share" or "comment". */
    private static final int FURNITURE_MAX_WORDS = 30;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "not", "no", "their", "they", "them", "he", "she", "his", "her", "we",
            "our", "said", "says", "also", "than", "into", "over", "after", "before", "during", "while",
            "about", "between", "both", "all", "more", "such", "there", "if", "so", "up", "out", "other");

    /** Menus and breadcrumbs: items between two or more separators ("World | Business | Opinion", "Home > Diplomacy"). */
    private static final Pattern MENU_SEPARATORS = Pattern.compile("(\\s[|•·>»]\\s.*){2,}|^\\S+(\\s\\S+)?\\s>\\s");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026。][\"'\u201D\u2019)\\]]*$");
    /**
     * "[KIM JONG-HO]", "[Yonhap]", "(Photo by ...)" closing a caption. An agency in round brackets
     * ("(Yonhap)", "(AP)") is not one: stories sign off with it too.
     */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\s*(?:\\[[^\\[\\]]{2,40}\\]|\\((?i:photo|courtesy|captured|screenshot|image)[^()]{0,40}\\))$");
    /** A sentence followed by the agency's sign-off: "... officials said. (Yonhap)". */
    private static final Pattern SIGN_OFF = Pattern.compile("[.!?][\"'\u201D\u2019]?\\s*\\([^()]{1,30}\\)$");
    /**
     * An address starts only where a word starts (the look-behind), and its parts are taken
     * possessively: otherwise every letter of a 100,000-letter word starts a scan to its end, and
     * the search is quadratic.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+|\\[email\\W*protected\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_ONLY = Pattern.compile("^(?:[A-Za-z ]{0,20}:\\s*)?https?://\\S+$");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[\u2022\u00B7\u25AA\u25B6\u25B2\u25BA\u2023\u2043*+>-]|\\d{1,2}[.)]?)(?:\\s|$)");

    private static final Pattern CLOSING_MARKS = Pattern.compile("[\"'\u201D\u2019)\\]]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}']");

    /** A phrase page furniture is made of, and the longest line in which it still means furniture. */
    private record Furniture(Pattern pattern, int maxWords) {
        static Furniture of(String regex, int maxWords) {
            return new Furniture(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxWords);
        }

        boolean matches(String line, int words) {
            return words <= maxWords && pattern.matcher(line).find();
        }
    }

    private static final List<Furniture> FURNITURE = List.of(
            // copyright and legal notices
            Furniture.of("^(?:\u00A9|\u24D2|\u24B8|\\(c\\)|copyright\\b)|all rights reserved|unauthori[sz]ed (?:reproduction|redistribution)"
                    + "|(?:reproduction|redistribution) (?:is )?(?:strictly )?prohibited", 30),
            Furniture.of("\\bcookies?\\b|privacy (?:policy|statement|settings)|terms of (?:use|service)|\\baccept all\\b", 30),
            // skip links, breadcrumbs and navigation
            Furniture.of("\\b(?:skip|jump|go|quick access|direct access) to (?:the )?(?:main|content|navigation|top)", 30),
            Furniture.of("^(?:home|main)\\s*[>\u00BB/|]|\\s[>\u00BB]\\s", 12),
            Furniture.of("^(?:back to top|top of page|previous article|next article|go to top|menu|search|close|open|more|reply|report)$", 3),
            // sharing, printing, reading tools
            Furniture.of("^(?:share|tweet|print|e-?mail|facebook|twitter|kakao(?:talk|story)?|linkedin|whatsapp|telegram"
                    + "|copy (?:url|link)|font size|text size|listen|bookmark|scrap|save|like|dictionary)\\b", 6),
            Furniture.of("\\bshare (?:this|it|on|via)\\b|\\bfollow us\\b|\\bdownload (?:the|our) app\\b", 12),
            // comments and accounts
            Furniture.of("\\b(?:log|sign) ?in to\\b|\\bto (?:write|post|leave) (?:a )?comments?\\b|\\bleave a (?:comment|reply)\\b", 30),
            Furniture.of("^comments?\\b|\\bsocial comment\\b|\\bcomments? policy\\b|\\d+\\s*/\\s*\\d+\\s*(?:characters|\\S*\uC790)", 12),
            Furniture.of("\\bsubscribe\\b|\\bnewsletter\\b|\\bsign up\\b|\\bregister now\\b", 12),
            Furniture.of("^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad)$", 2),
            // bylines and credits
            Furniture.of("^(?:reporter|correspondent|staff (?:reporter|writer)|written by|edited by|editor)\\b"
                    + "|\\b(?:reporter|correspondent|staff writer)$", 12),
            Furniture.of("^(?:photo|image|graphic|video)s?\\s*(?::|by\\b|credit|courtesy)", 20),
            Furniture.of("^(?:tags?|keywords?|topics?)\\s*:", 20));

    /** Headings of lists of other stories. */
    private static final List<Furniture> SECTION_BREAKS = List.of(
            Furniture.of("^(?:\\[[^\\]]{1,20}\\]\\s*)?(?:related(?: articles?| stories| news| links)?|latest(?: news| stories| articles)?"
                    + "|most (?:read|viewed|popular|shared|commented)|popular(?: now| news| stories)?|trending(?: now)?"
                    + "|recommended(?: for you| stories)?|you may (?:also )?like|must[- ]reads?|more (?:from|stories|news)\\b.*"
                    + "|read more|see also|also read|top stories|(?:daily|weekly|monthly) best(?: articles)?|editor'?s picks?"
                    + "|what to read next|more on this|in other news|today'?s (?:pick|headlines)|hot issues?|photo news|video news)$", 8));

    private static final Furniture COMMENTS_HEADING = Furniture.of(
            "^(?:comments?|\\d+\\s+comments?|comments?\\s*\\(?\\d+\\)?|reader comments|join the conversation"
            + "|(?:leave|write|post) a comment|what do you think\\??)$", 4);

    /** "By Kim Min-ji", "BY SEO JI-EUN [email]", "By Jane Doe, Staff Writer": not "By Friday, the sides agreed." */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4}"
            + "(?:\\s*[,|/]\\s*[\\p{L} ]{0,30}|\\s*[(\\[].{0,60}[)\\]])?$");

    LineKind classify(String line) {
        if (line.isEmpty()) {
            return LineKind.BLANK;
        }
        List<String> words = words(line);
        if (COMMENTS_HEADING.matches(line, words.size())) {
            return LineKind.COMMENTS;
        }
        if (SECTION_BREAKS.stream().anyMatch(heading -> heading.matches(line, words.size()))) {
            return LineKind.SECTION_BREAK;
        }
        if (words.size() <= FURNITURE_MAX_WORDS && isFurniture(line, words)) {
            return LineKind.BOILERPLATE;
        }
        String withoutCredit = CAPTION_CREDIT.matcher(line).replaceFirst("");
        boolean credited = withoutCredit.length() < line.length();
        if (isProse(withoutCredit, words(withoutCredit))) {
            return credited ? LineKind.CAPTION : LineKind.PROSE;
        }
        return isPhrase(line, words) ? LineKind.PHRASE : LineKind.HEADING;
    }

    /** How much a line adds to (or takes from) the evidence that this stretch of the page is the story. */
    static int weight(LineKind kind, int words) {
        return switch (kind) {
            case BLANK, CAPTION -> 0;
            case PROSE -> Math.min(words, 80);
            case PHRASE -> -1;
            case HEADING -> -(2 + Math.min(words, 12) / 3);
            case BOILERPLATE -> -8;
            // outweighs a teaser or two below it, not a long second half of a story
            case SECTION_BREAK -> -40;
            // readers' comments are cut off before weighing (PlainTextCleaner); this keeps any stretch from crossing one
            case COMMENTS -> -1_000_000;
        };
    }

    /** A line that could be a headline: a few words, no sentence punctuation, not page furniture. */
    boolean isHeadline(String line) {
        List<String> words = words(line);
        LineKind kind = classify(line);
        return (kind == LineKind.HEADING || kind == LineKind.PHRASE)
                && words.size() >= 4 && words.size() <= 30
                && !URL_ONLY.matcher(line).matches()
                && !EMAIL.matcher(line).find()
                && !LIST_MARK.matcher(line).find()
                && !MENU_SEPARATORS.matcher(line).find()
                && letterShare(line) > 0.6;
    }

    static List<String> words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? List.of() : List.of(SPACES.split(trimmed));
    }

    private static boolean isFurniture(String line, List<String> words) {
        if (URL_ONLY.matcher(line).matches() || (words.size() <= 10 && EMAIL.matcher(line).find())) {
            return true;
        }
        if (words.size() <= 10 && BYLINE.matcher(line).matches() && !SENTENCE_END.matcher(line).find()) {
            return true;
        }
        return FURNITURE.stream().anyMatch(furniture -> furniture.matches(line, words.size()));
    }

    private static boolean isProse(String line, List<String> words) {
        if (words.size() < 6 && !isShortSentence(line, words) || LIST_MARK.matcher(line).find() && words.size() < 12) {
            return false;
        }
        boolean latin = isMostlyLatin(line);
        double function = functionWordShare(words);
        boolean closed = SENTENCE_END.matcher(line).find() || SIGN_OFF.matcher(line).find();
        // a full stop is what headlines lack; a sentence full of names and titles is still a sentence
        boolean closedByStop = closed && CLOSING_MARKS.matcher(line).replaceAll("").endsWith(".");
        if (latin && (function < 0.08 || (!closedByStop && isTitleCase(words)))) {
            return false;
        }
        return closed || (words.size() >= 25 && (!latin || function >= 0.2));
    }

    /** "Cho declined to comment." A capital, a full stop, and at least one small word of a sentence. */
    private static boolean isShortSentence(String line, List<String> words) {
        return words.size() >= 3 && Character.isUpperCase(line.codePointAt(0))
                && line.endsWith(".") && functionWordShare(words) > 0;
    }

    private static boolean isPhrase(String line, List<String> words) {
        return words.size() >= 5 && !isTitleCase(words)
                && (!isMostlyLatin(line) || functionWordShare(words) >= 0.15);
    }

    /** Headlines capitalize nearly every content word; sentences do not. */
    private static boolean isTitleCase(List<String> words) {
        long content = 0;
        long capitalized = 0;
        for (String word : words) {
            String bare = lettersWithin(word);
            if (bare.length() < 4 || FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(bare.charAt(0))) {
                capitalized++;
            }
        }
        return content >= 3 && capitalized >= 0.8 * content;
    }

    /** The word without what is not a letter at either end, by index: a regex anchored at the end is quadratic on long runs. */
    private static String lettersWithin(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetter(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    private static double functionWordShare(List<String> words) {
        long function = words.stream()
                .map(w -> NOT_LETTER.matcher(w).replaceAll("").toLowerCase(Locale.ROOT))
                .filter(FUNCTION_WORDS::contains)
                .count();
        return (double) function / words.size();
    }

    private static boolean isMostlyLatin(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long latin = line.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return letters == 0 || latin * 2 >= letters;
    }

    private static double letterShare(String line) {
        long visible = line.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long letters = line.codePoints().filter(Character::isLetter).count();
        return visible == 0 ? 0 : (double) letters / visible;
    }
}
