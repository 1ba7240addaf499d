package org.dialogues.report;

import org.dialogues.DialoguesException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarterly report as a reader sees it: text, fonts, pages, and its XLSX and CSV twins. */
class QuarterlyReportIT extends FirstQuarterReports {

    @Test
    void pdfShowsTitlePageSummaryMeetingsCommitmentsPlansRegionalContextAndSources() {
        Path pdf = reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("q.pdf"));

        PdfText text = PdfText.read(pdf);
        assertThat(text.pages().get(0)).contains("Quarter 2025-Q1", "1 Jan 2025 – 31 Mar 2025",
                "2025-04-03 08:00 UTC", "articles stored up to 2025-04-02 09:30 UTC", "Q-2025Q1-20250403T080000Z");
        assertThat(text.all()).contains(
                "1. Summary in figures", "dialogues held", "+2 vs 2024-Q4",
                "2. Partners", "United States (US)", "Vice minister",
                "7th Korea-U.S. Test Defense Dialogue", "Series: Korea-U.S. Test Defense Dialogue, edition 7",
                "5–6 Mar 2025", "[S1] [S4]",
                "5. Commitments by partner", "exchange space situational awareness data",
                "6. Planned for the quarter, not reported held, or cancelled", "None.",
                "7. Announced for the next quarter (2025-Q2)", "8th Korea-U.S. Test Defense Dialogue",
                "8. Regional context", "Japan-EU Security Consultations",
                "Appendix: sources", "[S5]", "Next defense dialogue set for May");
        assertThat(text.all()).doesNotContain("Korea-U.S. Cyber Exchange");
        assertThat(text.pages().get(1)).contains("Not yet checked by an archivist: every row is as extracted from the articles.");
    }

    @Test
    void plannedAndCancelledMeetingsAreListedApartAndNotCountedAsHeld() {
        var dsl = database.dsl();
        var meeting = org.dialogues.database.schema.Tables.MEETING;
        var party = org.dialogues.database.schema.Tables.MEETING_PARTY;
        List<Long> added = new java.util.ArrayList<>();
        for (String status : List.of("planned", "cancelled")) {
            long id = dsl.insertInto(meeting).set(meeting.NATURAL_KEY, "test:" + status).set(meeting.NAME, "Korea-U.S. " + status + " talks")
                    .set(meeting.START_DATE, java.time.LocalDate.of(2025, 2, 1)).set(meeting.DATE_PRECISION, "month")
                    .set(meeting.STATUS, status).returning(meeting.ID).fetchOne(meeting.ID);
            dsl.insertInto(party).set(party.MEETING_ID, id).set(party.PARTY_CODE, "KR").newRecord()
                    .set(party.MEETING_ID, id).set(party.PARTY_CODE, "US").execute();
            added.add(id);
        }
        try {
            PdfText text = PdfText.read(reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("not-held.pdf")));
            String all = text.all();
            String held = all.substring(all.indexOf("4. Dialogues held"), all.indexOf("5. Commitments by partner"));
            String notHeld = all.substring(all.indexOf("6. Planned for the quarter"), all.indexOf("7. Announced for the next quarter"));
            assertThat(held).doesNotContain("Korea-U.S. planned talks", "Korea-U.S. cancelled talks");
            assertThat(notHeld).contains("Korea-U.S. planned talks", "Korea-U.S. cancelled talks", "Feb 2025");
            assertThat(text.pages().get(1)).contains("dialogues held", "+2 vs 2024-Q4");
        } finally {
            dsl.deleteFrom(meeting).where(meeting.ID.in(added)).execute();
        }
    }

    @Test
    void theSummarySaysHowManyRowsAnArchivistChecked() {
        var dsl = database.dsl();
        var meeting = org.dialogues.database.schema.Tables.MEETING;
        long first = dsl.select(meeting.ID).from(meeting).where(meeting.NAME.eq("7th Korea-U.S. Test Defense Dialogue")).fetchOne(meeting.ID);
        dsl.update(meeting).set(meeting.REVIEW_STATE, "confirmed").where(meeting.ID.eq(first)).execute();
        try {
            Path pdf = reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("reviewed.pdf"));
            assertThat(PdfText.read(pdf).pages().get(1)).contains("Checked by an archivist: 1 of 3 dialogues held, 0 of");
        } finally {
            dsl.update(meeting).set(meeting.REVIEW_STATE, "unreviewed").where(meeting.ID.eq(first)).execute();
        }
    }

    @Test
    void namesInHangulAndWithDiacriticsRoundTripThroughEmbeddedFonts() {
        Path pdf = reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("fonts.pdf"));

        PdfText text = PdfText.read(pdf);
        assertThat(text.all()).contains(FirstQuarterFixture.HANGUL_NAME, FirstQuarterFixture.DIACRITIC_NAME);
        assertThat(text.fonts()).isNotEmpty().allMatch(PdfText.Font::embedded, "embedded");
        assertThat(text.fonts()).extracting(PdfText.Font::name)
                .anyMatch(name -> name.contains("DejaVuSans"))
                .anyMatch(name -> name.contains("NanumGothic"));
    }

    @Test
    void everyPageAfterTheTitleIsNumberedXOfY() {
        Path pdf = reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, folder.resolve("pages.pdf"));

        PdfText text = PdfText.read(pdf);
        int total = text.pages().size();
        assertThat(total).isGreaterThan(2);
        for (int page = 2; page <= total; page++) {
            assertThat(text.pages().get(page - 1).replaceAll("\\s+", " ")).contains("Page " + page + " of " + total);
        }
    }

    @Test
    void emptyQuarterYieldsAValidPdfSayingNoDialoguesWereRecorded() {
        Path pdf = reports.quarterly(Quarter.parse("2019-Q3"), Format.PDF, folder.resolve("empty.pdf"));

        PdfText text = PdfText.read(pdf);
        assertThat(text.all()).contains("No dialogues were recorded for 2019-Q3", "No partners engaged.", "No commitments recorded.");
    }

    @Test
    void csvHasOneRowPerMeetingWithItsSection() throws IOException {
        Path csv = reports.quarterly(Quarter.parse("2025-Q1"), Format.CSV, folder.resolve("q.csv"));

        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("section,meeting_id,name,series,edition");
        assertThat(lines).hasSize(1 + 3 + 1 + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("regional context,") && l.contains("Japan-EU Security Consultations"));
        assertThat(lines).anyMatch(l -> l.startsWith("announced for 2025-Q2,"));
        assertThat(String.join("\n", lines)).contains(FirstQuarterFixture.HANGUL_NAME);
    }

    @Test
    void xlsxIsASpreadsheetWithTheSameContent() throws IOException {
        Path xlsx = reports.quarterly(Quarter.parse("2025-Q1"), Format.XLSX, folder.resolve("q.xlsx"));

        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(strings).contains("7th Korea-U.S. Test Defense Dialogue", FirstQuarterFixture.DIACRITIC_NAME);
        }
    }

    @Test
    void writingLeavesOnlyTheFinishedFileInTheFolder() throws IOException {
        Path target = folder.resolve("out").resolve("quarterly-2025-Q1.pdf");
        reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, target);
        reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, target);

        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
    }

    @Test
    void unwritableFolderIsAnErrorThatNamesIt() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("q.pdf");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.quarterly(Quarter.parse("2025-Q1"), Format.PDF, target))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(blocker.toString())
                .extracting(e -> ((DialoguesException) e).category()).isEqualTo(DialoguesException.Category.UNEXPECTED_STATE);
    }
}
