package org.dialogues.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sections every report shares, as data sheets: meetings, participants, commitments, sources, partners. */
final class DataSheets {

    static final List<String> MEETING_HEADER = List.of("section", "meeting_id", "name", "series", "edition",
            "start_date", "end_date", "date_precision", "city", "country_code", "place", "status", "level",
            "partner_codes", "partners", "korean_participants", "partner_participants", "topics", "article_ids");

    private DataSheets() {
    }

    /** Meetings of several sections of a report ("held", "not held"...), one row each. */
    static DataSheet meetings(Map<String, List<MeetingLine>> sections) {
        List<List<Object>> rows = new ArrayList<>();
        sections.forEach((section, meetings) -> meetings.forEach(m -> rows.add(Arrays.asList(section, m.id(), m.name(),
                m.series(), m.edition(), m.startDate(), m.endDate(), m.precision(), m.city(), m.countryCode(), m.place(),
                m.status(), m.level(), String.join(" ", m.partnerCodes()), m.partners(), m.koreanParticipants(),
                m.partnerParticipants(), m.topics(), ids(m.articleIds())))));
        return new DataSheet("meetings", MEETING_HEADER, rows);
    }

    static DataSheet participants(List<ParticipantRow> participants) {
        return new DataSheet("participants", List.of("meeting_id", "meeting", "person_id", "person", "title", "organization",
                "country_code", "level"),
                participants.stream().map(p -> Arrays.<Object>asList(p.meetingId(), p.meeting(), p.personId(), p.person(), p.title(),
                        p.organization(), p.countryCode(), p.level())).toList());
    }

    static DataSheet commitments(List<CommitmentLine> commitments) {
        return new DataSheet("commitments", List.of("commitment_id", "partner_code", "partner", "kind", "status", "text",
                "pledged", "meeting", "parties", "fulfilled_by", "article_ids"),
                commitments.stream().map(c -> Arrays.<Object>asList(c.id(), c.partnerCode(), c.partner(), c.kind(), c.status(),
                        c.text(), c.pledged(), c.meeting(), c.parties(), c.fulfilledBy(), ids(c.articleIds()))).toList());
    }

    static DataSheet sources(List<SourceLine> sources) {
        return new DataSheet("sources", List.of("label", "article_id", "title", "outlet", "published", "url"),
                sources.stream().map(s -> Arrays.<Object>asList(s.label(), s.articleId(), s.title(), s.outlet(), s.published(), s.url()))
                        .toList());
    }

    static DataSheet partners(List<PartnerLine> partners) {
        return new DataSheet("partners", List.of("partner_code", "partner", "meetings", "highest_level", "commitments"),
                partners.stream().map(p -> Arrays.<Object>asList(p.partnerCode(), p.partner(), p.meetings(), p.highestLevel(), p.commitments()))
                        .toList());
    }

    /** Article ids as the export writes them elsewhere: space-separated, in order. */
    private static String ids(List<Long> articleIds) {
        return articleIds.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
