package org.dialogues.report;

import org.jooq.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One partner's dialogue history with Korea: its series and their editions over time, the people
 * who took part by level, and the commitments made with their status. CSV rows: one per meeting.
 */
final class PartnerReport {

    private final ReportQueries queries;
    private final ReportTemplates templates;
    private final ReportStamp stamp;

    PartnerReport(ReportQueries queries, ReportTemplates templates, ReportStamp stamp) {
        this.queries = queries;
        this.templates = templates;
        this.stamp = stamp;
    }

    ReportContent build(String code, String name, LocalDate from, LocalDate to) {
        MeetingScope scope = MeetingScope.partner(code, from, to);
        Condition commitmentsInScope = ReportQueries.madeAt(scope).and(ReportQueries.withPartner(code));
        List<MeetingLine> meetings = queries.meetings(scope);
        List<CommitmentLine> commitments = queries.commitments(commitmentsInScope);
        List<SourceLine> sources = queries.sources(QuarterlyReport.citedArticles(Stream.of(meetings), commitments));
        SourceIndex index = new SourceIndex(sources.stream().map(SourceLine::articleId).toList());
        meetings = meetings.stream().map(m -> m.withSources(index)).toList();
        commitments = commitments.stream().map(c -> c.withSources(index)).toList();
        MeetingScope held = new MeetingScope(from, to, scope.partner(), true, java.util.Set.of(MeetingScope.HELD), false);
        PartnerLine summary = queries.partners(held).stream().filter(p -> p.partnerCode().equals(code)).findFirst()
                .orElse(new PartnerLine(code, name, 0, null, 0));
        StatusCounts status = queries.statusCounts(commitmentsInScope);

        Map<String, Object> p = new HashMap<>(stamp.parameters());
        p.put("PARTNER", name);
        p.put("PARTNER_CODE", code);
        p.put("PERIOD", Dates.day(from) + " – " + Dates.day(to));
        p.put("MEETINGS_HELD", summary.meetings());
        p.put("HIGHEST_LEVEL", summary.highestLevel() == null ? "not known" : summary.highestLevel());
        p.put("OPEN", status.open());
        p.put("FULFILLED", status.fulfilled());
        p.put("SUPERSEDED", status.superseded());
        p.put("MEETINGS_DATA", new RecordDataSource<>(MeetingLine.class, meetings));
        p.put("PARTICIPANTS_DATA", new RecordDataSource<>(ParticipantLevelLine.class, queries.participantsByLevel(scope)));
        p.put("COMMITMENTS_DATA", new RecordDataSource<>(CommitmentLine.class, commitments));
        p.put("SOURCES_DATA", new RecordDataSource<>(SourceLine.class, sources));
        p.put("MEETINGS_REPORT", templates.get("common/meetings"));
        p.put("PARTICIPANTS_REPORT", templates.get("partner/participants"));
        p.put("COMMITMENTS_REPORT", templates.get("common/commitments"));
        p.put("SOURCES_REPORT", templates.get("common/sources"));

        List<DataSheet> sheets = List.of(
                DataSheets.meetings(Map.of(name, meetings)),
                DataSheets.participants(queries.participantRows(meetings.stream().map(MeetingLine::id).toList())),
                DataSheets.commitments(commitments),
                DataSheets.sources(sources));
        return new ReportContent("Dialogue history: " + name, "partner/partner", p, sheets, "meetings");
    }
}
