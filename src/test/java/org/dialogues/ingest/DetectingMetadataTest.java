package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

class DetectingMetadataTest {

    private static final String STORY = """
            The defense ministers of the two countries met on Tuesday and agreed to expand joint exercises and to share more intelligence on missile launches.
            They also said they would hold the next round of talks in the spring, according to a joint statement released after the meeting.
            """;

    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final MetadataDetector detector = new MetadataDetector(OutletDirectory.none());

    private Metadata detect(String page) {
        return detector.detect(cleaner.clean(page)).metadata();
    }

    @Test
    void labelledPublicationDateBeatsTheSiteBannerDate() {
        Metadata found = detect("Friday, December 19, 2025\n\nInput\n2025-07-13 10:05:52\nUpdated\n2025-07-14 09:00:00\n\n" + STORY);

        assertThat(found.published()).isEqualTo(PublishedDate.day(LocalDate.of(2025, 7, 13)));
    }

    @Test
    void aLineHoldingOnlyADateIsThePublicationDate() {
        assertThat(detect("March 12, 2025\n" + STORY).published()).isEqualTo(PublishedDate.day(LocalDate.of(2025, 3, 12)));
    }

    @Test
    void aPlaceAndDateLineAboveTheStoryIsThePublicationDate() {
        assertThat(detect("Joint statement on the ministers' meeting\n\nCanberra, March 4, 2024\n\n" + STORY).published())
                .isEqualTo(PublishedDate.day(LocalDate.of(2024, 3, 4)));
    }

    @Test
    void anUpdatedDateIsUsedWhenNothingBetterIsPrinted() {
        assertThat(detect("Updated: 2024-05-02 14:00\n\n" + STORY).published())
                .isEqualTo(PublishedDate.day(LocalDate.of(2024, 5, 2)));
    }

    @Test
    void aMonthOnlyDateHasMonthPrecision() {
        assertThat(detect("Published: October 2024\n\n" + STORY).published())
                .isEqualTo(new PublishedDate(LocalDate.of(2024, 10, 1), DatePrecision.MONTH));
    }

    @Test
    void readsAddressAndItsDateFromAUrlLine() {
        Metadata found = detect("https://www.example-daily.com/politics/2024/09/25/ministers-meet/\n\n" + STORY);

        assertThat(found.url()).isEqualTo("https://www.example-daily.com/politics/2024/09/25/ministers-meet/");
        assertThat(found.published()).isEqualTo(PublishedDate.day(LocalDate.of(2024, 9, 25)));
        assertThat(found.outlet()).isEqualTo("example-daily.com");
    }

    @Test
    void datesInsideTheStoryAreNotPublicationDates() {
        Metadata found = detect("""
                Officials from both countries met in Seoul on March 3, 2024 and agreed to hold regular talks on export controls and supply chains.
                The next round will be held on June 5, 2024 in Canberra, the ministry said in a statement released on Tuesday.
                """);

        assertThat(found.published()).isNull();
    }

    @Test
    void datelineTakesItsYearFromTheCopyrightLine() {
        Detection detection = detector.detect(cleaner.clean(Fixtures.text("dateline-only.txt")));

        assertThat(detection.metadata().published()).isEqualTo(PublishedDate.day(LocalDate.of(2025, 3, 4)));
        assertThat(detection.metadata().outlet()).isEqualTo("Kyodo");
    }

    @Test
    void datelineWithoutAYearGivesNoDateButSaysWhy() {
        Detection detection = detector.detect(cleaner.clean(Fixtures.text("dateline-without-year.txt")));

        assertThat(detection.metadata().published()).isNull();
        assertThat(detection.notes()).singleElement().asString().contains("June 11", "no year");
        assertThat(detection.metadata().outlet()).isEqualTo("Yonhap");
    }

    @Test
    void outletFromACopyrightLine() {
        assertThat(detect(STORY + "\nCopyright \u00A9 The Example Herald. All rights reserved.\n").outlet())
                .isEqualTo("The Example Herald");
    }

    @Test
    void outletFromTheStaffAddressDomainButNotFromPublicMail() {
        assertThat(detect(STORY + "\nJane Roe\njane@example-news.com\n").outlet()).isEqualTo("example-news.com");
        assertThat(detect(STORY + "\nJane Roe\njane.roe@gmail.com\n").outlet()).isNull();
    }

    @Test
    void languageFromTheScriptOfTheStory() {
        assertThat(MetadataDetector.language("South Korea and Japan held talks.")).isEqualTo("en");
        assertThat(MetadataDetector.language("한국과 일본은 화요일 서울에서 안보 대화를 열었다.")).isEqualTo("ko");
        assertThat(MetadataDetector.language("日本と韓国は火曜日にソウルで安全保障対話を行った。")).isEqualTo("ja");
    }

    @Test
    void aWeekdayDateLineAloneIsUsedButFlaggedAsPossiblyTheDayThePageWasSaved() {
        Detection detection = detector.detect(cleaner.clean("Thursday, December 18, 2025\n\n" + STORY));

        assertThat(detection.metadata().published()).isEqualTo(PublishedDate.day(LocalDate.of(2025, 12, 18)));
        assertThat(detection.notes()).containsExactly(MetadataDetector.BANNER_CAVEAT);
    }

    @Test
    void koreanDateLabelsAreRead() {
        assertThat(detect("입력 2025.03.14 10:05\n수정 2025.03.15 08:00\n\n" + STORY).published())
                .isEqualTo(PublishedDate.day(LocalDate.of(2025, 3, 14)));
    }

    @Test
    void aPrintedPageFooterWithAddressAndPageNumberGivesTheAddress() {
        assertThat(detect(STORY + "\nhttps://example.org/news/2023/11/08/statement 1/2\n").url())
                .isEqualTo("https://example.org/news/2023/11/08/statement");
    }
}
