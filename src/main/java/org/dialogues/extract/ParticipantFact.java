package org.dialogues.extract;

import java.util.List;

/** A person who took part in a meeting, with title, organization and country as reported. */
public record ParticipantFact(String meetingKey, String name, String title, String organization,
        String countryCode, String levelCode, List<Evidence> evidence) {

    public ParticipantFact {
        if (meetingKey == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a participant needs a meeting and a name");
        }
        evidence = List.copyOf(evidence);
    }
}
