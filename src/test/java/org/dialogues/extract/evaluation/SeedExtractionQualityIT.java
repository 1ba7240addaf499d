package org.dialogues.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.ReferenceData;
import org.dialogues.store.ReferenceDataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline, with the reference data of a migrated database, on the seed articles
 * and scores it against their gold reading. The seeds are not part of the repository: the test
 * is skipped when they are absent.
 */
class SeedExtractionQualityIT {

    private static TestDatabase database;
    private static Extractor extractor;

    @BeforeAll
    static void loadReferenceData() {
        database = TestDatabase.create();
        ReferenceData reference = ReferenceDataLoader.load(database.dsl());
        extractor = new Extractor(reference);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    /** ../shared/seeds from the repository root; a worktree under wt/ sits one level deeper. */
    static Optional<Path> seeds() {
        return Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"))
                .filter(p -> Files.isRegularFile(p.resolve("gold.json")))
                .findFirst();
    }

    @Test
    void seedArticlesAreExtractedCloseToTheGoldReading() throws IOException {
        Optional<Path> seeds = seeds();
        Assumptions.assumeTrue(seeds.isPresent(), "seed articles (../shared/seeds) are not available here");
        List<GoldArticle> gold = new GoldReader().read(seeds.get().resolve("gold.json"));
        Map<String, Extraction> extracted = new LinkedHashMap<>();
        GoldScorer scorer = new GoldScorer();
        for (GoldArticle article : gold) {
            String text = SeedText.withoutTrailingBoilerplate(Files.readString(seeds.get().resolve(article.file())));
            Extraction extraction = extractor.extract(ArticleInput.of(text, article.published()));
            extracted.put(article.file(), extraction);
            System.out.println("== " + article.file() + "\n" + ExtractionPrinter.print(extraction)
                    + "\n" + scorer.score(article, extraction));
        }
        GoldScorer.Report report = scorer.score(gold, extracted);
        System.out.println("== seeds overall\n" + report);

        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(0.70);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(0.70);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(0.70);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(0.60);
    }
}
