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
import org.dialogues.ingest.Overrides;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.ingest.ReadResult;
import org.dialogues.ingest.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.dialogues.database.schema.Tables.EXTRACTION_DIGEST;

/**
 * {@code dialogues benchmark import}: on a synthetic corpus made from the sample articles (each copy
 * made unique) and a throw-away embedded database: the CoreNLP load time, extraction on one thread
 * with the share of time per pipeline stage, a fresh import on every core, re-extraction from the
 * stored annotations, and the peak heap. Prints figures; asserts nothing.
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

    BenchmarkImportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = environment.out();
        Path work = Files.createTempDirectory("dialogues-benchmark");
        Path corpus = makeCorpus(work.resolve("corpus"), articles);
        DatabaseSettings settings = new DatabaseSettings(work.resolve("home"), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
        out.printf("Corpus: %,d articles in %s; %d processors, max heap %,d MB%n", articles, corpus,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (Database database = Database.open(settings)) {
            runMeasurements(out, corpus, database);
        } finally {
            TemporaryFolders.delete(work);
        }
        return ExitCodes.OK;
    }

    private void runMeasurements(PrintWriter out, Path corpus, Database database) throws IOException {
        long loading = System.nanoTime();
        CoreNlpAnnotator.shared().load();
        out.printf("CoreNLP pipeline loaded in %.1f s (%s)%n", (System.nanoTime() - loading) / 1e9,
                CoreNlpAnnotator.shared().version());
        Function<ArticleInput, Extraction> extractor = Wiring.extractor(database.dsl());
        measureExtraction(out, corpus, extractor);
        long start = System.nanoTime();
        Importer.Summary summary = importCorpus(environment, database, corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Import (read + annotate + extract + store, one transaction per article): %,d imported, %d failed in %.1f s = %.1f articles/s%n",
                summary.imported(), summary.failed(), seconds, summary.imported() / seconds);
        measureReextraction(out, database, extractor);
        out.printf("Peak heap used: %,d MB%n", peakHeapMegabytes());
    }

    /** Imports a corpus folder as {@code bin/dialogues import} would (shared with {@code benchmark scale}). */
    static Importer.Summary importCorpus(Environment environment, Database database, Path corpus) {
        Importer importer = Wiring.importer(database.dsl(), Wiring.reader(database.dsl()));
        try (ProgressListener progress = new ProgressListener(environment, "Importing")) {
            return importer.importPaths(List.of(corpus), Overrides.none(), "benchmark", progress);
        }
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

    private void measureExtraction(PrintWriter out, Path corpus, Function<ArticleInput, Extraction> extractor) throws IOException {
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
