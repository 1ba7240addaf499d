package org.dialogues.ingest;

import org.dialogues.DialoguesException;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.NewArticle;
import org.dialogues.store.StoreResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The import use case: read every file under the given paths, extract, and store each article in
 * its own transaction. A bad file is reported in one line and the rest goes on; the batch is
 * logged in {@code import_batch} with its counts and outcome.
 */
public final class Importer {

    /** Hears about progress, for a progress bar and one-line problem reports. */
    public interface Listener {
        default void started(int files) {}

        default void problem(String source, String message) {}

        /** Something the archivist should know that rejects nothing (a manifest row naming a missing file). */
        default void warning(String source, String message) {}

        default void fileDone(Path file) {}

        default void finished() {}
    }

    /** What one import run did. */
    public record Summary(long batchId, int seen, int imported, int duplicates, int failed, int flagged,
                          List<String> nothingFound) {
        public Summary {
            nothingFound = List.copyOf(nothingFound);
        }
    }

    /**
     * The database stopped or filled up during the import: nothing more could be stored. The message
     * says what happened and how many articles were stored; the summary counts what was done.
     */
    public static final class AbortedException extends DialoguesException {
        private static final long serialVersionUID = 1L;
        private final transient Summary summary;

        AbortedException(String message, Summary summary, Throwable cause) {
            super(Category.UNAVAILABLE, message, cause);
            this.summary = summary;
        }

        public Summary summary() {
            return summary;
        }
    }

    /** Extraction is CPU-bound: one worker per core, at most {@link #QUEUE} prepared files waiting for the store. */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    static final int QUEUE = THREADS * 8;

    private final ArticleReader reader;
    private final Function<ArticleInput, Extraction> extractor;
    private final KnowledgeStore store;
    private final ImportBatches batches;
    private final Duration timeBudget;

    public Importer(ArticleReader reader, Function<ArticleInput, Extraction> extractor, KnowledgeStore store, ImportBatches batches) {
        this(reader, extractor, store, batches, ReadLimits.DEFAULT_TIME_BUDGET);
    }

    /** An importer that rejects a file taking longer than {@code timeBudget} to read, or an article to extract. */
    public Importer(ArticleReader reader, Function<ArticleInput, Extraction> extractor, KnowledgeStore store, ImportBatches batches,
                    Duration timeBudget) {
        this.reader = reader;
        this.extractor = extractor;
        this.store = store;
        this.batches = batches;
        this.timeBudget = timeBudget;
    }

    public Summary importPaths(List<Path> paths, Overrides overrides, String user, Listener listener) {
        ArticleReader.Listing listing;
        try {
            listing = reader.list(paths);
        } catch (IngestException e) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, e.getMessage(), e);
        }
        List<Path> files = listing.files();
        long batchId = batches.start("import", paths.stream().map(Path::toString).toList(), user);
        Tally tally = new Tally();
        listener.started(files.size());
        listing.warnings().forEach(warning -> listener.warning(warning.source(), warning.message()));
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        TimeBudget budget = new TimeBudget(timeBudget);
        RuntimeException aborted = null;
        try {
            for (ArticleReader.Skipped skipped : listing.skipped()) {
                tally.seen++;
                fail(batchId, tally, listener, skipped.source(), skipped.message());
            }
            // Reading and extraction are pure and run on every core; each worker takes the next file
            // and hands what it prepared to the store through a bounded queue, in the order files
            // finish. No worker waits for a slow file ahead of it, and none runs more than QUEUE
            // files ahead of the store, so memory stays bounded.
            BlockingQueue<Done> done = new ArrayBlockingQueue<>(QUEUE);
            AtomicInteger next = new AtomicInteger();
            for (int i = 0; i < THREADS; i++) {
                workers.execute(() -> prepareFiles(files, next, overrides, budget, done));
            }
            for (int stored = 0; stored < files.size(); stored++) {
                Done file = take(done);
                for (Prepared prepared : file.prepared()) {
                    store(prepared, batchId, tally, listener);
                }
                listener.fileDone(file.file());
                tally.filesDone++;
            }
        } catch (RuntimeException e) {
            aborted = StoreFailures.fatal(e).<RuntimeException>map(what -> aborted(what, tally, batchId, files.size(), e)).orElse(e);
            throw aborted;
        } finally {
            workers.shutdownNow();
            budget.close();
            finish(batchId, tally, aborted);
            listener.finished();
        }
        return new Summary(batchId, tally.seen, tally.imported, tally.duplicates, tally.failed, tally.flagged, tally.nothingFound);
    }

    private AbortedException aborted(String what, Tally tally, long batchId, int files, RuntimeException cause) {
        Summary summary = new Summary(batchId, tally.seen, tally.imported, tally.duplicates, tally.failed, tally.flagged, tally.nothingFound);
        String fix = what.startsWith("the database's disk is full")
                ? "free disk space and run the import again" : "check that the server is running and run the import again";
        return new AbortedException("the import stopped: " + what + "; " + tally.imported + " article(s) were stored before that,"
                + " each whole, from " + tally.filesDone + " of " + files + " file(s); " + fix
                + " (stored articles are skipped as duplicates)", summary, cause);
    }

    /** Logs the batch's counts; after the database failed this may fail too, which must not hide what happened. */
    private void finish(long batchId, Tally tally, RuntimeException aborted) {
        if (aborted != null && StoreFailures.serverGone(aborted)) {
            return;   // the pool would wait for a connection in vain; the batch stays "running" in the log
        }
        try {
            batches.finish(batchId, tally.counts());
        } catch (RuntimeException e) {
            if (aborted == null) {
                throw e;
            }
            aborted.addSuppressed(e);
        }
    }

    /** A file's articles as a worker prepared them, or what went wrong in the worker. */
    private record Done(Path file, List<Prepared> prepared, RuntimeException failure) {}

    /** A worker: prepares the next file not taken yet until none is left, or until the import is stopped. */
    private void prepareFiles(List<Path> files, AtomicInteger next, Overrides overrides, TimeBudget budget, BlockingQueue<Done> done) {
        try {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                Path file = files.get(i);
                Done prepared;
                try {
                    prepared = new Done(file, prepare(file, overrides, budget), null);
                } catch (RuntimeException e) {
                    prepared = new Done(file, List.of(), e);
                } catch (Error e) {   // the store must hear of it, or it would wait for this file for ever
                    prepared = new Done(file, List.of(), new IllegalStateException(e));
                }
                done.put(prepared);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // the import stopped: shutdownNow
        }
    }

    /** The next prepared file; a worker's runtime exception as it was thrown there. */
    private static Done take(BlockingQueue<Done> done) {
        Done file = Workers.await(done::take, "the import");
        if (file.failure() != null) {
            throw file.failure();
        }
        return file;
    }

    /** One article (or rejected record) of a file, read and, unless already stored, extracted. */
    private record Prepared(ReadResult result, Extraction extraction, String failure) {}

    private List<Prepared> prepare(Path file, Overrides overrides, TimeBudget budget) {
        List<ReadResult> results;
        try {
            results = budget.run(() -> reader.read(file, overrides));
        } catch (TimeBudget.OverBudgetException e) {
            return List.of(new Prepared(ArticleAssembler.rejected(file.toString(), e.getMessage()), null, null));
        }
        List<Prepared> prepared = new ArrayList<>();
        for (ReadResult result : results) {
            if (!(result instanceof ReadResult.Accepted accepted) || store.contains(accepted.document().sha256())) {
                prepared.add(new Prepared(result, null, null));
                continue;
            }
            SourceDocument document = accepted.document();
            try {
                prepared.add(new Prepared(result, budget.run(() -> extractor.apply(new ArticleInput(document.text(),
                        document.published(), document.publishedPrecision(), document.title()))), null));
            } catch (TimeBudget.OverBudgetException e) {
                prepared.add(new Prepared(result, null, document.source() + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                prepared.add(new Prepared(result, null, document.source() + ": extraction failed: " + oneLine(e)));
            }
        }
        return prepared;
    }

    private void store(Prepared prepared, long batchId, Tally tally, Listener listener) {
        tally.seen++;
        if (prepared.result() instanceof ReadResult.Rejected rejected) {
            fail(batchId, tally, listener, rejected.source(), rejected.message());
            return;
        }
        SourceDocument document = ((ReadResult.Accepted) prepared.result()).document();
        if (prepared.failure() != null) {
            fail(batchId, tally, listener, document.source(), prepared.failure());
            return;
        }
        if (prepared.extraction() == null) {
            tally.duplicates++;   // already stored when it was read
            return;
        }
        try {
            count(store.store(newArticle(document), prepared.extraction(), batchId), document, tally);
        } catch (RuntimeException e) {
            if (StoreFailures.fatal(e).isPresent()) {
                tally.seen--;   // not this article's fault: the import stops, and a re-run stores it
                throw e;
            }
            fail(batchId, tally, listener, document.source(), document.source() + ": not stored: " + StoreFailures.oneLine(e));
        }
    }

    private static void count(StoreResult stored, SourceDocument document, Tally tally) {
        if (stored instanceof StoreResult.Imported imported) {
            tally.imported++;
            if (imported.foundNothing()) {
                tally.nothingFound.add(document.source());
            }
            if (imported.foundNothing() || document.needsReview()) {
                tally.flagged++;
            }
        } else {
            tally.duplicates++;
        }
    }

    private void fail(long batchId, Tally tally, Listener listener, String source, String message) {
        tally.failed++;
        batches.problem(batchId, source, message);
        listener.problem(source, message);
    }

    /** The article to store for a document read from a file. */
    public static NewArticle newArticle(SourceDocument d) {
        return new NewArticle(d.sha256(), d.original(), d.encoding(), d.mediaType(), d.text(), d.title(), d.outlet(),
                d.url(), d.fileName(), d.published(), d.publishedPrecision(), d.language(), d.reviewReasons());
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static final class Tally {
        int seen;
        int imported;
        int duplicates;
        int failed;
        int flagged;
        int filesDone;
        final List<String> nothingFound = new ArrayList<>();

        ImportBatches.Counts counts() {
            return new ImportBatches.Counts(seen, imported, duplicates, failed, flagged);
        }
    }
}
