package org.dialogues.review;

import java.time.LocalDate;
import java.util.List;

/** A meeting with the fields an archivist may correct, and the version its forms send back. */
public record MeetingView(long id, String name, LocalDate startDate, LocalDate endDate, String precision, String city,
                   String countryCode, String status, String levelCode, List<String> parties, String origin,
                   String reviewState, int version) {

    public String partyList() {
        return String.join(", ", parties);
    }

    public String dates() {
        if (startDate == null) {
            return "undated";
        }
        return endDate == null || endDate.equals(startDate) ? startDate.toString() : startDate + " to " + endDate;
    }
}
