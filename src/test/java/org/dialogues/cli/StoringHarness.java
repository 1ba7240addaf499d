package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.NewArticle;
import org.dialogues.store.StoreResult;
import org.dialogues.store.StoredArticle;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A developer's tool, not a test: storing alone, without CoreNLP, so that a profiler sees nothing
 * else. Reads the articles and stored annotations of an existing knowledge base (made once by
 * {@code bin/dialogues import}), runs the rules on them, then stores the extractions into fresh
 * throw-away databases, round after round, and stores their re-extraction again, printing the
 * rates. Run: {@code java -cp target/classes:target/test-classes:target/lib/* org.dialogues.cli.StoringHarness HOME ROUNDS}.
 */
public final class StoringHarness {

    private StoringHarness() {
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The statements the server spent most time on (pg_stat_statements, nested ones included), then resets them. */
    private static void printStatements(Database database, String label) {
        System.out.println("--- server time by statement, " + label);
        System.out.println(database.dsl().fetch("""
                SELECT calls, round(total_plan_time::numeric, 1) AS plan_ms, round(total_exec_time::numeric, 1) AS exec_ms, toplevel,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query
                  FROM pg_stat_statements ORDER BY total_plan_time + total_exec_time DESC LIMIT 30""").format(200));
        System.out.println(database.dsl().fetch("""
                SELECT sum(calls) AS calls, round(sum(total_plan_time)::numeric, 1) AS plan_ms, round(sum(total_exec_time)::numeric, 1) AS exec_ms
                  FROM pg_stat_statements WHERE toplevel""").format());
        database.dsl().execute("SELECT pg_stat_statements_reset()");
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<NewArticle> articles = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        try (Database source = Files.exists(home) ? Database.connect(DatabaseSettings.embedded(home)) : Database.open(DatabaseSettings.embedded(home))) {   // an existing home is read as it is, by old and new code
            if (source.dsl().fetchCount(org.dialogues.database.schema.Tables.ARTICLE) == 0) {
                // made once: the benchmark's corpus, imported with CoreNLP (minutes)
                Path corpus = BenchmarkImportCommand.makeCorpus(home.resolveSibling("harness-corpus"), Integer.parseInt(args[2]));
                Wiring.importer(source.dsl(), Wiring.reader(source.dsl()))
                        .importPaths(List.of(corpus), org.dialogues.ingest.Overrides.none(), "harness", new org.dialogues.ingest.Importer.Listener() { });
            }
            Function<ArticleInput, Extraction> extractor = Wiring.extractor(source.dsl());
            KnowledgeStore store = new KnowledgeStore(source.dsl());
            long after = 0;
            for (List<StoredArticle> page; !(page = store.articlesAfter(after, 100, Wiring.annotatorVersion())).isEmpty(); ) {
                for (StoredArticle a : page) {
                    after = a.id();
                    if (a.annotation() == null) {
                        continue;
                    }
                    byte[] bytes = a.text().getBytes(StandardCharsets.UTF_8);
                    extractions.add(extractor.apply(new ArticleInput(a.text(), a.published(), a.publishedPrecision(), a.title(), a.annotation())));
                    articles.add(new NewArticle(sha256(bytes), bytes, "UTF-8", "text/plain", a.text(), a.title(),
                            null, null, a.sourceFile(), a.published(), a.publishedPrecision(), "en", List.of()));
                }
            }
        }
        System.out.printf("%d articles with annotations read and extracted%n", articles.size());
        for (int round = 1; round <= rounds; round++) {
            Path work = Files.createTempDirectory("dialogues-storing");
            try (Database fresh = Database.open(DatabaseSettings.embedded(work.resolve("home")))) {
                AtomicLong executions = new AtomicLong();
                ExecuteListener counting = new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext context) {
                        executions.incrementAndGet();
                    }
                };
                KnowledgeStore store = new KnowledgeStore(DSL.using(fresh.dsl().configuration().derive(counting)));
                Map<Long, Extraction> stored = new LinkedHashMap<>();
                boolean statements = Boolean.getBoolean("harness.statements");
                if (statements) {
                    fresh.dsl().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    fresh.dsl().execute("SELECT pg_stat_statements_reset()");
                }
                long start = System.nanoTime();
                for (int i = 0; i < articles.size(); i++) {
                    if (store.store(articles.get(i), extractions.get(i), null) instanceof StoreResult.Imported imported) {
                        stored.put(imported.articleId(), extractions.get(i));
                    }
                }
                double storing = (System.nanoTime() - start) / 1e9;
                long storingTrips = executions.getAndSet(0);
                if (statements) {
                    printStatements(fresh, "storing");
                }
                start = System.nanoTime();
                stored.forEach((id, e) -> store.reextract(id, e.withoutAnnotation()));
                double reextracting = (System.nanoTime() - start) / 1e9;
                if (statements) {
                    printStatements(fresh, "re-extraction");
                }
                System.out.printf("round %d: storing %d articles %.2f s = %.0f articles/s, %.1f round trips each; "
                                + "re-extraction storing %.2f s = %.0f articles/s, %.1f round trips each%n",
                        round, stored.size(), storing, stored.size() / storing, storingTrips / (double) stored.size(),
                        reextracting, stored.size() / reextracting, executions.get() / (double) stored.size());
            } finally {
                TemporaryFolders.delete(work);
            }
        }
    }
}
