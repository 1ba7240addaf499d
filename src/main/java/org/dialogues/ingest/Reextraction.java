package org.dialogues.ingest;

import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.StoreResult;
import org.dialogues.store.StoredArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The re-extraction use case: run the current rules again over every stored article. Each article's
 * stored linguistic annotation is read back when it is of the current annotator version, so only the
 * rules run; with {@code reannotate} (or no valid annotation) the text is annotated again. Articles
 * are read in chunks and extracted on every core; each is stored in its own transaction, keeping
 * rows archivists entered or corrected by hand.
 */
public final class Reextraction {

    /** What one re-extraction run did. */
    public record Summary(int articles, int reextracted, int reannotated, int nothingFound, int failed) {}

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int CHUNK = THREADS * 16;

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

    public Summary run(boolean reannotate, String user, Importer.Listener listener) {
        List<Long> ids = store.articleIds();
        long batchId = batches.start(reannotate ? "reextract --reannotate" : "reextract", List.of(), user);
        int[] counts = new int[4];   // re-extracted, re-annotated, nothing found, failed
        listener.started(ids.size());
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<StoredArticle> chunk = store.articles(ids.subList(from, Math.min(ids.size(), from + CHUNK)),
                        reannotate ? null : annotatorVersion);
                List<Future<Extraction>> window = new ArrayList<>();
                for (StoredArticle article : chunk) {
                    window.add(workers.submit(() -> extractor.apply(new ArticleInput(article.text(), article.published(),
                            article.publishedPrecision(), article.title(), article.annotation()))));
                }
                for (int i = 0; i < chunk.size(); i++) {
                    reextract(chunk.get(i), window.get(i), batchId, counts, listener);
                }
            }
        } finally {
            workers.shutdownNow();
            batches.finish(batchId, new ImportBatches.Counts(ids.size(), counts[0], 0, counts[3], counts[2]));
            listener.finished();
        }
        return new Summary(ids.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private void reextract(StoredArticle article, Future<Extraction> pending, long batchId, int[] counts,
            Importer.Listener listener) {
        String source = article.sourceFile() == null ? "article " + article.id() : article.sourceFile();
        try {
            Extraction extraction = Workers.await(pending, "re-extraction");
            // the stage hands back the very annotation it read when it was still valid
            boolean reused = article.annotation() != null && extraction.annotation() == article.annotation();
            // a reused annotation is already stored: sending its bytes back would only rewrite the row
            StoreResult.Imported result = store.reextract(article.id(), reused ? extraction.withoutAnnotation() : extraction);
            counts[0]++;
            counts[1] += reused ? 0 : 1;
            counts[2] += result.foundNothing() ? 1 : 0;
        } catch (RuntimeException e) {
            counts[3]++;
            String message = source + ": not re-extracted: " + e.getMessage();
            batches.problem(batchId, source, message);
            listener.problem(source, message);
        }
        listener.fileDone(Path.of(source));
    }
}
