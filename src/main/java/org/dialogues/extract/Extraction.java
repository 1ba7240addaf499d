package org.dialogues.extract;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything extracted from one article; every span points into {@link #text()}, the cleaned text. */
public record Extraction(String text, List<MeetingFact> meetings, List<ParticipantFact> participants,
        List<CommitmentFact> commitments, Map<String, Duration> stageTimes) {

    public Extraction {
        meetings = List.copyOf(meetings);
        participants = List.copyOf(participants);
        commitments = List.copyOf(commitments);
        stageTimes = Map.copyOf(stageTimes);
    }
}
