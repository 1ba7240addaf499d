package org.dialogues.extract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dialogues.extract.linguistic.StoredAnnotation;

/**
 * Everything extracted from one article; every span points into {@link #text()}, the cleaned text.
 * {@code annotation} is the linguistic layer the facts were read from, to be stored with the
 * article (null only for extractions built by hand, e.g. in tests).
 */
public record Extraction(String text, List<MeetingFact> meetings, List<ParticipantFact> participants,
        List<CommitmentFact> commitments, Map<String, Duration> stageTimes, StoredAnnotation annotation) {

    public Extraction {
        meetings = List.copyOf(meetings);
        participants = List.copyOf(participants);
        commitments = List.copyOf(commitments);
        stageTimes = Map.copyOf(stageTimes);
    }

    /** The same facts without the annotation, for a store that already holds it. */
    public Extraction withoutAnnotation() {
        return new Extraction(text, meetings, participants, commitments, stageTimes, null);
    }

    public Extraction(String text, List<MeetingFact> meetings, List<ParticipantFact> participants,
            List<CommitmentFact> commitments, Map<String, Duration> stageTimes) {
        this(text, meetings, participants, commitments, stageTimes, null);
    }
}
