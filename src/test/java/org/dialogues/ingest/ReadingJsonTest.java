package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingJsonTest {

    private final ArticleReader reader = new ArticleReader(new ReadLimits(1_000_000, 100));

    @TempDir
    Path directory;

    @Test
    void aSingleObjectIsOneArticleWithItsFields() {
        Path file = Fixtures.copy("article.json", directory);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.source()).isEqualTo(file.toString());
        assertThat(document.fileName()).isEqualTo("article.json");
        assertThat(document.mediaType()).isEqualTo("application/json");
        assertThat(document.title()).isEqualTo("Korea and Chile discuss space cooperation");
        assertThat(document.url()).isEqualTo("https://example.cl/space");
        assertThat(document.outlet()).isEqualTo("Example Andes");
        assertThat(document.published()).isEqualTo(LocalDate.of(2025, 2, 4));
        assertThat(document.text()).startsWith("South Korea and Chile held talks on space cooperation in Santiago");
        assertThat(document.original()).isEqualTo(Fixtures.bytes("article.json"));
    }

    @Test
    void anArrayGivesOneArticlePerObjectEachWithItsOwnBytes() {
        Path file = Fixtures.copy("articles.json", directory);

        List<ReadResult> results = reader.read(file, Overrides.none());

        assertThat(results).hasSize(2).allMatch(ReadResult.Accepted.class::isInstance);
        SourceDocument first = ((ReadResult.Accepted) results.get(0)).document();
        SourceDocument second = ((ReadResult.Accepted) results.get(1)).document();
        assertThat(first.source()).isEqualTo(file + "#1");
        assertThat(second.source()).isEqualTo(file + "#2");
        assertThat(new String(first.original(), StandardCharsets.UTF_8))
                .startsWith("{").endsWith("}").contains("Korea and Sweden").doesNotContain("Poland");
        assertThat(new String(second.original(), StandardCharsets.UTF_8)).contains("Poland").doesNotContain("Sweden");
    }

    @Test
    void paragraphsOfATextFieldAreKept() {
        SourceDocument first = ((ReadResult.Accepted) reader.read(Fixtures.copy("articles.json", directory), Overrides.none())
                .get(0)).document();

        assertThat(first.text().split("\n\n")).hasSize(2);
    }

    @Test
    void htmlInABodyFieldBecomesText() {
        SourceDocument second = ((ReadResult.Accepted) reader.read(Fixtures.copy("articles.json", directory), Overrides.none())
                .get(1)).document();

        assertThat(second.title()).isEqualTo("Korea, Poland review arms deals");
        assertThat(second.text()).doesNotContain("<p>", "</p>")
                .contains("met in Warsaw on Friday")
                .contains("\n\nThe two sides agreed to set up a working group");
    }

    @Test
    void aMonthOnlyPublishedValueHasMonthPrecision() {
        SourceDocument second = ((ReadResult.Accepted) reader.read(Fixtures.copy("articles.json", directory), Overrides.none())
                .get(1)).document();

        assertThat(second.published()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(second.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void anUnreadablePublishedValueIsFlaggedNotGuessed() {
        Path file = Fixtures.write(directory, "odd-date.json", """
                {"title": "Talks", "published": "last Tuesday", "text": "The foreign ministers of the two countries met in Seoul and agreed to hold regular consultations on economic security and supply chains."}
                """);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.published()).isNull();
        assertThat(document.reviewReasons()).contains("the published value \"last Tuesday\" is not a date", "no publication date found");
    }

    @Test
    void truncatedJsonIsRejectedSayingWhere() {
        String message = Fixtures.rejection(reader.read(Fixtures.copy("truncated.json", directory), Overrides.none()));

        assertThat(message).contains("truncated.json", "truncated JSON", "line 2, column");
    }

    @Test
    void malformedJsonIsRejectedSayingWhere() {
        String message = Fixtures.rejection(reader.read(Fixtures.copy("malformed.json", directory), Overrides.none()));

        assertThat(message).contains("malformed.json", "malformed JSON at line 1, column 40");
        assertThat(message).doesNotContain("\n");
    }

    @Test
    void aRecordWithoutTextIsRejected() {
        String message = Fixtures.rejection(reader.read(Fixtures.copy("no-text.json", directory), Overrides.none()));

        assertThat(message).contains("no-text.json", "no text");
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejectedAlone() {
        Path file = Fixtures.write(directory, "mixed.json", "[\"just a string\", " + Fixtures.text("article.json") + "]");

        List<ReadResult> results = reader.read(file, Overrides.none());

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Rejected.class,
                rejected -> assertThat(rejected.message()).contains("#1", "not an object"));
        assertThat(results.get(1)).isInstanceOf(ReadResult.Accepted.class);
    }

    @Test
    void jsonIsRecognizedByContentWhateverTheExtension() {
        Path file = Fixtures.write(directory, "export.dat", Fixtures.text("article.json"));

        assertThat(Fixtures.accepted(reader.read(file, Overrides.none())).mediaType()).isEqualTo("application/json");
    }

    @Test
    void aLanguageCodeIsKeptAndAnythingElseFallsBackToTheScriptOfTheText() {
        String text = "The foreign ministers of the two countries met in Seoul and agreed to hold regular consultations on economic security.";
        Path coded = Fixtures.write(directory, "coded.json", "{\"language\": \"ko-KR\", \"text\": \"" + text + "\"}");
        Path named = Fixtures.write(directory, "named.json", "{\"language\": \"English\", \"text\": \"" + text + "\"}");

        assertThat(Fixtures.accepted(reader.read(coded, Overrides.none())).language()).isEqualTo("ko");
        assertThat(Fixtures.accepted(reader.read(named, Overrides.none())).language()).isEqualTo("en");
    }
}
