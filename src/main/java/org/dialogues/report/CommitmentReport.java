package org.dialogues.report;

import org.jooq.Condition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The commitment tracker: what was pledged, when, by whom, and whether a later meeting shows it
 * fulfilled; optionally one partner's and one status. CSV rows: one per commitment and partner.
 */
final class CommitmentReport {

    private final ReportQueries queries;
    private final ReportTemplates templates;
    private final ReportStamp stamp;

    CommitmentReport(ReportQueries queries, ReportTemplates templates, ReportStamp stamp) {
        this.queries = queries;
        this.templates = templates;
        this.stamp = stamp;
    }

    ReportContent build(Optional<String> partyCode, Optional<String> status) {
        Condition where = ReportQueries.tracked(partyCode, status);
        List<CommitmentLine> commitments = queries.commitments(where);
        List<SourceLine> sources = queries.sources(QuarterlyReport.citedArticles(Stream.empty(), commitments));
        SourceIndex index = new SourceIndex(sources.stream().map(SourceLine::articleId).toList());
        commitments = commitments.stream().map(c -> c.withSources(index)).toList();
        StatusCounts counts = queries.statusCounts(where);

        Map<String, Object> p = new HashMap<>(stamp.parameters());
        p.put("SELECTION", partyCode.map(c -> "partner " + queries.partyName(c).orElse(c)).orElse("all partners")
                + status.map(s -> ", status " + s).orElse(", every status"));
        p.put("OPEN", counts.open());
        p.put("FULFILLED", counts.fulfilled());
        p.put("SUPERSEDED", counts.superseded());
        p.put("COMMITMENTS_DATA", new RecordDataSource<>(CommitmentLine.class, commitments));
        p.put("SOURCES_DATA", new RecordDataSource<>(SourceLine.class, sources));
        p.put("COMMITMENTS_REPORT", templates.get("common/commitments"));
        p.put("SOURCES_REPORT", templates.get("common/sources"));

        return new ReportContent("Commitment tracker", "commitments/commitments", p,
                List.of(DataSheets.commitments(commitments), DataSheets.sources(sources)), "commitments");
    }
}
