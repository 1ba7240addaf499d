package org.dialogues.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * What identifies one printing of a report: when it was generated, how fresh its data is, and an
 * id (kind, subject and generation time) to quote when discussing it.
 */
record ReportStamp(String reportId, String generatedAt, String dataAsOf) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    static ReportStamp of(String kind, String subject, Instant generated, Optional<OffsetDateTime> dataAsOf) {
        OffsetDateTime at = generated.atOffset(ZoneOffset.UTC);
        String id = kind + "-" + subject.replaceAll("[^A-Za-z0-9]+", "") + "-" + COMPACT.format(at);
        String data = dataAsOf.map(d -> "articles stored up to " + SHOWN.format(d.withOffsetSameInstant(ZoneOffset.UTC)))
                .orElse("no articles stored yet");
        return new ReportStamp(id, SHOWN.format(at), data);
    }

    Map<String, Object> parameters() {
        return Map.of("REPORT_ID", reportId, "GENERATED_AT", generatedAt, "DATA_AS_OF", dataAsOf);
    }
}
