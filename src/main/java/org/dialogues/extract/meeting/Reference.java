package org.dialogues.extract.meeting;

import java.util.List;
import org.dialogues.extract.time.DateMention;

/** A place in a sentence where a meeting is referred to; dates and venues attach to the nearest. */
record Reference(Draft draft, int anchor, DateMention ownDate) {

    /** The reference nearest to [start, end), ties going to the one before it. */
    static Reference closest(List<Reference> references, int start, int end) {
        Reference best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Reference reference : references) {
            int distance = reference.anchor() <= start ? start - reference.anchor() : reference.anchor() - end + 1;
            if (distance < bestDistance) {
                best = reference;
                bestDistance = distance;
            }
        }
        return best;
    }
}
