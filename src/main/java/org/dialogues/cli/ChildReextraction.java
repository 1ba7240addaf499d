package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.store.ImportBatches;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.EXTRACTION_DIGEST;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;

/**
 * {@code dialogues reextract --resume} run in a JVM of its own (as {@code bin/dialogues} starts it,
 * -Xmx2g) on a database home, so that its peak resident memory is the command's alone, not that of
 * the benchmark that already holds CoreNLP. The benchmark first records an interrupted
 * re-extraction that stopped after {@code afterArticleId}: the child then re-extracts only the
 * articles after it (the real articles imported last, whose annotations are stored), which is how
 * a slice of a big archive is timed without annotating its synthetic articles.
 */
final class ChildReextraction {

    /** What the child did: articles re-extracted, the run's own time (from its batch row), its wall time and peak RSS. */
    record Result(int articles, double runSeconds, double wallSeconds, long peakRssMegabytes, int exitCode, String lastLine) {

        double articlesPerSecond() {
            return articles / runSeconds;
        }
    }

    private ChildReextraction() {
    }

    /**
     * Makes the next {@code reextract --resume} start after this article (the database must be
     * open), and forgets the extraction digests of the articles after it, so that each one's facts
     * are written again (support withdrawn, found again, the rest pruned), as after a rule change.
     */
    static void resumeAfter(Database database, long afterArticleId) {
        database.dsl().deleteFrom(EXTRACTION_DIGEST).where(EXTRACTION_DIGEST.ARTICLE_ID.gt(afterArticleId)).execute();
        ImportBatches batches = new ImportBatches(database.dsl());
        long batch = batches.start("reextract", List.of(), "benchmark");
        batches.progress(batch, afterArticleId);
        batches.finishInterrupted(batch, new ImportBatches.Counts(0, 0, 0, 0, 0));
    }

    /** Runs it on {@code home} (no other process may have its database open) and reads what it did. */
    static Result run(Path home, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "reextract", "--resume"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DIALOGUES_HOME", home.toString());
        long start = System.nanoTime();
        try {
            Process child = builder.start();
            long peak = 0;
            while (!child.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakRssKilobytes(child.pid()).orElse(0L));   // VmHWM only grows; the last read is within 200 ms of exit
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<String> lines = Files.readAllLines(log);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            try (Database database = Database.open(DatabaseSettings.embedded(home))) {
                var batch = database.dsl().selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.COMMAND.like("reextract%"))
                        .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOne();
                OffsetDateTime finished = batch.getFinishedAt() == null ? batch.getStartedAt() : batch.getFinishedAt();
                double run = Duration.between(batch.getStartedAt(), finished).toNanos() / 1e9;
                return new Result(batch.getImported(), run, wall, peak / 1024, child.exitValue(), last);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the re-extraction ran", e);
        }
    }

    /** The process's peak resident set (VmHWM in /proc/PID/status), while it lives. */
    private static Optional<Long> peakRssKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads, or this is not Linux
        }
        return Optional.empty();
    }
}
