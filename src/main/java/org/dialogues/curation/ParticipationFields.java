package org.dialogues.curation;

/** What an archivist says about a person's part in a meeting: title, organization, country and level as then. */
public record ParticipationFields(String title, String organization, String countryCode, String levelCode) {
}
