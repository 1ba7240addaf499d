package org.dialogues.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One commitment under one partner: what was pledged, when, by whom, at which meeting, and whether a
 * later meeting fulfilled it. A commitment binding several partners appears once under each.
 *
 * @param pledged     the meeting's date, else the first report of it
 * @param parties     names of every party bound by it, South Korea included
 * @param fulfilledBy the meeting that fulfilled it, with its date; null while open
 */
public record CommitmentLine(long id, String partnerCode, String partner, String kind, String status, String text,
                             LocalDate pledged, String meeting, String parties, String fulfilledBy,
                             List<Long> articleIds, String sources) {

    public CommitmentLine {
        articleIds = List.copyOf(articleIds);
    }

    CommitmentLine withSources(SourceIndex index) {
        return new CommitmentLine(id, partnerCode, partner, kind, status, text, pledged, meeting, parties, fulfilledBy,
                articleIds, index.labels(articleIds));
    }
}
