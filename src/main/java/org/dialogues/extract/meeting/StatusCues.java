package org.dialogues.extract.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.Tense;

/** Words that tell whether a sentence reports, announces or calls off a meeting. */
final class StatusCues {

    private static final Pattern CANCELLED = Pattern.compile(
            "\\b(?:cancel(?:l?ed|s)?|called off|scrapped|postponed indefinitely)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|to be held|to hold|plans? to|planned|planning to|scheduled|upcoming|expected to|"
            + "is set to|are set to|next (?:week|month|year)|later this (?:week|month|year)|starting next|"
            + "slated|forthcoming|would hold"
            // "is due to host", not "due to the pandemic"; "where he could meet X"
            + "|(?:is|are|was|were)\\s+due\\s+to\\s+(?!the\\b|an?\\b|its\\b|their\\b|his\\b|her\\b|this\\b)\\p{L}+"
            + "|(?:could|may|might)\\s+(?:\\w+\\s+)?(?:meet|hold|host|visit|sit))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:held|met|was|were|had|took place|launched|hosted|attended|agreed|said|discussed|reaffirmed|"
            + "signed|visited|concluded|\\w+ed)\\b", Pattern.CASE_INSENSITIVE);

    /** ", at which the US announced plans to ...": what was done at a meeting, not when the meeting is. */
    private static final Pattern RELATIVE_TAIL = Pattern.compile(
            ",\\s*(?:(?:at|in|during)\\s+which|where)\\b[^;]*$", Pattern.CASE_INSENSITIVE);
    /** A relative clause that itself looks ahead ("where they will sign") still tells of a coming meeting. */
    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:will|shall|would|could|may|might|(?:is|are)\\s+(?:set\\s+)?to)\\b", Pattern.CASE_INSENSITIVE);

    /** "an agreement that will allow ...": what a thing will do, not a meeting still to come. */
    private static final Pattern THING_WILL = Pattern.compile(
            "\\b(?:that|which)\\s+will\\s+(?!be\\b|take\\b|open\\b|start\\b|begin\\b|convene\\b|meet\\b|gather\\b)\\p{L}+",
            Pattern.CASE_INSENSITIVE);

    private StatusCues() {
    }

    static MeetingStatus status(String clause) {
        if (CANCELLED.matcher(clause).find()) {
            return MeetingStatus.CANCELLED;
        }
        return FUTURE.matcher(withoutPastRelative(clause)).find() ? MeetingStatus.PLANNED : MeetingStatus.HELD;
    }

    static Tense tense(String sentence) {
        if (FUTURE.matcher(withoutPastRelative(sentence)).find()) {
            return Tense.FUTURE;
        }
        return PAST.matcher(sentence).find() ? Tense.PAST : Tense.PRESENT;
    }

    private static String withoutPastRelative(String clause) {
        String text = THING_WILL.matcher(clause).replaceAll(" ");
        Matcher tail = RELATIVE_TAIL.matcher(text);
        if (tail.find() && !MODAL.matcher(tail.group()).find()) {
            return text.substring(0, tail.start());
        }
        return text;
    }
}
