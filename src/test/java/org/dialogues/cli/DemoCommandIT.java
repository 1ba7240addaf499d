package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.MEETING;

/** The Quick start's first command: samples in, what was extracted printed, reports out; twice is once. */
class DemoCommandIT {

    @TempDir
    Path work;

    @Test
    void theDemoImportsTheSamplesWritesTheReportsAndIsIdempotent() throws Exception {
        try (TestDatabase db = TestDatabase.createEmpty()) {
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);

            CommandRunner.Result first = cli.run("demo");
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.out()).containsPattern("Sample articles: \\d+ imported, 0 already there, 0 failed")
                    .containsPattern("\\d+ meetings extracted")
                    .contains("Reports:");
            try (var reports = Files.list(work.resolve("out"))) {
                assertThat(reports.map(p -> p.getFileName().toString()).toList())
                        .contains("partner-US.pdf", "commitments.pdf")
                        .anyMatch(name -> name.matches("quarterly-\\d{4}-Q[1-4]\\.pdf"));
            }
            int articles = db.dsl().fetchCount(ARTICLE);
            int meetings = db.dsl().fetchCount(MEETING);
            int commitments = db.dsl().fetchCount(COMMITMENT);

            CommandRunner.Result second = cli.run("demo");
            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).contains("Sample articles: 0 imported, " + articles + " already there");
            assertThat(db.dsl().fetchCount(MEETING)).isEqualTo(meetings);
            assertThat(db.dsl().fetchCount(COMMITMENT)).isEqualTo(commitments);
        }
    }
}
