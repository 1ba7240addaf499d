package org.dialogues.extract.meeting;

import java.util.regex.Pattern;
import org.dialogues.extract.text.ClauseText;

/**
 * "The first talks since 2018", "the first such dialogue in six years": "first" counts occasions
 * after a gap, not editions of a series. Only an ordinal with no gap after it ("the first Korea-EU
 * Strategic Dialogue", "the first-ever", "inaugural") is the meeting's own edition.
 */
final class FirstOccasion {

    private static final Pattern AFTER_A_GAP = Pattern.compile(
            "^\\s*(?:\\([^)]{1,12}\\))?" + ClauseText.IN_SENTENCE + "{0,60}?\\b(?:since\\b|in\\s+(?:(?:more\\s+than|over|nearly|almost|about"
            + "|roughly|some)\\s+)?(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
            + "|many|a\\s+few|a\\s+couple\\s+of)?\\s*(?:years?|months?|decades?)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVER = Pattern.compile("\\bfirst-ever\\b|\\binaugural\\b", Pattern.CASE_INSENSITIVE);

    private FirstOccasion() {
    }

    /** Whether a phrase read as a first edition is a first-after-a-gap, judged by the words after its head. */
    static boolean afterAGap(NounPhrase phrase, String document, String after) {
        return Integer.valueOf(1).equals(phrase.edition()) && !EVER.matcher(phrase.text(document)).find()
                && AFTER_A_GAP.matcher(after).find();
    }
}
