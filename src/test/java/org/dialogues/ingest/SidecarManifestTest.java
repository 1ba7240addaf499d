package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarManifestTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path directory;

    @Test
    void aJsonManifestOverridesWhatTheTextShows() {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Fixtures.write(directory, "manifest.json", """
                {"saved-page.txt": {"url": "https://example.kr/a/1", "outlet": "Example Agency",
                                    "published": "2024-10-03", "title": "Korea, Canada expand Arctic cooperation"}}
                """);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.url()).isEqualTo("https://example.kr/a/1");
        assertThat(document.outlet()).isEqualTo("Example Agency");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(document.title()).isEqualTo("Korea, Canada expand Arctic cooperation");
    }

    @Test
    void aCsvManifestSuppliesWhatTheTextLacks() {
        Path file = Fixtures.copy("dateline-without-year.txt", directory);
        Fixtures.write(directory, "manifest.csv", """
                file,url,outlet,published,title
                dateline-without-year.txt,https://example.kr/navy/2,,2024-06,
                other.txt,https://example.kr/x,Somebody,2020-01-01,Other
                """);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.url()).isEqualTo("https://example.kr/navy/2");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(document.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(document.outlet()).isEqualTo("Yonhap");
        assertThat(document.title()).isEqualTo("Two navies plan a combined exercise");
        assertThat(document.reviewReasons()).isEmpty();
    }

    @Test
    void overridesWinOverTheManifest() {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Fixtures.write(directory, "manifest.json", """
                {"saved-page.txt": {"url": "https://example.kr/a/1", "outlet": "Example Agency", "published": "2024-10-03"}}
                """);

        SourceDocument document = Fixtures.accepted(reader.read(file,
                new Overrides("https://override.example/b", null, LocalDate.of(2024, 10, 4))));

        assertThat(document.url()).isEqualTo("https://override.example/b");
        assertThat(document.outlet()).isEqualTo("Example Agency");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 10, 4));
        assertThat(document.publishedPrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aFileTheManifestDoesNotListKeepsWhatWasDetected() {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Fixtures.write(directory, "manifest.json", "{\"other.txt\": {\"outlet\": \"Somebody\"}}");

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.outlet()).isEqualTo("Yonhap");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 10, 2));
    }

    @Test
    void aBrokenManifestRejectsTheFilesItDescribesInsteadOfImportingThemWithoutIt() {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Fixtures.write(directory, "manifest.json", "{\"saved-page.txt\": {\"url\": ");

        String message = Fixtures.rejection(reader.read(file, Overrides.none()));

        assertThat(message).contains("saved-page.txt", "manifest.json", "malformed JSON at line 1");
    }

    @Test
    void aManifestDateThatIsNoDateIsReported() {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Fixtures.write(directory, "manifest.csv", "file,published\nsaved-page.txt,someday\n");

        assertThat(Fixtures.rejection(reader.read(file, Overrides.none()))).contains("manifest.csv", "\"someday\"", "not a date");
    }
}
