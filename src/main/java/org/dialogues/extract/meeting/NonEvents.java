package org.dialogues.extract.meeting;

import java.util.regex.Pattern;

/**
 * Words before a verb of meeting that say the meeting did not happen: "did not hold talks",
 * "declined to meet", "has never met", "would be met with". Such a sentence reports no meeting.
 */
final class NonEvents {

    /** How far before the verb a negation is looked for. */
    static final int REACH = 40;

    private static final Pattern NEGATED = Pattern.compile(
            "(?:\\b(?:not|never|no|n't)|n't|\\b(?:declined|declines|refused|refuses|failed|fails|unable|"
            + "reluctant|unwilling)\\s+to)\\s+(?:(?:formally|yet|even|again|directly|personally)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "would be met with", "is met": a passive, not an encounter. */
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:be|been|being|is|are|was|were)\\s+$", Pattern.CASE_INSENSITIVE);

    private NonEvents() {
    }

    /** True when the text just before a verb of meeting or holding denies it. */
    static boolean negated(String before) {
        return NEGATED.matcher(before).find();
    }

    /** True when the text just before "met" makes it no encounter (negated or passive). */
    static boolean noEncounter(String before) {
        return negated(before) || PASSIVE.matcher(before).find();
    }
}
