package org.dialogues.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page of a report ends with a heading: a section title ("4. Dialogues held"), a partner's or a
 * level's group heading, or a table's header row. Quarters filled with 1 to 12 meetings (and as many
 * commitments, for several partners) put the sections at many different heights on the page.
 */
class HeadingsNeverAloneAtTheFootIT extends ReportsOverAFixture {

    private static final List<String> PARTNERS = List.of("US", "JP", "AU", "DE");
    private static final Pattern SECTION = Pattern.compile("^(\\d\\. .+|Appendix: sources)$");
    private static final List<String> TABLE_HEADERS = List.of(
            "Date Meeting, place and participants Sources", "Kind Commitment Status Made at Sources",
            "Partner Meetings Highest level Commitments");
    private static final Pattern GROUP_HEADING = Pattern.compile("^(United States \\(US\\)|Japan \\(JP\\)|Australia \\(AU\\)|Germany \\(DE\\))$");
    private static final Pattern FOOTER = Pattern.compile("^(Report .+ generated .+|Page \\d+ of( \\d+)?|\\d+)$");

    @BeforeAll
    static void fillQuarters() {
        fill(HeadingsNeverAloneAtTheFootIT::quarters);
    }

    /** Quarter n of 2020-Q1… holds n meetings, each with two participants and a commitment. */
    private static void quarters(ReportFixture f) {
        for (int meetings = 1; meetings <= 12; meetings++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusMonths(3L * (meetings - 1));
            long article = f.article("Test Wire", start, "Quarter with " + meetings + " meetings");
            for (int i = 0; i < meetings; i++) {
                String partner = PARTNERS.get(i % PARTNERS.size());
                long meeting = f.held("Korea-" + partner + " talks " + meetings + "." + i, start.plusDays(i * 6L), List.of("KR", partner), List.of("defense"));
                f.reports(meeting, article);
                f.participant(meeting, "Kim Test" + meetings + "x" + i, "Defense Minister", "KR", "minister");
                f.participant(meeting, "Sam Test" + meetings + "x" + i, "Secretary of Defense", partner, "minister");
                long commitment = f.commitment(meeting, "agree", "hold joint exercises number " + i + " across the region every year", "open",
                        null, List.of("KR", partner));
                f.states(commitment, article);
            }
        }
    }

    @Test
    void noQuarterlyPageEndsWithAHeading() {
        List<String> stranded = new ArrayList<>();
        for (int meetings = 1; meetings <= 12; meetings++) {
            Quarter quarter = Quarter.containing(LocalDate.of(2020, 1, 1).plusMonths(3L * (meetings - 1)));
            stranded.addAll(strandedHeadings(quarter + " ", reports.quarterly(quarter, Format.PDF, folder.resolve(quarter + ".pdf"))));
        }
        assertThat(stranded).isEmpty();
    }

    @Test
    void noPartnerOrTrackerPageEndsWithAHeading() {
        List<String> stranded = new ArrayList<>();
        for (String partner : PARTNERS) {
            stranded.addAll(strandedHeadings(partner + " ", reports.partner(partner, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1),
                    Format.PDF, folder.resolve(partner + ".pdf"))));
        }
        stranded.addAll(strandedHeadings("tracker ", reports.commitments(Optional.empty(), Optional.empty(), Format.PDF, folder.resolve("c.pdf"))));
        assertThat(stranded).isEmpty();
    }

    /** "2020-Q3 page 2: 5. Commitments by partner" for every page whose last line above the footer is a heading. */
    static List<String> strandedHeadings(String report, Path pdf) {
        List<String> pages = PdfText.read(pdf).pages();
        List<String> stranded = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            int number = page + 1;
            lastLine(pages.get(page)).filter(HeadingsNeverAloneAtTheFootIT::isHeading)
                    .ifPresent(heading -> stranded.add(report + "page " + number + ": " + heading));
        }
        return stranded;
    }

    private static Optional<String> lastLine(String page) {
        List<String> lines = page.lines().map(line -> line.trim().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty())
                .filter(line -> !FOOTER.matcher(line).matches()).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
    }

    static boolean isHeading(String line) {
        return SECTION.matcher(line).matches() || TABLE_HEADERS.contains(line) || GROUP_HEADING.matcher(line).matches();
    }
}
