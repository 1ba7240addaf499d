package org.dialogues.ingest;

import org.dialogues.DialoguesException;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.NewArticle;
import org.dialogues.store.StoreResult;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Extraction is CPU-bound: one worker per core, a sliding window of files ahead of the store. */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int WINDOW = THREADS * 8;

    private final ArticleReader reader;
    private final Function<ArticleInput, Extraction> extractor;
    private final KnowledgeStore store;
    private final ImportBatches batches;

    public Importer(ArticleReader reader, Function<ArticleInput, Extraction> extractor, KnowledgeStore store, ImportBatches batches) {
        this.reader = reader;
        this.extractor = extractor;
        this.store = store;
        this.batches = batches;
    }

    public Summary importPaths(List<Path> paths, Overrides overrides, String user, Listener listener) {
        List<Path> files;
        try {
            files = reader.expand(paths);
        } catch (IngestException e) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, e.getMessage(), e);
        }
        long batchId = batches.start("import", paths.stream().map(Path::toString).toList(), user);
        Tally tally = new Tally();
        listener.started(files.size());
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            // Reading and extraction are pure and run in parallel; storing stays in file order. The
            // window slides: as each file is stored the next one is handed out, so no worker waits
            // for the store to catch up with a whole window.
            Deque<Future<List<Prepared>>> window = new ArrayDeque<>();
            int submitted = 0;
            for (int stored = 0; stored < files.size(); stored++) {
                while (submitted < files.size() && window.size() < WINDOW) {
                    Path file = files.get(submitted++);
                    window.add(workers.submit(() -> prepare(file, overrides)));
                }
                for (Prepared prepared : Workers.await(window.poll(), "the import")) {
                    store(prepared, batchId, tally, listener);
                }
                listener.fileDone(files.get(stored));
            }
        } finally {
            workers.shutdownNow();
            batches.finish(batchId, tally.counts());
            listener.finished();
        }
        return new Summary(batchId, tally.seen, tally.imported, tally.duplicates, tally.failed, tally.flagged, tally.nothingFound);
    }

    /** One article (or rejected record) of a file, read and, unless already stored, extracted. */
    private record Prepared(ReadResult result, Extraction extraction, String failure) {}

    private List<Prepared> prepare(Path file, Overrides overrides) {
        List<Prepared> prepared = new ArrayList<>();
        for (ReadResult result : reader.read(file, overrides)) {
            if (!(result instanceof ReadResult.Accepted accepted) || store.contains(accepted.document().sha256())) {
                prepared.add(new Prepared(result, null, null));
                continue;
            }
            SourceDocument document = accepted.document();
            try {
                prepared.add(new Prepared(result, extractor.apply(new ArticleInput(document.text(), document.published(),
                        document.publishedPrecision(), document.title())), null));
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
            count(store.store(toNewArticle(document), prepared.extraction(), batchId), document, tally);
        } catch (RuntimeException e) {
            fail(batchId, tally, listener, document.source(), document.source() + ": not stored: " + oneLine(e));
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

    private static NewArticle toNewArticle(SourceDocument d) {
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
        final List<String> nothingFound = new ArrayList<>();

        ImportBatches.Counts counts() {
            return new ImportBatches.Counts(seen, imported, duplicates, failed, flagged);
        }
    }
}
