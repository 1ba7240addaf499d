package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dialogues.store.Outlet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known outlets are stored under their canonical name, however the page names them; explicit values win. */
class NamingOutletsTest {

    private static final String STORY = """
            The defense ministers of the two countries met on Tuesday and agreed to expand joint exercises and to share more intelligence on missile launches.

            They also said they would hold the next round of talks in the spring, according to a joint statement released after the meeting.
            """;

    private static final OutletDirectory OUTLETS = new OutletDirectory(List.of(
            new Outlet("Yonhap News Agency", List.of("Yonhap", "Yonhap News", "\uC5F0\uD569\uB274\uC2A4"), List.of("yna.co.kr")),
            new Outlet("Reuters", List.of(), List.of("reuters.com")),
            new Outlet("Associated Press", List.of("AP"), List.of("apnews.com")),
            new Outlet("U.S. Department of Defense", List.of("Department of Defense"), List.of("defense.gov"))));

    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final MetadataDetector detector = new MetadataDetector(OUTLETS);
    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults(), OUTLETS);

    @TempDir
    Path directory;

    private String detected(String page) {
        return detector.detect(cleaner.clean(page)).metadata().outlet();
    }

    private String imported(String name, String content, Overrides overrides) {
        return Fixtures.accepted(reader.read(Fixtures.write(directory, name, content), overrides)).outlet();
    }

    @Test
    void aSubdomainOfAKnownDomainNamesTheOutlet() {
        assertThat(detected("https://en.yna.co.kr/view/AEN20240925000300315\n\n" + STORY)).isEqualTo("Yonhap News Agency");
        assertThat(detected("https://www.defense.gov/News/Releases/Release/Article/1/\n\n" + STORY))
                .isEqualTo("U.S. Department of Defense");
    }

    @Test
    void anUnknownDomainStillGivesTheDomain() {
        assertThat(detected("https://www.example-daily.com/politics/2024/09/25/ministers-meet/\n\n" + STORY))
                .isEqualTo("example-daily.com");
    }

    @Test
    void theAgencyOfADatelineIsGivenItsCanonicalName() {
        assertThat(detected("SEOUL, Sept. 14 (Yonhap) -- " + STORY)).isEqualTo("Yonhap News Agency");
        assertThat(detected("WASHINGTON (AP) \u2014 " + STORY)).isEqualTo("Associated Press");
    }

    @Test
    void anUnknownDatelineAgencyStaysAsWritten() {
        assertThat(detected("TOKYO (Example Wire) -- " + STORY)).isEqualTo("Example Wire");
    }

    @Test
    void aCreditOnALineOfItsOwnNamesTheOutlet() {
        assertThat(detected("Defense chiefs agree to expand drills\n\nYonhap News\n\n" + STORY)).isEqualTo("Yonhap News Agency");
        assertThat(detected(STORY + "\n(AP)\n")).isEqualTo("Associated Press");
        assertThat(detected(STORY + "\nSource: Reuters\n")).isEqualTo("Reuters");
    }

    @Test
    void aBylineWithAWireCreditNamesTheOutlet() {
        assertThat(detected("Defense chiefs agree to expand drills\n\nBy Jane Roe / Reuters\n\n" + STORY)).isEqualTo("Reuters");
        assertThat(detected("Defense chiefs agree to expand drills\n\nBy Jane Roe and John Doe, Associated Press\n\n" + STORY))
                .isEqualTo("Associated Press");
        assertThat(detected("Defense chiefs agree to expand drills\n\nBy Jane Roe, Department of Defense\n\n" + STORY))
                .isEqualTo("U.S. Department of Defense");
    }

    @Test
    void aKoreanWireDatelineNamesTheOutletAfterThePlace() {
        String korean = "(\uC11C\uC6B8=\uC5F0\uD569\uB274\uC2A4) \uD64D\uAE38\uB3D9 \uAE30\uC790 = " + STORY;

        assertThat(detected(korean)).isEqualTo("Yonhap News Agency");
    }

    @Test
    void aBylineWithoutAKnownOutletNamesNone() {
        assertThat(detected("Defense chiefs agree to expand drills\n\nBy Jane Roe / Staff Reporter\n\n" + STORY)).isNull();
    }

    @Test
    void aKnownOutletWinsOverAnUnknownCopyrightHolder() {
        assertThat(detected("https://en.yna.co.kr/view/AEN1\n\n" + STORY + "\nCopyright \u00A9 Example Media Group. All rights reserved.\n"))
                .isEqualTo("Yonhap News Agency");
    }

    @Test
    void theSiteNameAPageDeclaresIsGivenItsCanonicalName() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"\uC5F0\uD569\uB274\uC2A4\"></head><body><article><p>"
                + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";

        assertThat(imported("page.html", html, Overrides.none())).isEqualTo("Yonhap News Agency");
    }

    @Test
    void aPageWithOnlyADeclaredAddressIsNamedByItsDomain() {
        String html = "<html><head><meta property=\"og:url\" content=\"https://apnews.com/article/1\"></head><body><article><p>"
                + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";

        assertThat(imported("page.html", html, Overrides.none())).isEqualTo("Associated Press");
    }

    @Test
    void aKnownAddressTheFormatDeclaresWinsOverAnUnknownSiteName() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Example Portal\">"
                + "<meta property=\"og:url\" content=\"https://apnews.com/article/2\"></head><body><article><p>"
                + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";

        assertThat(imported("portal.html", html, Overrides.none())).isEqualTo("Associated Press");
    }

    @Test
    void anOutletFieldInJsonIsGivenItsCanonicalNameOrKeptWhenUnknown() {
        String known = "{\"title\": \"Talks\", \"outlet\": \"AP\", \"text\": " + json(STORY) + "}";
        String unknown = "{\"title\": \"Talks\", \"outlet\": \"Example Andes\", \"text\": " + json(STORY) + "}";

        assertThat(imported("known.json", known, Overrides.none())).isEqualTo("Associated Press");
        assertThat(imported("unknown.json", unknown, Overrides.none())).isEqualTo("Example Andes");
    }

    @Test
    void anOutletGivenOnTheCommandLineWinsAsWritten() {
        Overrides overrides = new Overrides(null, "Yonhap", null);

        assertThat(imported("wire.txt", "SEOUL, Sept. 14 (AP) -- " + STORY, overrides)).isEqualTo("Yonhap");
    }

    @Test
    void anOutletInTheManifestWinsAsWritten() {
        Fixtures.write(directory, "manifest.json", "{\"listed.txt\": {\"outlet\": \"Example Agency\"}}");

        assertThat(imported("listed.txt", "SEOUL, Sept. 14 (Yonhap) -- " + STORY, Overrides.none())).isEqualTo("Example Agency");
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
