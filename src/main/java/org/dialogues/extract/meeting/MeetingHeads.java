package org.dialogues.extract.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The nouns a meeting is read from: dialogue, summit, forum, talks, meeting, session, phone call, 2+2, "the previous round", "a round of negotiations". */
final class MeetingHeads {

    private static final Pattern HEAD = Pattern.compile(
            "\\b(?:dialogues?|summits?|symposiums?|symposia|forums?|consultations?|talks|meetings?|conferences?"
            + "|sessions?|(?<=\\b(?:phone|telephone|video) )(?:calls?|conversations?))\\b"
            + "(?!\\s+(?:Group|Committee|Council|Commission|Mechanism|Secretariat|Body)\\b)|2\\+2"
            + "|(?<=\\b(?:previous|last|next|prior|earlier) )round\\b(?!\\s+of\\b)"
            // "since its 11th round in Tokyo": a numbered round of the channel just named (an exercise's
            // "whose second round" is not one)
            + "|(?<=\\b(?:its|their) (?:\\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|eleventh|twelfth) )round\\b(?!\\s+of\\b)"
            // "the first round of negotiations": negotiations counted in rounds are sittings, not a process
            + "|(?<=\\brounds? of )negotiations\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the X Dialogue, the annual security forum": an appositive names the meeting just named. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?:[Dd]ialogues?|[Ss]ummits?|[Ff]orums?|[Cc]onferences?|[Mm]eetings?|[Tt]alks|[Ss]ymposium)\\s*(?:\\([^)]{1,12}\\))?\\s*,\\s*(?:the|an?)\\s+$");

    private static final Pattern BODY = Pattern.compile(
            "Group|Committee|Council|Commission|Mechanism|Body|Board|Panel|Secretariat");

    private MeetingHeads() {
    }

    /** The meeting nouns in text[from, to). */
    static Matcher find(String text, int from, int to) {
        return HEAD.matcher(text).region(from, to);
    }

    /** "the 2+2 meeting", "the NCG meeting": the next word is a meeting noun. */
    static boolean followedByHead(String text, int from, int to) {
        Matcher next = Pattern.compile("^\\s+(\\S+)").matcher(text.substring(from, to));
        return next.find() && HEAD.matcher(next.group(1)).lookingAt();
    }

    /** "Group", "Committee": a word naming a standing body whose meetings are numbered. */
    static boolean namesBody(String word) {
        return BODY.matcher(word).matches();
    }

    /** "the X Dialogue, the ...": the words before end in a meeting noun, a comma and an article. */
    static boolean appositive(String before) {
        return APPOSITIVE.matcher(before).find();
    }
}
