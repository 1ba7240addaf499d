package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.ingest.Importer;
import org.dialogues.ingest.Reextraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.StoreResult;
import org.dialogues.ingest.Overrides;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.ingest.ReadResult;
import org.dialogues.ingest.SourceDocument;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.dialogues.database.schema.Tables.EXTRACTION_DIGEST;

/**
 * {@code dialogues benchmark import}: on a synthetic corpus made from the sample articles (each copy
 * made unique) and a throw-away embedded database: the CoreNLP load time, extraction on one thread
 * with the share of time per pipeline stage, the baselines of storing the same texts (bare COPY, one
 * INSERT per row and transaction), a fresh import on every core, re-extraction from the stored
 * annotations, storing alone (fed the import's extractions) into an empty database and into a
 * synthetic archive, and the peak heap. Prints figures; asserts nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Measure import throughput on a synthetic corpus (a throw-away embedded database).")
final class BenchmarkImportCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--articles", defaultValue = "400", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--single-thread-articles", defaultValue = "60",
            description = "Articles extracted on one thread for the per-stage shares (default ${DEFAULT-VALUE}).")
    int singleThreadArticles;

    @Option(names = "--archive-articles", defaultValue = "20000",
            description = "Articles in the synthetic archive that storing is measured against (0: skip; default ${DEFAULT-VALUE}).")
    int archiveArticles;

    /** Articles stored into the empty database and into the synthetic archive, to compare. */
    private static final int GROWTH_ARTICLES = 200;

    BenchmarkImportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = environment.out();
        Path work = Files.createTempDirectory("dialogues-benchmark");
        Path corpus = makeCorpus(work.resolve("corpus"), articles);
        out.printf("Corpus: %,d articles in %s; %d processors, max heap %,d MB%n", articles, corpus,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (Database database = Database.open(DatabaseSettings.embedded(work.resolve("home")))) {
            runMeasurements(out, work, corpus, database);
        } finally {
            TemporaryFolders.delete(work);
        }
        return ExitCodes.OK;
    }

    private void runMeasurements(PrintWriter out, Path work, Path corpus, Database database) throws IOException, SQLException {
        long loading = System.nanoTime();
        CoreNlpAnnotator.shared().load();
        out.printf("CoreNLP pipeline loaded in %.1f s (%s)%n", (System.nanoTime() - loading) / 1e9,
                CoreNlpAnnotator.shared().version());
        Function<ArticleInput, Extraction> extractor = Wiring.extractor(database.dsl());
        double extractionAlone = measureExtraction(out, corpus, extractor);
        ArticleReader reader = Wiring.reader(database.dsl());
        List<SourceDocument> documents = readCorpus(reader, corpus);
        List<String> texts = documents.stream().map(SourceDocument::text).toList();
        ImportBaselines baselines = new ImportBaselines(database.dataSource());
        double copy = baselines.copy(texts);
        double inserts = baselines.insertEachInItsOwnTransaction(texts);
        out.printf("Baselines, the same %,d texts: bare COPY %.2f s = %,.0f articles/s; one INSERT per row, one transaction per row %.2f s = %,.0f articles/s%n",
                texts.size(), copy, texts.size() / copy, inserts, texts.size() / inserts);
        // the extractions are kept, so that storing can be measured alone after the import
        Map<String, Extraction> extracted = new ConcurrentHashMap<>();
        Function<ArticleInput, Extraction> keeping = input -> {
            Extraction extraction = extractor.apply(input);
            extracted.put(input.text(), extraction);
            return extraction;
        };
        Importer importer = new Importer(reader, keeping, new KnowledgeStore(database.dsl()), new ImportBatches(database.dsl()));
        long start = System.nanoTime();
        Importer.Summary summary = importCorpus(environment, importer, corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = summary.imported() / seconds;
        out.printf("Import (read + annotate + extract + store, one transaction per article): %,d imported, %d failed in %.1f s = %.1f articles/s%n",
                summary.imported(), summary.failed(), seconds, rate);
        out.printf("  import vs bare COPY: %.0f× slower; vs one INSERT per row: %.1f× slower (target ≤ 5×); "
                        + "vs extraction alone on one thread: %.2f× its speed (%d cores)%n",
                seconds / copy, seconds / inserts, rate / extractionAlone, Runtime.getRuntime().availableProcessors());
        measureReextraction(out, database, extractor);
        measureStoring(out, work, documents, extracted);
        out.printf("Peak heap used: %,d MB%n", peakHeapMegabytes());
    }

    /** Imports a corpus folder as {@code bin/dialogues import} would (shared with {@code benchmark scale}). */
    static Importer.Summary importCorpus(Environment environment, Database database, Path corpus) {
        return importCorpus(environment, Wiring.importer(database.dsl(), Wiring.reader(database.dsl())), corpus);
    }

    private static Importer.Summary importCorpus(Environment environment, Importer importer, Path corpus) {
        try (ProgressListener progress = new ProgressListener(environment, "Importing")) {
            return importer.importPaths(List.of(corpus), Overrides.none(), "benchmark", progress);
        }
    }

    private static List<SourceDocument> readCorpus(ArticleReader reader, Path corpus) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                for (ReadResult result : reader.read(file, Overrides.none())) {
                    if (result instanceof ReadResult.Accepted accepted) {
                        documents.add(accepted.document());
                    }
                }
            }
        }
        return documents;
    }

    /**
     * Storing alone, fed the import's extractions, on one thread as the importer stores: every
     * article into an empty database; then the first {@link #GROWTH_ARTICLES} again into one that
     * already holds a synthetic archive, to see whether an article's cost grows with the archive.
     */
    private void measureStoring(PrintWriter out, Path work, List<SourceDocument> documents, Map<String, Extraction> extracted) {
        List<SourceDocument> stored = documents.stream().filter(d -> extracted.containsKey(d.text())).toList();
        int growth = Math.min(GROWTH_ARTICLES, stored.size());
        double empty;
        double emptyReextraction;
        try (Database fresh = Database.open(DatabaseSettings.embedded(work.resolve("home-storing")))) {
            AtomicLong executions = new AtomicLong();
            // counts what is sent: a statement, or a batch of them, is one round trip
            ExecuteListener counting = new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    executions.incrementAndGet();
                }
            };
            KnowledgeStore store = new KnowledgeStore(DSL.using(fresh.dsl().configuration().derive(counting)));
            Map<Long, Extraction> growthArticles = new java.util.LinkedHashMap<>();
            empty = storeAll(store, stored.subList(0, growth), extracted, growthArticles);
            double rest = storeAll(store, stored.subList(growth, stored.size()), extracted, new java.util.HashMap<>());
            emptyReextraction = reextractAll(new KnowledgeStore(fresh.dsl()), growthArticles);
            out.printf("Storing alone (the import's extractions stored again into an empty database, one thread): %,d articles in %.2f s = %,.0f articles/s (target ≥ 500); "
                            + "%.1f round trips per article besides its commit%n",
                    stored.size(), empty + rest, stored.size() / (empty + rest), executions.get() / (double) Math.max(1, stored.size()));
            out.printf("  each article's annotation (stored with it) is %,.0f KB on average%n", stored.stream()
                    .map(d -> extracted.get(d.text()).annotation()).filter(java.util.Objects::nonNull)
                    .mapToInt(a -> a.bytes().length).average().orElse(0) / 1024);
        }
        if (archiveArticles <= 0) {
            return;
        }
        try (Database archive = Database.open(DatabaseSettings.embedded(work.resolve("home-archive")))) {
            long filling = System.nanoTime();
            SyntheticArchive.fill(archive.dsl(), archiveArticles);
            out.printf("Synthetic archive: %s, made in %.1f s%n", counts(archive), (System.nanoTime() - filling) / 1e9);
            settleStatistics();
            archive.dsl().execute("SELECT pg_stat_reset()");
            KnowledgeStore store = new KnowledgeStore(archive.dsl());
            Map<Long, Extraction> growthArticles = new java.util.LinkedHashMap<>();
            double big = storeAll(store, stored.subList(0, growth), extracted, growthArticles);
            double bigReextraction = reextractAll(store, growthArticles);
            out.printf("Storing %d articles into that archive: %.2f s, into an empty database: %.2f s = %.2f× (target ≤ 1.2×)%n",
                    growth, big, empty, big / empty);
            out.printf("Storing their re-extraction again (support withdrawn, facts found again, the rest pruned): %.2f s in the archive, "
                    + "%.2f s in the small database = %.2f×%n", bigReextraction, emptyReextraction, bigReextraction / emptyReextraction);
            out.println("  full scans of the archive's big tables while storing both: " + sequentialScans(archive));
        }
    }

    /** Rows in the tables an archive grows in. */
    private static String counts(Database database) {
        return database.dsl().fetch("""
                SELECT string_agg(relname || ' ' || to_char(n_live_tup, 'FM999,999,999'), ', ' ORDER BY relname)
                FROM pg_stat_user_tables WHERE relname IN ('article', 'meeting', 'participation', 'commitment', 'person')""")
                .get(0).get(0, String.class);
    }

    /** Sequential scans since the statistics were reset, of tables over 1,000 rows ("none" is what linear storing needs). */
    private static String sequentialScans(Database database) {
        settleStatistics();
        String scans = database.dsl().fetch("""
                SELECT string_agg(relname || ' ' || seq_scan, ', ' ORDER BY relname)
                FROM pg_stat_user_tables WHERE n_live_tup > 1000 AND seq_scan > 0""").get(0).get(0, String.class);
        return scans == null ? "none" : scans;
    }

    /** A session's counters reach pg_stat_user_tables within 10 s of it going idle. */
    private static void settleStatistics() {
        try {
            Thread.sleep(11_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds to store the documents' extractions; the extractions stored go into {@code stored} by article id. */
    private static double storeAll(KnowledgeStore store, List<SourceDocument> documents, Map<String, Extraction> extracted,
            Map<Long, Extraction> stored) {
        long start = System.nanoTime();
        for (SourceDocument document : documents) {
            Extraction extraction = extracted.get(document.text());
            if (store.store(Importer.newArticle(document), extraction, null) instanceof StoreResult.Imported imported) {
                stored.put(imported.articleId(), extraction);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds to store each article's extraction again as re-extraction does (without its annotation, which is stored). */
    private static double reextractAll(KnowledgeStore store, Map<Long, Extraction> articles) {
        long start = System.nanoTime();
        articles.forEach((id, extraction) -> store.reextract(id, extraction.withoutAnnotation()));
        return (System.nanoTime() - start) / 1e9;
    }


    /**
     * Re-extraction reads the stored annotations back: only the rules run. Measured twice: with every
     * article's facts written again (as after a rule change that touches them all), and as after a
     * change that touches none (each article's extraction digest matches, so nothing is written).
     */
    private void measureReextraction(PrintWriter out, Database database, Function<ArticleInput, Extraction> extractor) {
        database.dsl().deleteFrom(EXTRACTION_DIGEST).execute();
        reextractOnce(out, database, extractor, "every article written again");
        reextractOnce(out, database, extractor, "nothing changed, nothing written");
    }

    private void reextractOnce(PrintWriter out, Database database, Function<ArticleInput, Extraction> extractor, String label) {
        Reextraction reextraction = new Reextraction(extractor, Wiring.annotatorVersion(),
                new KnowledgeStore(database.dsl()), new ImportBatches(database.dsl()));
        long start = System.nanoTime();
        Reextraction.Summary summary;
        try (ProgressListener progress = new ProgressListener(environment, "Re-extracting")) {
            summary = reextraction.run(false, "benchmark", progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Re-extraction from stored annotations (rules + store), %s: %,d articles (%d annotated anew, %d unchanged) in %.1f s = %.1f articles/s%n",
                label, summary.reextracted(), summary.reannotated(), summary.unchanged(), seconds, summary.reextracted() / seconds);
        Reextraction.Timings t = summary.timings();
        double extraction = t.extraction().toNanos() / 1e9;
        double linguistic = t.linguistic().toNanos() / 1e9;
        out.printf("  reading from the database %.1f s; extraction %.1f s summed over %d workers (annotation read back %.1f s, rules %.1f s); "
                        + "storing %.1f s (reading and extraction overlap with storing)%n",
                t.reading().toNanos() / 1e9, extraction, Runtime.getRuntime().availableProcessors(), linguistic,
                extraction - linguistic, t.storing().toNanos() / 1e9);
    }

    /** Extraction alone on one thread; returns articles per second. */
    private double measureExtraction(PrintWriter out, Path corpus, Function<ArticleInput, Extraction> extractor) throws IOException {
        ArticleReader reader = new ArticleReader(ReadLimits.defaults());
        List<SourceDocument> documents = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.sorted().limit(Math.min(articles, singleThreadArticles)).toList()) {
                for (ReadResult result : reader.read(file, Overrides.none())) {
                    if (result instanceof ReadResult.Accepted accepted) {
                        documents.add(accepted.document());
                    }
                }
            }
        }
        Map<String, Duration> stages = new TreeMap<>();
        long words = 0;
        long start = System.nanoTime();
        for (SourceDocument d : documents) {
            words += d.text().split("\\s+").length;
            Extraction extraction = extractor.apply(new ArticleInput(d.text(), d.published(), d.publishedPrecision(), d.title()));
            extraction.stageTimes().forEach((stage, time) -> stages.merge(stage, time, Duration::plus));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Extraction alone, one thread: %,d articles (%d words on average) in %.1f s = %.1f articles/s%n",
                documents.size(), words / Math.max(1, documents.size()), seconds, documents.size() / seconds);
        long total = stages.values().stream().mapToLong(Duration::toNanos).sum();
        stages.forEach((stage, time) -> out.printf("  %-28s %5.1f%%%n", stage, 100.0 * time.toNanos() / Math.max(1, total)));
        out.println("  within LinguisticStage, " + CoreNlpAnnotator.shared().timings().strip().replace("\n", "\n    "));
        return documents.size() / seconds;
    }

    /** Copies of the sample text articles, each made unique by a numbered line (shared with {@code benchmark scale}). */
    static Path makeCorpus(Path folder, int articles) throws IOException {
        Path samples = SampleArticles.copyTo(folder.resolveSibling("samples"));
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(folder);
        for (int i = 0; i < articles; i++) {
            String text = unique(texts.get(i % texts.size()), i);
            Files.writeString(folder.resolve(String.format("article-%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Makes a copy unique inside its story (a closing line would be cleaned away as page furniture). */
    private static String unique(String text, int number) {
        int paragraph = text.indexOf(".\n", Math.min(text.length(), 400));
        int at = paragraph < 0 ? text.length() : paragraph + 1;
        return text.substring(0, at) + " This is archive copy " + number + " of the benchmark corpus." + text.substring(at);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }
}
