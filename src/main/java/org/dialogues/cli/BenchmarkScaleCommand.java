package org.dialogues.cli;

import org.dialogues.analyst.AnalystQueries;
import org.dialogues.analyst.AnalystQuery;
import org.dialogues.analyst.QueryTimings;
import org.dialogues.analyst.SyntheticKnowledgeBase;
import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.database.EmbeddedServer;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dialogues benchmark scale --articles N}: a synthetic knowledge base of N articles in a
 * throw-away embedded database, then the documented analyst queries timed as dialogues_reader, and
 * (unless {@code --import-articles 0}) the import of real-shaped articles into it against an empty
 * database (paired and warm: a first import into a small synthetic database carries the warm-up),
 * and {@code reextract} of those articles in the small and in the big database, each in a JVM of
 * its own with its peak RSS. Prints figures; asserts nothing.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Build a synthetic knowledge base of N articles (a throw-away database), time the analyst queries on it "
                + "as dialogues_reader, time an import into it against one into an empty database, and re-extraction "
                + "of the imported articles in it against a small synthetic database.")
final class BenchmarkScaleCommand implements Callable<Integer> {

    private static final List<String> COUNTED = List.of("article", "meeting", "meeting_party", "participation", "person",
            "commitment", "meeting_evidence", "participation_evidence", "commitment_evidence");

    private final Environment environment;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the synthetic base (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--runs", defaultValue = "30", description = "Measured runs of each query (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--import-articles", defaultValue = "200",
            description = "Real-shaped articles imported into the big and into an empty database; 0 skips it (default ${DEFAULT-VALUE}).")
    int importArticles;

    @Option(names = "--slice-articles", defaultValue = "10000",
            description = "Articles in the small synthetic database that re-extraction of the imported articles is compared in (default ${DEFAULT-VALUE}).")
    int sliceArticles;

    @Option(names = "--keep", description = "Keep the synthetic database (its DIALOGUES_HOME is printed) for a look with db serve and psql.")
    boolean keep;

    BenchmarkScaleCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = environment.out();
        Path work = Files.createTempDirectory("dialogues-scale");
        out.printf("Synthetic knowledge base of %,d articles; %d processors%n", articles, Runtime.getRuntime().availableProcessors());
        try {
            Path corpus = importArticles > 0 ? BenchmarkImportCommand.makeCorpus(work.resolve("corpus"), importArticles) : null;
            // The import into the small database also warms the JVM and loads CoreNLP, so that the
            // import into an empty database and the one into the big database, done back to back
            // below, are a paired comparison of warm runs.
            ChildReextraction.Result small = corpus == null ? null : slice(work.resolve("small"), corpus, out);
            Path big = work.resolve("big");
            double intoEmpty = 0;
            double intoBig = 0;
            try (Database database = Database.open(DatabaseSettings.embedded(big))) {
                double seconds = SyntheticKnowledgeBase.build(database.dataSource(), articles, out);
                out.printf("Built in %.1f s:%s%n", seconds, counts(database));
                timeQueries(database, out);
                if (corpus != null) {
                    long lastSynthetic = lastArticleId(database);
                    intoEmpty = importInto(work.resolve("empty"), corpus, "an empty database (warm, just before the next)");
                    intoBig = importInto(database, corpus, "the synthetic database of " + String.format("%,d", articles) + " articles");
                    ChildReextraction.resumeAfter(database, lastSynthetic);
                }
            }
            if (corpus != null) {
                out.printf("Import into the synthetic database takes %.2f× the time into an empty one (paired, warm; target ≤ 1.2×)%n",
                        intoBig / intoEmpty);
                ChildReextraction.Result large = reextract(big, work, String.format("%,d", articles), out);
                out.printf("Re-extraction of the slice in the %,d-article database runs at %.2f× its speed in the %,d-article one "
                                + "(target ≥ 0.9×); peak RSS %,d MB against %,d MB (target ≤ 1,024 MB)%n",
                        articles, large.articlesPerSecond() / small.articlesPerSecond(), sliceArticles,
                        large.peakRssMegabytes(), small.peakRssMegabytes());
            }
        } finally {
            if (keep) {
                out.println("Kept: DIALOGUES_HOME=" + work.resolve("big") + " bin/dialogues db serve");
            } else {
                TemporaryFolders.delete(work);
            }
        }
        return ExitCodes.OK;
    }

    /** A small synthetic database, the corpus imported into it (with the warm-up), then its re-extraction. */
    private ChildReextraction.Result slice(Path home, Path corpus, PrintWriter out) {
        try (Database database = Database.open(DatabaseSettings.embedded(home))) {
            out.printf("Small synthetic database of %,d articles for the re-extraction slice:%n", sliceArticles);
            SyntheticKnowledgeBase.build(database.dataSource(), sliceArticles, out);
            long lastSynthetic = lastArticleId(database);
            importInto(database, corpus, String.format("the %,d-article database (carries the warm-up: JIT, CoreNLP)", sliceArticles));
            ChildReextraction.resumeAfter(database, lastSynthetic);
        }
        return reextract(home, home.getParent(), String.format("%,d", sliceArticles), out);
    }

    /** reextract --resume in a JVM of its own, over the articles imported last (their annotations are stored). */
    private ChildReextraction.Result reextract(Path home, Path work, String size, PrintWriter out) {
        ChildReextraction.Result r = ChildReextraction.run(home, work.resolve("reextract-" + home.getFileName() + ".log"));
        out.printf("Re-extraction, every article written again (bin/dialogues reextract --resume, own JVM -Xmx2g) of the %d real articles in the %s-article database: "
                        + "%.1f s = %.1f articles/s (wall %.1f s with JVM and database start); peak RSS %,d MB; exit %d: %s%n",
                r.articles(), size, r.runSeconds(), r.articlesPerSecond(), r.wallSeconds(), r.peakRssMegabytes(), r.exitCode(), r.lastLine());
        out.flush();
        return r;
    }

    private static long lastArticleId(Database database) {
        return ((Number) database.dsl().fetchValue("SELECT coalesce(max(id), 0) FROM article")).longValue();
    }

    private void timeQueries(Database database, PrintWriter out) throws SQLException {
        EmbeddedServer server = database.embeddedServer().orElseThrow();
        AnalystQueries.Subject subject = new AnalystQueries.Subject("JP", 2025, "Kim Tae-yul", Math.max(1, articles / 4), "\"sapphire lantern\"");
        List<AnalystQuery> queries = AnalystQueries.documented(subject);
        try (Connection reader = DriverManager.getConnection(database.jdbcUrl(), EmbeddedServer.READER, server.password(EmbeddedServer.READER))) {
            out.printf("Analyst queries as %s, warm, %d runs each (partner %s, year %d, person %s, meeting %d, search %s):%n",
                    EmbeddedServer.READER, runs, subject.partner(), subject.year(), subject.person(), subject.meetingId(), subject.phrase());
            QueryTimings.print(QueryTimings.measure(reader, queries, runs), out);
            // Not a documented query: how ranking behaves when a search matches a large share of the archive.
            AnalystQuery broad = AnalystQueries.search("(not documented) broad search, top 20", "space security");
            QueryTimings.print(QueryTimings.measure(reader, List.of(broad, activityCountedAtQueryTime(subject.partner())), Math.min(runs, 10)), out);
        }
    }

    /** The baseline of "activity by quarter": what the view counted at query time before V047 kept a summary. */
    private static AnalystQuery activityCountedAtQueryTime(String partner) {
        return new AnalystQuery("(baseline) activity by quarter counted at query time, as before V047", """
                SELECT to_char(m.start_date, 'YYYY-"Q"Q') AS quarter,
                       count(*) FILTER (WHERE m.status = 'held') AS meetings_held,
                       count(*) FILTER (WHERE m.status = 'planned') AS meetings_planned,
                       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0) AS commitments,
                       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0) AS participations
                  FROM meeting_party partner JOIN meeting m ON m.id = partner.meeting_id
                 WHERE partner.party_code = '%s' AND m.party_codes @> '{KR}'
                   AND m.start_date IS NOT NULL AND m.date_precision IN ('day', 'month')
                 GROUP BY 1 ORDER BY 1""".formatted(partner));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private String counts(Database database) {
        StringBuilder line = new StringBuilder();
        for (String table : COUNTED) {
            long rows = ((Number) database.dsl().fetchValue("SELECT count(*) FROM " + table)).longValue();
            line.append(String.format(" %s %,d;", table, rows));
        }
        return line.substring(0, line.length() - 1);
    }

    private double importInto(Path home, Path corpus, String label) {
        try (Database database = Database.open(DatabaseSettings.embedded(home))) {
            return importInto(database, corpus, label);
        }
    }

    private double importInto(Database database, Path corpus, String label) {
        CoreNlpAnnotator.shared().load();
        long start = System.nanoTime();
        Importer.Summary summary = BenchmarkImportCommand.importCorpus(environment, database, corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        environment.out().printf("Import of %d real-shaped articles into %s: %,d imported, %d failed in %.1f s (load average %.1f)%n",
                importArticles, label, summary.imported(), summary.failed(), seconds, loadAverage());
        environment.out().flush();
        return seconds;
    }

}
