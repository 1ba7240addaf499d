package org.dialogues.extract;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something parties agreed, reaffirmed, pledged, planned or decided. {@code text} is the
 * commitment clause; the full sentence is the evidence span. {@code meetingKey} may be null.
 */
public record CommitmentFact(String meetingKey, CommitmentKind kind, Set<String> parties,
        String text, List<Evidence> evidence) {

    public CommitmentFact {
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a commitment needs a kind and a text");
        }
        parties = Collections.unmodifiableSortedSet(new TreeSet<>(parties));   // sorted: the same order on every run
        evidence = List.copyOf(evidence);
    }
}
