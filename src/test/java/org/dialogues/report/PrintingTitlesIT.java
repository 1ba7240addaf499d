package org.dialogues.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles as the article wrote them, printed the way a reader expects them, end to end in the report. */
class PrintingTitlesIT extends ReportsOverAFixture {

    @BeforeAll
    static void fillTitles() {
        fill(PrintingTitlesIT::titles);
    }

    private static void titles(ReportFixture f) {
        long meeting = f.held("Korea-U.S. title talks", LocalDate.of(2025, 2, 10), List.of("KR", "US"), List.of("defense"));
        f.participant(meeting, "Yoon Test-one", "South Korean President", "KR", "leader");
        f.participant(meeting, "Han Test-two", "president", "KR", "leader");
        f.participant(meeting, "Shin Test-three", "then Defense Minister", "KR", "minister");
        f.participant(meeting, "Cho Test-four", "Deputy minister for national defense policy", "KR", "vice_minister");
        f.participant(meeting, "Kim Test-five", "first vice-minister of foreign affairs", "KR", "vice_minister");
        f.participant(meeting, "Ann Testwoman", "Acting U.S. assistant secretary of defense for space policy", "US", "senior_official");
        f.participant(meeting, "Bob Testman", "counterpart", "US", "minister");
    }

    @Test
    void titlesLoseNationalityAndThenAndAreInTitleCase() {
        String text = PdfText.read(reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("q.pdf"))).all()
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Yoon Test-one (President)", "Han Test-two (President)", "Shin Test-three (Defense Minister)",
                "Cho Test-four (Deputy Minister for National Defense Policy)",
                "Kim Test-five (First Vice-Minister of Foreign Affairs)",
                "Ann Testwoman (Acting Assistant Secretary of Defense for Space Policy)");
        assertThat(text).doesNotContain("South Korean President", "(president)", "then Defense", "U.S. assistant", "(counterpart)", "(Counterpart)");
        assertThat(text).contains("Bob Testman");
    }

    @Test
    void aTitleWrittenInCapitalsKeepsItsAcronyms() {
        assertThat(database.dsl().fetchValue("SELECT display_title('director of the NIS')")).isEqualTo("Director of the NIS");
        assertThat(database.dsl().fetchValue("SELECT display_title('commander of USFK')")).isEqualTo("Commander of USFK");
        assertThat(database.dsl().fetchValue("SELECT display_title('Counterparts')")).isNull();
    }
}
