package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.ingest.Importer;
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

/**
 * {@code dialogues benchmark import}: import throughput on a synthetic corpus made from the sample
 * articles (each copy made unique), on a throw-away embedded database, with the share of
 * extraction time per pipeline stage. Prints figures; asserts nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Measure import throughput on a synthetic corpus (a throw-away embedded database).")
final class BenchmarkImportCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
    int articles;

    BenchmarkImportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = environment.out();
        Path work = Files.createTempDirectory("dialogues-benchmark");
        Path corpus = makeCorpus(work.resolve("corpus"));
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
        Function<ArticleInput, Extraction> extractor = Wiring.extractor(database.dsl());
        measureExtraction(out, corpus, extractor);
        Importer importer = Wiring.importer(database.dsl(), Wiring.reader(database.dsl()));
        long start = System.nanoTime();
        Importer.Summary summary;
        try (ProgressListener progress = new ProgressListener(environment, "Importing")) {
            summary = importer.importPaths(List.of(corpus), Overrides.none(), "benchmark", progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Import (read + extract + store, one transaction per article): %,d imported, %d failed in %.1f s = %.1f articles/s%n",
                summary.imported(), summary.failed(), seconds, summary.imported() / seconds);
        out.printf("Peak heap used: %,d MB%n", peakHeapMegabytes());
    }

    private void measureExtraction(PrintWriter out, Path corpus, Function<ArticleInput, Extraction> extractor) throws IOException {
        ArticleReader reader = new ArticleReader(ReadLimits.defaults());
        List<SourceDocument> documents = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.sorted().limit(Math.min(articles, 2000)).toList()) {
                for (ReadResult result : reader.read(file, Overrides.none())) {
                    if (result instanceof ReadResult.Accepted accepted) {
                        documents.add(accepted.document());
                    }
                }
            }
        }
        Map<String, Duration> stages = new TreeMap<>();
        long start = System.nanoTime();
        for (SourceDocument d : documents) {
            Extraction extraction = extractor.apply(new ArticleInput(d.text(), d.published(), d.publishedPrecision(), d.title()));
            extraction.stageTimes().forEach((stage, time) -> stages.merge(stage, time, Duration::plus));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Extraction alone: %,d articles in %.1f s = %.1f articles/s%n", documents.size(), seconds, documents.size() / seconds);
        long total = stages.values().stream().mapToLong(Duration::toNanos).sum();
        stages.forEach((stage, time) -> out.printf("  %-28s %5.1f%%%n", stage, 100.0 * time.toNanos() / Math.max(1, total)));
    }

    /** Copies of the sample text articles, each made unique by a numbered closing line. */
    private Path makeCorpus(Path folder) throws IOException {
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
