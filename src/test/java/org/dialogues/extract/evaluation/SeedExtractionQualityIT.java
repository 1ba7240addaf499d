package org.dialogues.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.store.ReferenceDataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline, with the reference data of a migrated database, on articles with a
 * gold reading and scores it: the five seed articles (not part of the repository: skipped when
 * absent), the sample articles of src/main/resources/samples and the development articles of
 * src/test/resources/devset and src/test/resources/shapes.
 *
 * <p>On the seeds the thresholds are the targets (meetings F1 0.90, participants F1 0.95,
 * commitments F1 0.85, start dates 0.90; one seed has no publication date at all, and its year comes
 * from the yearly numbering of a series edition it names "this year"). On the samples and the
 * development set the thresholds are a little under what is reached today: raise them as the
 * extractor improves.
 */
class SeedExtractionQualityIT {

    private static TestDatabase database;
    private static ExtractionQualityRun run;
    private final GoldScorer scorer = new GoldScorer();

    @BeforeAll
    static void loadReferenceData() {
        database = TestDatabase.create();
        run = new ExtractionQualityRun(new Extractor(ReferenceDataLoader.load(database.dsl())));
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
    void seedArticlesAreExtractedCloseToTheGoldReading() {
        Optional<Path> seeds = seeds();
        Assumptions.assumeTrue(seeds.isPresent(), "seed articles (../shared/seeds) are not available here");
        GoldScorer.Report report = measure("seeds", seeds.get(), seeds.get().resolve("gold.json"));

        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void sampleArticlesAreExtractedCloseToTheGoldReading() {
        Path samples = Path.of("src", "main", "resources", "samples", "articles");
        Path gold = Path.of("src", "test", "resources", "samples-gold.json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "samples gold reading is not available");
        GoldScorer.Report report = measure("samples", samples, gold);

        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(0.80);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(0.88);
    }

    /**
     * Fourteen development articles written after the samples, to steer the extractor towards
     * constructions the samples lack (back-references, landmarks as venues, dateline cities).
     */
    @Test
    void developmentArticlesAreExtractedCloseToTheGoldReading() {
        Path articles = Path.of("src", "test", "resources", "devset", "articles");
        Path gold = Path.of("src", "test", "resources", "devset-gold.json");
        GoldScorer.Report report = measure("devset", articles, gold);

        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(0.78);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(0.82);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Fourteen articles written for real-world shapes the other sets lack (announcements, readouts,
     * numbered statements, calls, sidelines, several meetings per story, working-level rounds,
     * cancellations, relative dates). Thresholds are a little under what is reached today.
     */
    @Test
    void shapeArticlesAreExtractedCloseToTheGoldReading() {
        Path articles = Path.of("src", "test", "resources", "shapes", "articles");
        Path gold = Path.of("src", "test", "resources", "shapes-gold.json");
        GoldScorer.Report report = measure("shapes", articles, gold);

        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(0.76);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(0.72);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(0.74);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(0.80);
    }

    private GoldScorer.Report measure(String name, Path articles, Path goldFile) {
        List<GoldArticle> gold = new GoldReader().read(goldFile);
        Map<String, Extraction> extracted = run.extract(articles, gold);
        System.out.println(ExtractionQualityRun.report(gold, extracted, scorer));
        GoldScorer.Report report = scorer.score(gold, extracted);
        System.out.println("== " + name + " overall\n" + report);
        return report;
    }
}
