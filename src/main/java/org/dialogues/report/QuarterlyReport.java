package org.dialogues.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The quarterly summary: gathers every section of one quarter from the queries and lays them out
 * as the parameters of {@code reports/quarterly/quarterly.jrxml}, and as CSV rows (one per meeting).
 */
final class QuarterlyReport {

    private final ReportQueries queries;
    private final ReportTemplates templates;
    private final ReportStamp stamp;

    QuarterlyReport(ReportQueries queries, ReportTemplates templates, ReportStamp stamp) {
        this.queries = queries;
        this.templates = templates;
        this.stamp = stamp;
    }

    ReportContent build(Quarter quarter) {
        // held meetings are what the figures count; planned and cancelled ones are listed apart
        MeetingScope heldOnly = MeetingScope.korea(quarter, MeetingScope.HELD);
        List<MeetingLine> meetings = queries.meetings(heldOnly);
        List<MeetingLine> notHeld = queries.meetings(MeetingScope.korea(quarter, MeetingScope.PLANNED, MeetingScope.CANCELLED));
        List<MeetingLine> upcoming = queries.meetings(MeetingScope.korea(quarter.next(), MeetingScope.PLANNED));
        List<MeetingLine> regional = queries.meetings(MeetingScope.regional(quarter));
        List<CommitmentLine> commitments = queries.commitments(ReportQueries.madeAt(heldOnly));

        List<SourceLine> sources = queries.sources(citedArticles(Stream.of(meetings, notHeld, upcoming, regional), commitments));
        SourceIndex index = new SourceIndex(sources.stream().map(SourceLine::articleId).toList());
        meetings = meetings.stream().map(m -> m.withSources(index)).toList();
        notHeld = notHeld.stream().map(m -> m.withSources(index)).toList();
        upcoming = upcoming.stream().map(m -> m.withSources(index)).toList();
        regional = regional.stream().map(m -> m.withSources(index)).toList();
        commitments = commitments.stream().map(c -> c.withSources(index)).toList();

        Figures now = queries.figures(quarter);
        Figures before = queries.figures(quarter.previous());
        String previous = quarter.previous().toString();

        Map<String, Object> p = new HashMap<>(stamp.parameters());
        p.put("QUARTER", quarter.toString());
        p.put("NEXT_QUARTER", quarter.next().toString());
        p.put("PREVIOUS_QUARTER", previous);
        p.put("DATE_RANGE", Dates.day(quarter.start()) + " – " + Dates.day(quarter.end()));
        p.put("EMPTY", meetings.isEmpty());
        p.put("HELD", now.dialoguesHeld());
        p.put("HELD_CHANGE", change(now.dialoguesHeld(), before.dialoguesHeld(), previous));
        p.put("PARTNERS", now.partnersEngaged());
        p.put("PARTNERS_CHANGE", change(now.partnersEngaged(), before.partnersEngaged(), previous));
        p.put("COMMITMENTS", now.newCommitments());
        p.put("COMMITMENTS_CHANGE", change(now.newCommitments(), before.newCommitments(), previous));
        p.put("PLANNED", now.plannedMeetings());
        p.put("PLANNED_CHANGE", change(now.plannedMeetings(), before.plannedMeetings(), previous));
        Reviewed reviewed = queries.reviewed(quarter);
        List<PartnerLine> partners = queries.partners(heldOnly);
        p.put("REVIEWED", reviewed.sentence());
        p.put("PARTNERS_DATA", new RecordDataSource<>(PartnerLine.class, partners));
        p.put("MONTH_ACTIVITY", new RecordDataSource<>(ActivityPoint.class, queries.activityByMonth(heldOnly)));
        p.put("TOPIC_ACTIVITY", new RecordDataSource<>(ActivityPoint.class, queries.activityByTopic(heldOnly)));
        p.put("MEETINGS_DATA", new RecordDataSource<>(MeetingLine.class, meetings));
        p.put("COMMITMENTS_DATA", new RecordDataSource<>(CommitmentLine.class, commitments));
        p.put("NOT_HELD_DATA", new RecordDataSource<>(MeetingLine.class, notHeld));
        p.put("UPCOMING_DATA", new RecordDataSource<>(MeetingLine.class, upcoming));
        p.put("REGIONAL_DATA", new RecordDataSource<>(MeetingLine.class, regional));
        p.put("SOURCES_DATA", new RecordDataSource<>(SourceLine.class, sources));
        p.put("PARTNERS_REPORT", templates.get("quarterly/partners"));
        p.put("MEETINGS_REPORT", templates.get("common/meetings"));
        p.put("COMMITMENTS_REPORT", templates.get("common/commitments"));
        p.put("SOURCES_REPORT", templates.get("common/sources"));

        Map<String, List<MeetingLine>> sections = new LinkedHashMap<>();
        sections.put("held", meetings);
        sections.put("not held", notHeld);
        sections.put("announced for " + quarter.next(), upcoming);
        sections.put("regional context", regional);
        List<Long> listed = sections.values().stream().flatMap(List::stream).map(MeetingLine::id).toList();
        List<DataSheet> sheets = List.of(
                figures(quarter, now, before, reviewed),
                DataSheets.partners(partners),
                DataSheets.meetings(sections),
                DataSheets.participants(queries.participantRows(listed)),
                DataSheets.commitments(commitments),
                DataSheets.sources(sources));
        return new ReportContent("Quarterly report " + quarter, "quarterly/quarterly", p, sheets, "meetings");
    }

    private static DataSheet figures(Quarter quarter, Figures now, Figures before, Reviewed reviewed) {
        List<String> header = List.of("measure", quarter.toString(), quarter.previous().toString());
        return new DataSheet("figures", header, List.of(
                Arrays.asList("dialogues held", now.dialoguesHeld(), before.dialoguesHeld()),
                Arrays.asList("partners engaged", now.partnersEngaged(), before.partnersEngaged()),
                Arrays.asList("new commitments", now.newCommitments(), before.newCommitments()),
                Arrays.asList("planned for the next quarter", now.plannedMeetings(), before.plannedMeetings()),
                Arrays.asList("dialogues held checked by an archivist", reviewed.meetingsReviewed(), null),
                Arrays.asList("commitments checked by an archivist", reviewed.commitmentsReviewed(), null)));
    }

    /** "+2 vs 2024-Q4", "−1 vs 2024-Q4" or "same as 2024-Q4". */
    static String change(int now, int before, String previous) {
        int delta = now - before;
        if (delta == 0) {
            return "same as " + previous;
        }
        return (delta > 0 ? "+" + delta : "−" + -delta) + " vs " + previous;
    }

    static Set<Long> citedArticles(Stream<List<MeetingLine>> meetingLists, List<CommitmentLine> commitments) {
        Set<Long> ids = new LinkedHashSet<>();
        meetingLists.flatMap(List::stream).forEach(m -> ids.addAll(m.articleIds()));
        commitments.forEach(c -> ids.addAll(c.articleIds()));
        return ids;
    }
}
