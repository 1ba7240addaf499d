package org.dialogues.ingest;

import org.dialogues.DialoguesException;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.StoreResult;
import org.dialogues.store.StoredArticle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The re-extraction use case: run the current rules again over every stored article. Each article's
 * stored linguistic annotation is read back when it is of the current annotator version, so only the
 * rules run; with {@code reannotate} (or no valid annotation) the text is annotated again. Each
 * article is stored in its own transaction, keeping rows archivists entered or corrected by hand.
 *
 * <p>Three things overlap: the next page of articles is read from the database (keyset paging by
 * id, never the whole archive) while the current one is extracted on every core, and the calling
 * thread stores results in article order as soon as each is ready. Between one and two pages are
 * in flight, so workers never wait for the store to drain a whole page and memory stays bounded
 * whatever the archive's size. Because articles are stored in id order, the run records after each
 * page how far it got; an interrupted run is resumed from there ({@code resume}), and a plain
 * rerun skips writing what is unchanged (the extraction digest).
 */
public final class Reextraction {

    /** What one re-extraction run did, and where its time went. */
    public record Summary(int articles, int reextracted, int reannotated, int nothingFound, int failed, int unchanged, Timings timings) {}

    /**
     * Time spent per step: reading articles and annotations from the database (on the reading
     * thread), extraction summed over the workers (of it, reading the annotation back into the
     * linguistic layer), and storing (on the storing thread). Reading and extraction overlap with
     * storing, so the parts add up to more than the wall time.
     */
    public record Timings(Duration reading, Duration extraction, Duration linguistic, Duration storing) {}

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int CHUNK = THREADS * 16;
    private static final String LINGUISTIC_STAGE = "LinguisticStage";

    private final Function<ArticleInput, Extraction> extractor;
    private final String annotatorVersion;
    private final KnowledgeStore store;
    private final ImportBatches batches;

    public Reextraction(Function<ArticleInput, Extraction> extractor, String annotatorVersion, KnowledgeStore store,
            ImportBatches batches) {
        this.extractor = extractor;
        this.annotatorVersion = annotatorVersion;
        this.store = store;
        this.batches = batches;
    }

    /** An article on its way through: its extraction is computed by a worker. */
    private record Pending(StoredArticle article, Future<Extraction> extraction) {}

    /** Re-extracts every stored article. */
    public Summary run(boolean reannotate, String user, Importer.Listener listener) {
        return run(reannotate, false, user, listener);
    }

    /**
     * Re-extracts the stored articles in id order; with {@code resume}, only those after the last
     * one the latest re-extraction did, when that run was interrupted. How far the run got is
     * recorded as it goes, so a killed run can be resumed too.
     */
    public Summary run(boolean reannotate, boolean resume, String user, Importer.Listener listener) {
        long after = resume ? batches.resumePoint().orElse(0L) : 0L;
        int total = store.articleCount(after);
        long batchId = batches.start(reannotate ? "reextract --reannotate" : "reextract", List.of(), user);
        int[] counts = new int[5];   // re-extracted, re-annotated, nothing found, failed, unchanged
        Clocks clocks = new Clocks();
        listener.started(total);
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        long lastDone = after;
        boolean completed = false;
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            Future<List<StoredArticle>> reading = read(reader, after, reannotate, clocks);
            while (true) {
                if (reading != null && inFlight.size() < CHUNK) {
                    List<StoredArticle> page = Workers.await(reading, "re-extraction");
                    // the next page is read at once, while this one is extracted
                    reading = page.size() < CHUNK ? null : read(reader, page.get(page.size() - 1).id(), reannotate, clocks);
                    for (StoredArticle article : page) {
                        inFlight.add(new Pending(article, workers.submit(() -> extract(article, clocks))));
                    }
                    continue;
                }
                Pending next = inFlight.poll();
                if (next == null) {
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {   // Ctrl-C in a caller that interrupts, or a test
                    throw new DialoguesException(DialoguesException.Category.UNEXPECTED_STATE, "re-extraction was interrupted");
                }
                reextract(next.article(), next.extraction(), batchId, counts, listener, clocks);
                lastDone = next.article().id();
                if (counts[0] + counts[3] == total || (counts[0] + counts[3]) % CHUNK == 0) {
                    batches.progress(batchId, lastDone);   // once a page: a killed run redoes at most that
                }
            }
            completed = true;
        } finally {
            workers.shutdownNow();
            reader.shutdownNow();
            // an interrupted thread could not wait for a pooled connection to record how far it got
            boolean interrupted = Thread.interrupted();
            ImportBatches.Counts done = new ImportBatches.Counts(counts[0] + counts[3], counts[0], 0, counts[3], counts[2]);
            if (completed) {
                batches.finish(batchId, done);
            } else {
                batches.progress(batchId, lastDone);
                batches.finishInterrupted(batchId, done);
            }
            listener.finished();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return new Summary(total, counts[0], counts[1], counts[2], counts[3], counts[4], clocks.timings());
    }

    private Future<List<StoredArticle>> read(ExecutorService reader, long afterId, boolean reannotate, Clocks clocks) {
        return reader.submit(() -> {
            long start = System.nanoTime();
            List<StoredArticle> articles = store.articlesAfter(afterId, CHUNK, reannotate ? null : annotatorVersion);
            clocks.reading.addAndGet(System.nanoTime() - start);
            return articles;
        });
    }

    private Extraction extract(StoredArticle article, Clocks clocks) {
        long start = System.nanoTime();
        Extraction extraction = extractor.apply(new ArticleInput(article.text(), article.published(),
                article.publishedPrecision(), article.title(), article.annotation()));
        clocks.extraction.addAndGet(System.nanoTime() - start);
        Duration linguistic = extraction.stageTimes().get(LINGUISTIC_STAGE);
        clocks.linguistic.addAndGet(linguistic == null ? 0 : linguistic.toNanos());
        return extraction;
    }

    private void reextract(StoredArticle article, Future<Extraction> pending, long batchId, int[] counts,
            Importer.Listener listener, Clocks clocks) {
        String source = article.sourceFile() == null ? "article " + article.id() : article.sourceFile();
        try {
            Extraction extraction = Workers.await(pending, "re-extraction");
            // the stage hands back the very annotation it read when it was still valid
            boolean reused = article.annotation() != null && extraction.annotation() == article.annotation();
            // a reused annotation is already stored: sending its bytes back would only rewrite the row
            long storing = System.nanoTime();
            StoreResult result = store.reextractIfChanged(article, reused ? extraction.withoutAnnotation() : extraction);
            clocks.storing.addAndGet(System.nanoTime() - storing);
            counts[0]++;
            counts[1] += reused ? 0 : 1;
            boolean nothing = result instanceof StoreResult.Imported imported ? imported.foundNothing()
                    : ((StoreResult.Unchanged) result).foundNothing();
            counts[2] += nothing ? 1 : 0;
            counts[4] += result instanceof StoreResult.Unchanged ? 1 : 0;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;   // the run stops; not this article's failure
            }
            counts[3]++;
            String message = source + ": not re-extracted: " + e.getMessage();
            batches.problem(batchId, source, message);
            listener.problem(source, message);
        }
        listener.fileDone(Path.of(source));
    }

    /** Nanoseconds per step, added to from the reading, extracting and storing threads. */
    private static final class Clocks {
        final AtomicLong reading = new AtomicLong();
        final AtomicLong extraction = new AtomicLong();
        final AtomicLong linguistic = new AtomicLong();
        final AtomicLong storing = new AtomicLong();

        Timings timings() {
            return new Timings(Duration.ofNanos(reading.get()), Duration.ofNanos(extraction.get()),
                    Duration.ofNanos(linguistic.get()), Duration.ofNanos(storing.get()));
        }
    }
}
