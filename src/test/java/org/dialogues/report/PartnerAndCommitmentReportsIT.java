package org.dialogues.report;

import org.dialogues.DialoguesException.Category;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner history and the commitment tracker, read as a person reads them. */
class PartnerAndCommitmentReportsIT extends FirstQuarterReports {

    @Test
    void partnerHistoryListsEditionsParticipantsByLevelAndCommitmentStatus() {
        Path pdf = reports.partner("US", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Format.PDF, folder.resolve("us.pdf"));

        String text = PdfText.read(pdf).all();
        assertThat(text).contains("South Korea – United States", "1 Jan 2024 – 31 Dec 2025",
                "Series: Korea-U.S. Test Defense Dialogue, edition 7", "Series: Korea-U.S. Test Defense Dialogue, edition 8",
                "2. Participants by level", "Vice minister", "Kim Test-one", "Senior official", "John Testman",
                "3. Commitments and their status", "hold the next dialogue in Washington");
        assertThat(text.indexOf("edition 7")).isLessThan(text.indexOf("edition 8"));
        assertThat(text).doesNotContain("Korea-Poland Foreign Ministers' Meeting");
    }

    @Test
    void partnerHistoryHonoursThePeriod() throws IOException {
        Path csv = reports.partner("US", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), Format.CSV, folder.resolve("us.csv"));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("8th Korea-U.S. Test Defense Dialogue", "planned");
    }

    @Test
    void trackerShowsWhatWasPledgedByWhomAndWhatFulfilledIt() {
        Path pdf = reports.commitments(Optional.empty(), Optional.empty(), Format.PDF, folder.resolve("c.pdf"));

        String text = PdfText.read(pdf).all().replaceAll("\\s+", " ");
        assertThat(text).contains("Commitment tracker", "Commitments made in South Korea's dialogues, or binding it: all partners, every status",
                "expand defense industry cooperation", "Bound: Poland, South Korea",
                "Fulfilled by: Korea-U.S.-Japan Space Security Talks (5 Mar 2025)",
                "Korea-Germany Defense Talks, 10 Nov 2024");
    }

    @Test
    void onlyAStatusALaterFactEstablishedIsPrinted() {
        String text = PdfText.read(reports.commitments(Optional.empty(), Optional.empty(), Format.PDF, folder.resolve("status.pdf"))).all();

        assertThat(text).contains("fulfilled");
        assertThat(text).doesNotContainPattern("(?m)\\bopen\\b");   // three commitments are open; none says so
    }

    @Test
    void trackerFiltersByPartnerAndStatus() throws IOException {
        Path csv = reports.commitments(Optional.of("us"), Optional.of("OPEN"), Format.CSV, folder.resolve("us-open.csv"));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcommitment_id,partner_code,partner,kind,status,text,pledged,meeting,parties,fulfilled_by,article_ids");
        assertThat(lines).hasSize(3).allMatch(l -> l.equals(lines.get(0)) || l.contains(",United States,") && l.contains(",open,"));
    }

    @Test
    void unknownPartiesAndStatusesAreInvalidInput() {
        assertThatThrownBy(() -> reports.partner("ZZ", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), Format.PDF, folder.resolve("x.pdf")))
                .isInstanceOf(ReportException.class).hasMessageContaining("'ZZ' is not a known party code")
                .satisfies(e -> assertThat(((ReportException) e).category()).isEqualTo(Category.INVALID_INPUT));
        assertThatThrownBy(() -> reports.commitments(Optional.empty(), Optional.of("pending"), Format.PDF, folder.resolve("x.pdf")))
                .isInstanceOf(ReportException.class).hasMessageContaining("open, fulfilled or superseded");
        assertThatThrownBy(() -> reports.partner("US", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), Format.PDF, folder.resolve("x.pdf")))
                .isInstanceOf(ReportException.class).hasMessageContaining("is after");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }
}
