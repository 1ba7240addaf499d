package org.dialogues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dialogues.cli.CommandRunner;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.evaluation.GoldArticle;
import org.dialogues.extract.evaluation.GoldReader;
import org.dialogues.extract.evaluation.GoldScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction on articles nobody tuned it on: the held-out set in src/test/resources/holdout
 * (written for the project by a different author than the samples, and never read while the
 * extractor was developed). Imported as saved, exported, scored against holdout-gold.json. The floors
 * guard against regressions; the figures themselves are in the README.
 */
class HoldoutQualityIT {

    private static final Path ARTICLES = Path.of("src", "test", "resources", "holdout", "articles");
    private static final Path GOLD = Path.of("src", "test", "resources", "holdout-gold.json");

    @TempDir
    Path work;

    @Test
    void theHeldOutArticlesAreExtractedAboveTheRecordedFloors() throws Exception {
        try (TestDatabase db = TestDatabase.createEmpty()) {
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);
            CommandRunner.Result imported = cli.run("import", ARTICLES.toAbsolutePath().toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();

            Path export = work.resolve("export.json");
            assertThat(cli.run("export", "--out", export.toString()).exitCode()).isZero();
            JsonNode root = new ObjectMapper().readTree(export.toFile());
            List<GoldArticle> gold = new GoldReader().read(GOLD);
            GoldScorer.Report report = new GoldScorer().score(gold, SeedExportQualityIT.extractionsByFile(root));
            System.out.println("Held-out export scored against holdout-gold.json:\n" + report);

            assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(QualityTargets.HOLDOUT_MEETINGS_F1);
            assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(QualityTargets.HOLDOUT_PARTICIPANTS_F1);
            assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(QualityTargets.HOLDOUT_COMMITMENTS_F1);
        }
    }
}
