package org.dialogues.report;

import org.dialogues.DialoguesException.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void parsesAndPrintsTheYearAndNumber() {
        Quarter q = Quarter.parse("2025-Q1");
        assertThat(q).isEqualTo(new Quarter(2025, 1));
        assertThat(q).hasToString("2025-Q1");
        assertThat(Quarter.parse(" 2024-q4 ")).isEqualTo(new Quarter(2024, 4));
    }

    @Test
    void spansItsThreeMonths() {
        assertThat(Quarter.parse("2024-Q1").start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Quarter.parse("2024-Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Quarter.parse("2025-Q4").end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void previousAndNextCrossYears() {
        assertThat(Quarter.parse("2025-Q1").previous()).isEqualTo(new Quarter(2024, 4));
        assertThat(Quarter.parse("2025-Q4").next()).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.parse("2025-Q2").next().previous()).isEqualTo(Quarter.parse("2025-Q2"));
    }

    @Test
    void containingFindsTheQuarterOfADay() {
        assertThat(Quarter.containing(LocalDate.of(2025, 3, 31))).isEqualTo(new Quarter(2025, 1));
        assertThat(Quarter.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new Quarter(2025, 2));
        assertThat(Quarter.containing(LocalDate.of(2025, 12, 31))).isEqualTo(new Quarter(2025, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q5", "2025-Q0", "last", "2025Q1", "25-Q1", ""})
    void malformedQuartersAreInvalidInputThatShowsTheForm(String text) {
        assertThatThrownBy(() -> Quarter.parse(text))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("YYYY-QN")
                .satisfies(e -> assertThat(((ReportException) e).category()).isEqualTo(Category.INVALID_INPUT));
    }
}
