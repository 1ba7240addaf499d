package org.dialogues.review;

/** A person's part in a meeting, with the fields an archivist may correct, and the person's own (name, country). */
public record ParticipationView(long id, long meetingId, String meetingName, long personId, String personName, String title,
                         String organization, String countryCode, String levelCode, String origin, String reviewState,
                         int version, String personCountryCode, int personVersion) {
}
