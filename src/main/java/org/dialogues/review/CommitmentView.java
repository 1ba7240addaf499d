package org.dialogues.review;

import java.util.List;

/** A commitment, with the fields an archivist may correct; {@code meetingId} is null when it hangs on no meeting. */
public record CommitmentView(long id, Long meetingId, String meetingName, String kind, String text, List<String> parties,
                      String status, String origin, String reviewState, int version) {

    public String partyList() {
        return String.join(", ", parties);
    }
}
