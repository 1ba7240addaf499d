package org.dialogues.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting as a report lists it: series and edition, when and where, the Korean and partner
 * participants with their titles, topics, and the articles it was reported in.
 *
 * @param when        the dates as written in the report (day, month or year precision)
 * @param partners    names of the parties other than South Korea
 * @param articleIds  the articles that report it; {@code sources} labels them ([S1], [S3])
 */
public record MeetingLine(long id, String name, String series, Integer edition, LocalDate startDate, String when,
                          String place, String status, String level, String partners, String koreanParticipants,
                          String partnerParticipants, String topics, List<Long> articleIds, String sources,
                          LocalDate endDate, String precision, String city, String countryCode, List<String> partnerCodes) {

    public MeetingLine {
        articleIds = List.copyOf(articleIds);
        partnerCodes = List.copyOf(partnerCodes);
    }

    MeetingLine withSources(SourceIndex index) {
        return new MeetingLine(id, name, series, edition, startDate, when, place, status, level, partners,
                koreanParticipants, partnerParticipants, topics, articleIds, index.labels(articleIds),
                endDate, precision, city, countryCode, partnerCodes);
    }
}
