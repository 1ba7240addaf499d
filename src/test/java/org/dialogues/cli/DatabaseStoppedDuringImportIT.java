package org.dialogues.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dialogues.ingest.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL server stops in the middle of an import (a fast shutdown, as {@code pg_ctl stop}
 * or a system shutdown gives): one line says so and how much was stored, the exit code is 3, a
 * summary is printed, and once the server is back a re-run stores the rest.
 */
class DatabaseStoppedDuringImportIT {

    private static final int FILES = 40;

    @TempDir
    Path work;

    @Test
    void theImportEndsWithOneLineExitThreeAndASummaryAndARerunCompletes() throws Exception {
        Path folder = Files.createDirectory(work.resolve("batch"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("story-%02d.txt", i)),
                    HostileInputs.STORY.replace("fifth", (i + 5) + "th").replace("Canberra", "Canberra (round " + i + ")"));
        }
        Path data = Files.createDirectory(work.resolve("pgdata"));
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = server.getPort();
        String url = server.getJdbcUrl("postgres", "postgres");
        CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", url, "DIALOGUES_DB_USER", "postgres"), work);

        CompletableFuture<CommandRunner.Result> running = CompletableFuture.supplyAsync(() -> cli.run("import", folder.toString()));
        awaitArticles(url, 3, running);
        server.close();   // fast shutdown: open transactions are cut off
        CommandRunner.Result stopped = running.get(3, TimeUnit.MINUTES);

        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(stopped.err().lines()).as(stopped.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("dialogues: the import stopped: the database server stopped or cannot be reached (")
                .containsPattern("; \\d+ article\\(s\\) were stored before that, each whole, from \\d+ of 40 file\\(s\\); ")
                .endsWith("check that the server is running and run the import again (stored articles are skipped as duplicates)"));
        assertThat(stopped.out()).containsPattern("Imported \\d+, duplicates 0, failed 0");

        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start()) {
            int before = articles(url);
            CommandRunner.Result rerun = cli.run("import", folder.toString());
            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(rerun.out()).contains("Imported " + (FILES - before) + ", duplicates " + before + ", failed 0");
            assertThat(articles(url)).isEqualTo(FILES);
        }
    }

    private static void awaitArticles(String url, int count, CompletableFuture<?> running) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !running.isDone()) {
            try {
                if (articles(url) >= count) {
                    return;
                }
            } catch (SQLException e) {
                // not migrated yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not store " + count + " articles in time: " + (running.isDone() ? running.get() : "still running"));
    }

    private static int articles(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from article")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
