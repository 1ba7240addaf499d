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
 * database. Prints figures; asserts nothing.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Build a synthetic knowledge base of N articles (a throw-away database), time the analyst queries on it "
                + "as dialogues_reader, and time an import into it against one into an empty database.")
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
            double intoEmpty = corpus == null ? 0 : importInto(work.resolve("empty"), corpus, "an empty database");
            try (Database database = Database.open(DatabaseSettings.embedded(work.resolve("big")))) {
                double seconds = SyntheticKnowledgeBase.build(database.dataSource(), articles, out);
                out.printf("Built in %.1f s:%s%n", seconds, counts(database));
                timeQueries(database, out);
                if (corpus != null) {
                    double intoBig = importInto(database, corpus, "the synthetic database");
                    out.printf("Import into the synthetic database takes %.2f× the time into an empty one%n", intoBig / intoEmpty);
                }
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
            QueryTimings.print(QueryTimings.measure(reader, List.of(broad), Math.min(runs, 10)), out);
        }
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
        environment.out().printf("Import of %d real-shaped articles into %s: %,d imported, %d failed in %.1f s%n",
                importArticles, label, summary.imported(), summary.failed(), seconds);
        return seconds;
    }

}
