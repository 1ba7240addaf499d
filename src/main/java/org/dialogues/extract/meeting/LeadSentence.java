package org.dialogues.extract.meeting;

import java.util.List;

/**
 * A lead sentence that tells what was agreed ("X and Y agreed on Monday to ...") followed by one that
 * names the meeting where it happened ("The agreement came at the Z meeting"): when the meeting's
 * sentence names no side as its subject, the sides (and date) of the lead are the meeting's.
 */
final class LeadSentence {

    private LeadSentence() {
    }

    /** True when a meeting in this sentence may take its sides from the sentence before. */
    static boolean mayLend(int sentenceIndex, List<Draft> drafts) {
        boolean previousTellsAMeeting = drafts.stream().anyMatch(d -> d.sentences.contains(sentenceIndex - 1));
        return sentenceIndex > 0 && !previousTellsAMeeting;
    }
}
