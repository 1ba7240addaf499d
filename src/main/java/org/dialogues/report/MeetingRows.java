package org.dialogues.report;

import java.util.Arrays;
import java.util.List;

/** Meetings as CSV rows, the same columns in every report. */
final class MeetingRows {

    static final List<String> HEADER = List.of("section", "meeting_id", "name", "series", "edition", "start_date",
            "dates", "place", "status", "level", "partners", "korean_participants", "partner_participants", "topics", "sources");

    private MeetingRows() {
    }

    static List<Object> row(String section, MeetingLine m) {
        return Arrays.asList(section, m.id(), m.name(), m.series(), m.edition(), m.startDate(), m.when(), m.place(),
                m.status(), m.level(), m.partners(), m.koreanParticipants(), m.partnerParticipants(), m.topics(), m.sources());
    }
}
