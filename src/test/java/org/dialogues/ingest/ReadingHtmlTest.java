package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingHtmlTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path directory;

    @Test
    void mainTextBecomesParagraphsWithoutNavigationOrFooter() {
        SourceDocument document = Fixtures.accepted(reader.read(Fixtures.copy("page.html", directory), Overrides.none()));

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.text().split("\n\n")).hasSize(4);
        assertThat(document.text())
                .startsWith("South Korea and the Netherlands held their first cyber policy dialogue")
                .doesNotContain("Home", "Politics", "Most read", "Markets rally", "All rights reserved", "<p>");
    }

    @Test
    void metadataComesFromMetaTags() {
        SourceDocument document = Fixtures.accepted(reader.read(Fixtures.copy("page.html", directory), Overrides.none()));

        assertThat(document.title()).isEqualTo("Korea, Netherlands open cyber dialogue");
        assertThat(document.url()).isEqualTo("https://news.example.org/politics/2024/05/21/korea-netherlands-cyber");
        assertThat(document.outlet()).isEqualTo("Example Times");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 5, 21));
        assertThat(document.publishedPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.reviewReasons()).isEmpty();
    }

    @Test
    void canonicalLinkAndTimeElementServeWhenOpenGraphIsMissing() {
        Path file = Fixtures.write(directory, "plain.htm", """
                <html><head><title>Talks in Canberra</title>
                <link rel="canonical" href="https://example.au/news/talks-in-canberra"></head>
                <body><article><h1>Talks in Canberra</h1><time datetime="2023-08-14">14 August 2023</time>
                <p>Australia and South Korea held their annual foreign and defence ministers' meeting in Canberra on Monday, and agreed to deepen cooperation on critical minerals and maritime security in the region.</p>
                <p>The ministers also discussed North Korea's missile launches and agreed to keep coordinating sanctions enforcement with partners in the region.</p>
                </article></body></html>
                """);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.url()).isEqualTo("https://example.au/news/talks-in-canberra");
        assertThat(document.published()).isEqualTo(LocalDate.of(2023, 8, 14));
        assertThat(document.title()).isEqualTo("Talks in Canberra");
    }

    @Test
    void aTxtFileHoldingAnHtmlPageIsReadAsHtml() {
        Path file = Fixtures.write(directory, "saved.txt", Fixtures.text("page.html"));

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.text()).doesNotContain("<p>");
    }

    @Test
    void aPageWithoutMainTextIsRejected() {
        String message = Fixtures.rejection(reader.read(Fixtures.copy("navigation-only.html", directory), Overrides.none()));

        assertThat(message).contains("navigation-only.html", "no main text");
    }
}
