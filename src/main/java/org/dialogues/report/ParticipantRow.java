package org.dialogues.report;

/** One person's part in one meeting, as the data sheets list it. */
record ParticipantRow(long meetingId, String meeting, long personId, String person, String title, String organization,
                      String countryCode, String level) {
}
