package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.ingest.Importer;
import org.dialogues.ingest.Overrides;
import org.dialogues.report.Format;
import org.dialogues.report.Quarter;
import org.dialogues.report.Reports;
import org.dialogues.store.Overview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dialogues demo}: the main job in one command. Imports the sample articles shipped with the
 * application, prints what was extracted and writes the reports. Running it again changes nothing
 * in the database (the articles are duplicates) and rewrites the same reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the sample articles, show what was extracted, and write the reports to out/.")
final class DemoCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--out", defaultValue = "out", description = "Folder for the reports (default ${DEFAULT-VALUE}).")
    Path outFolder;

    @Option(names = "--partner", defaultValue = "US", description = "Partner of the partner report (default ${DEFAULT-VALUE}).")
    String partner;

    DemoCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = environment.out();
        Path samples = Files.createTempDirectory("dialogues-samples");
        Wiring.warmUpAnnotator();   // the models load while the database opens
        try (Database database = environment.openDatabase()) {
            out.println("Knowledge base: " + database.jdbcUrl());
            SampleArticles.copyTo(samples);
            Importer importer = Wiring.importer(database.dsl(), Wiring.reader(database.dsl()));
            Importer.Summary summary;
            try (ProgressListener progress = new ProgressListener(environment, "Importing samples")) {
                summary = importer.importPaths(List.of(samples), Overrides.none(), System.getProperty("user.name"), progress);
            }
            out.printf("Sample articles: %d imported, %d already there, %d failed, %d flagged for review.%n%n",
                    summary.imported(), summary.duplicates(), summary.failed(), summary.flagged());
            Overview overview = new Overview(database.dsl());
            printMeetings(out, overview.meetings());
            List<Path> written = writeReports(database, overview);
            out.println();
            out.println("Reports:");
            written.forEach(path -> out.println("  " + path));
            out.println();
            out.println("Query the data yourself: bin/dialogues db serve (prints the psql line).");
            return summary.failed() > 0 ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        } finally {
            TemporaryFolders.delete(samples);
        }
    }

    private static void printMeetings(PrintWriter out, List<Overview.MeetingLine> meetings) {
        out.printf("%d meetings extracted:%n", meetings.size());
        out.printf("  %-10s  %-14s  %-9s  %6s  %11s  %s%n", "date", "parties", "status", "people", "commitments", "meeting");
        for (Overview.MeetingLine m : meetings) {
            String date = m.start() == null ? "?" : switch (m.precision()) {
                case "month" -> m.start().toString().substring(0, 7);
                case "year" -> m.start().toString().substring(0, 4);
                default -> m.start().toString();
            };
            out.printf("  %-10s  %-14s  %-9s  %6d  %11d  %s%n", date, m.parties() == null ? "" : m.parties(), m.status(),
                    m.participants(), m.commitments(), abbreviate(m.name(), 70));
        }
    }

    private List<Path> writeReports(Database database, Overview overview) {
        Reports reports = new Reports(database.dsl(), environment.clock(), environment.outputMode());
        Path folder = environment.resolve(outFolder);
        List<Path> written = new ArrayList<>();
        for (String quarter : overview.quartersWithKoreanMeetings()) {
            written.add(reports.quarterly(Quarter.parse(quarter), Format.PDF, folder.resolve("quarterly-" + quarter + ".pdf")));
        }
        LocalDate today = LocalDate.now(environment.clock());
        written.add(reports.partner(partner, today.minusYears(3).withDayOfYear(1), today, Format.PDF,
                folder.resolve("partner-" + partner + ".pdf")));
        written.add(reports.commitments(Optional.empty(), Optional.empty(), Format.PDF, folder.resolve("commitments.pdf")));
        return written;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
