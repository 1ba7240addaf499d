package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five seed articles (read from the shared folder, never copied here): the story paragraphs
 * survive cleaning, the page furniture around them does not, and detected metadata agrees with the
 * careful human reading in gold.json whenever something is detected.
 */
class CleaningSeedArticlesTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TestFactory
    Stream<DynamicTest> everyLongParagraphOfTheStorySurvives() {
        return seedTests((seed, document, gold) -> {
            List<String> paragraphs = Files.readAllLines(seed).stream()
                    .map(PlainTextCleanerProbe::trim)
                    .filter(line -> line.length() >= 150 && line.matches(".*[.\"\u201D]$"))
                    .toList();
            assertThat(paragraphs).isNotEmpty();
            assertThat(document.text()).contains(paragraphs);
        });
    }

    @TestFactory
    Stream<DynamicTest> noShortLineOfThePageBecomesAParagraph() {
        return seedTests((seed, document, gold) -> {
            List<String> kept = List.of(document.text().split("\n\n"));
            assertThat(kept).allSatisfy(paragraph -> assertThat(paragraph.split("\\s+").length)
                    .as("words in kept paragraph: %s", paragraph)
                    .isGreaterThanOrEqualTo(6));
            assertThat(document.text()).doesNotContainIgnoringCase("comments").doesNotContain(
                    "Latest Stories", "Weekly Best", "Popular Now", "Log in", "Share it", "Quick access", "print dictionary");
        });
    }

    @TestFactory
    Stream<DynamicTest> titleIsTheHeadlineTheReaderSaw() {
        return seedTests((seed, document, gold) -> {
            JsonNode headline = gold.get("headline");
            if (headline == null || headline.isNull()) {
                assertThat(document.title()).isNull();
            } else {
                assertThat(document.title()).isEqualTo(headline.asText());
                assertThat(document.text()).doesNotStartWith(headline.asText());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDetectedPublicationDateIsTheRightOneOrNoneIsClaimed() {
        return seedTests((seed, document, gold) -> {
            if (document.published() == null) {
                assertThat(document.reviewReasons()).contains(ArticleAssembler.NO_DATE);
            } else {
                assertThat(document.published()).isEqualTo(LocalDate.parse(gold.get("published").asText()));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> datesPrintedOnTheSavedPageAreFound() {
        return seedTests((seed, document, gold) -> {
            boolean printedDate = Files.readAllLines(seed).stream().limit(8)
                    .anyMatch(line -> line.matches("(?i)(input|posted|published)?\\s*\\w+ \\d{1,2}, \\d{4}|\\d{4}-\\d{2}-\\d{2}.*"));
            if (printedDate) {
                assertThat(document.published()).isEqualTo(LocalDate.parse(gold.get("published").asText()));
            }
        });
    }

    /** A check of one seed: its file, what the reader made of it, and the human reading of it. */
    private interface SeedCheck {
        void check(Path seed, SourceDocument document, JsonNode gold) throws IOException;
    }

    private Stream<DynamicTest> seedTests(SeedCheck check) {
        Path seeds = Fixtures.seeds().orElse(null);
        assumeTrue(seeds != null, "the shared seed articles (../shared/seeds) are not present");
        JsonNode gold = readGold(seeds);
        return Fixtures.seedArticles(seeds).stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            SourceDocument document = Fixtures.accepted(reader.read(seed, Overrides.none()));
            check.check(seed, document, goldFor(gold, seed.getFileName().toString()));
        }));
    }

    private static JsonNode readGold(Path seeds) {
        try {
            return new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        } catch (IOException e) {
            throw new AssertionError("gold.json unreadable", e);
        }
    }

    private static JsonNode goldFor(JsonNode gold, String file) {
        for (JsonNode article : gold.get("articles")) {
            if (file.equals(article.get("file").asText())) {
                return article;
            }
        }
        throw new AssertionError("no gold reading for " + file);
    }

    /** Trims lines the way the cleaner does, so that seed lines can be looked up in the text. */
    private static final class PlainTextCleanerProbe {
        static String trim(String line) {
            return line.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "").replaceAll("[ \\t\\u00A0]{2,}", " ");
        }
    }
}
