package org.dialogues.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How reports write dates, changes and source references. */
class ReportFormattingTest {

    @Test
    void datesSayOnlyWhatIsKnown() {
        LocalDate day = LocalDate.of(2024, 9, 23);
        assertThat(Dates.span(day, null, "day")).isEqualTo("23 Sep 2024");
        assertThat(Dates.span(day, LocalDate.of(2024, 9, 24), "day")).isEqualTo("23–24 Sep 2024");
        assertThat(Dates.span(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1), "day")).isEqualTo("30 Sep–1 Oct 2024");
        assertThat(Dates.span(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2), "day")).isEqualTo("31 Dec 2024–2 Jan 2025");
        assertThat(Dates.span(LocalDate.of(2024, 9, 1), null, "month")).isEqualTo("Sep 2024");
        assertThat(Dates.span(LocalDate.of(2024, 1, 1), null, "year")).isEqualTo("2024");
        assertThat(Dates.span(null, null, "unknown")).isEqualTo("date not known");
    }

    @Test
    void changeAgainstThePreviousQuarterIsSigned() {
        assertThat(QuarterlyReport.change(5, 3, "2024-Q4")).isEqualTo("+2 vs 2024-Q4");
        assertThat(QuarterlyReport.change(1, 3, "2024-Q4")).isEqualTo("−2 vs 2024-Q4");
        assertThat(QuarterlyReport.change(3, 3, "2024-Q4")).isEqualTo("same as 2024-Q4");
    }

    @Test
    void sourceLabelsFollowAppendixOrderAndIgnoreUncitedArticles() {
        SourceIndex index = new SourceIndex(List.of(40L, 7L, 12L));
        assertThat(index.label(7L)).isEqualTo("S2");
        assertThat(index.labels(List.of(12L, 40L, 12L, 99L))).isEqualTo("[S1] [S3]");
        assertThat(index.labels(List.of())).isEmpty();
    }

    @Test
    void formatsParseCaseInsensitivelyAndRejectOthers() {
        assertThat(Format.parse("PDF")).isEqualTo(Format.PDF);
        assertThat(Format.parse("xlsx").extension()).isEqualTo("xlsx");
        assertThatThrownBy(() -> Format.parse("docx")).isInstanceOf(ReportException.class).hasMessageContaining("pdf, xlsx or csv");
    }

    @Test
    void reportIdNamesKindSubjectAndGenerationTime() {
        ReportStamp stamp = ReportStamp.of("Q", "2025-Q1", java.time.Instant.parse("2025-04-03T08:00:00Z"), java.util.Optional.empty());
        assertThat(stamp.reportId()).isEqualTo("Q-2025Q1-20250403T080000Z");
        assertThat(stamp.generatedAt()).isEqualTo("2025-04-03 08:00 UTC");
        assertThat(stamp.dataAsOf()).isEqualTo("no articles stored yet");
    }
}
