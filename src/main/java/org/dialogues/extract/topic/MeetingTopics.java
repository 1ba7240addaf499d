package org.dialogues.extract.topic;

import java.util.Map;
import java.util.Set;

/** Topic codes per meeting key. */
public record MeetingTopics(Map<String, Set<String>> byMeeting) {

    public MeetingTopics {
        byMeeting = Map.copyOf(byMeeting);
    }

    public Set<String> of(String meetingKey) {
        return byMeeting.getOrDefault(meetingKey, Set.of());
    }
}
