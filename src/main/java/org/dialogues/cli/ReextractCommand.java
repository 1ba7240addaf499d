package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.StoreResult;
import org.dialogues.store.StoredArticle;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code dialogues reextract}: run the current extractor again over every stored article. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Re-run extraction over the stored articles (after the extractor or the reference data improved); "
                + "rows archivists entered or corrected by hand are kept.")
final class ReextractCommand implements Callable<Integer> {

    private final Environment environment;

    ReextractCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            Function<ArticleInput, Extraction> extractor = Wiring.extractor(database.dsl());
            KnowledgeStore store = new KnowledgeStore(database.dsl());
            ImportBatches batches = new ImportBatches(database.dsl());
            List<StoredArticle> articles = store.articles();
            long batchId = batches.start("reextract", List.of(), System.getProperty("user.name"));
            int done = 0;
            int failed = 0;
            int nothing = 0;
            try (ProgressListener progress = new ProgressListener(environment, "Re-extracting")) {
                progress.started(articles.size());
                for (StoredArticle article : articles) {
                    String source = article.sourceFile() == null ? "article " + article.id() : article.sourceFile();
                    try {
                        StoreResult.Imported result = store.reextract(article.id(), extractor.apply(
                                new ArticleInput(article.text(), article.published(), article.publishedPrecision(), article.title())));
                        done++;
                        nothing += result.foundNothing() ? 1 : 0;
                    } catch (RuntimeException e) {
                        failed++;
                        String message = source + ": not re-extracted: " + e.getMessage();
                        batches.problem(batchId, source, message);
                        progress.problem(source, message);
                    }
                    progress.fileDone(Path.of(source));
                }
            } finally {
                batches.finish(batchId, new ImportBatches.Counts(articles.size(), done, 0, failed, nothing));
            }
            environment.out().printf("Re-extracted %d article%s (%d with nothing found, %d failed).%n",
                    done, done == 1 ? "" : "s", nothing, failed);
            return failed > 0 ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        }
    }
}
