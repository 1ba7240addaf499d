package org.dialogues.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolvingReportParametersTest {

    private static final LocalDate APRIL_SECOND = LocalDate.of(2025, 4, 2);

    @Test
    void previousQuarterIsResolvedAgainstTheDayOfTheRun() {
        ReportParameters previous = ReportParameters.parse(List.of("quarter=previous"));
        assertThat(previous.resolve(ReportKind.QUARTERLY, APRIL_SECOND)).containsExactly(Map.entry("quarter", "2025-Q1"));
        assertThat(previous.resolve(ReportKind.QUARTERLY, LocalDate.of(2025, 1, 2))).containsEntry("quarter", "2024-Q4");
    }

    @Test
    void currentAndLiteralQuartersResolve() {
        assertThat(ReportParameters.quarter("current", APRIL_SECOND)).isEqualTo("2025-Q2");
        assertThat(ReportParameters.quarter("next", LocalDate.of(2025, 12, 31))).isEqualTo("2026-Q1");
        assertThat(ReportParameters.quarter("2023-q3", APRIL_SECOND)).isEqualTo("2023-Q3");
    }

    @Test
    void lastTwelveMonthsEndsTheDayBeforeTheRun() {
        Map<String, String> resolved = ReportParameters.parse(List.of("party=us", "period=last 12 months"))
                .resolve(ReportKind.PARTNER, APRIL_SECOND);
        assertThat(resolved).containsEntry("party", "US").containsEntry("from", "2024-04-02").containsEntry("to", "2025-04-01");
    }

    @Test
    void partnerReportWithoutDatesCoversTheLastTwelveMonths() {
        assertThat(ReportParameters.parse(List.of("party=JP")).resolve(ReportKind.PARTNER, APRIL_SECOND))
                .containsEntry("from", "2024-04-02").containsEntry("to", "2025-04-01");
    }

    @Test
    void relativeAndLiteralDatesResolve() {
        Map<String, String> resolved = ReportParameters.parse(List.of("party=DE", "from=3 months ago", "to=today"))
                .resolve(ReportKind.PARTNER, APRIL_SECOND);
        assertThat(resolved).containsEntry("from", "2025-01-02").containsEntry("to", "2025-04-02");
        assertThat(ReportParameters.date("from", "2024-12-31", APRIL_SECOND)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void parametersTheReportDoesNotTakeOrCannotResolveAreRefused() {
        assertThatThrownBy(() -> ReportParameters.parse(List.of("quarter=previous", "party=US")).validFor(ReportKind.QUARTERLY))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("no parameter 'party'");
        assertThatThrownBy(() -> ReportParameters.parse(List.of()).validFor(ReportKind.QUARTERLY))
                .hasMessageContaining("needs --param quarter");
        assertThatThrownBy(() -> ReportParameters.parse(List.of("quarter")))
                .hasMessageContaining("key=value");
        assertThatThrownBy(() -> ReportParameters.parse(List.of("party=US", "from=2025-05-01", "to=2025-01-01")).validFor(ReportKind.PARTNER))
                .hasMessageContaining("falls after");
    }
}
