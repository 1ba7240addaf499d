package org.dialogues.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialogues.DialoguesException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void csvHasOneRowPerMeetingWithItsSectionDatesAndSourceIds() throws IOException {
        Path csv = reports.quarterly(Quarter.parse("2025-Q1"), Format.CSV, folder.resolve("q.csv"));

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).as("a UTF-8 byte-order mark, for Excel").containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(3 + 1 + 1);
        assertThat(records).extracting(r -> r.get("section")).containsOnly("held", "announced for 2025-Q2", "regional context");
        CSVRecord dialogue = records.stream().filter(r -> r.get("name").equals("Korea-U.S.-Japan Space Security Talks")).findFirst().orElseThrow();
        assertThat(dialogue.get("start_date")).isEqualTo("2025-03-05");
        assertThat(dialogue.get("end_date")).isEqualTo("2025-03-06");
        assertThat(dialogue.get("date_precision")).isEqualTo("day");
        assertThat(dialogue.get("partner_codes")).isEqualTo("JP US");
        assertThat(dialogue.get("article_ids")).matches("\\d+( \\d+)*");
        CSVRecord planned = records.stream().filter(r -> r.get("section").startsWith("announced")).findFirst().orElseThrow();
        assertThat(planned.get("date_precision")).isEqualTo("month");
        assertThat(String.join("\n", Files.readAllLines(csv))).contains(FirstQuarterFixture.HANGUL_NAME);
    }

    @Test
    void everySectionIsAvailableAsItsOwnCsv() throws IOException {
        List<CSVRecord> participants = parse(reports.quarterly(Quarter.parse("2025-Q1"), Format.CSV, "participants", folder.resolve("p.csv")));
        assertThat(participants).extracting(r -> r.get("person")).contains(FirstQuarterFixture.HANGUL_NAME, FirstQuarterFixture.DIACRITIC_NAME);
        List<CSVRecord> sources = parse(reports.quarterly(Quarter.parse("2025-Q1"), Format.CSV, "sources", folder.resolve("s.csv")));
        assertThat(sources).isNotEmpty().allMatch(r -> r.get("label").matches("S\\d+") && r.get("article_id").matches("\\d+"));
        assertThatThrownBy(() -> reports.quarterly(Quarter.parse("2025-Q1"), Format.CSV, "people", folder.resolve("x.csv")))
                .hasMessage("'people' is not a section of this report; use one of figures, partners, meetings, participants, commitments, sources");
        assertThatThrownBy(() -> reports.quarterly(Quarter.parse("2025-Q1"), Format.XLSX, "meetings", folder.resolve("x.xlsx")))
                .hasMessageContaining("--section picks the one section a CSV file holds");
    }

    @Test
    void xlsxIsDataOneSheetPerSectionWithTypedCellsAndNoMergedCells() throws IOException {
        Path xlsx = reports.quarterly(Quarter.parse("2025-Q1"), Format.XLSX, folder.resolve("q.xlsx"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
            assertThat(names).containsExactly("figures", "partners", "meetings", "participants", "commitments", "sources");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            }
            Sheet figures = workbook.getSheet("figures");
            assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("dialogues held");
            assertThat(figures.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(figures.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            Sheet meetings = workbook.getSheet("meetings");
            int startDate = column(meetings, "start_date");
            Row first = meetings.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(startDate))).isTrue();
            assertThat(first.getCell(column(meetings, "meeting_id")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(meetings.getLastRowNum()).isEqualTo(5);
            StringBuilder all = new StringBuilder();
            workbook.getSheet("participants").forEach(row -> row.forEach(cell -> all.append(cell).append('|')));
            assertThat(all).contains(FirstQuarterFixture.DIACRITIC_NAME, FirstQuarterFixture.HANGUL_NAME);
        }
    }

    private static int column(Sheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static List<CSVRecord> parse(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
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
