package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.database.Database;
import org.dialogues.ingest.Importer;
import org.dialogues.ingest.Overrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dialogues import PATH...}: load articles and extract what they report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (text, HTML, JSON, JSON Lines; files or folders) and extract meetings, participants and commitments.")
final class ImportCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) of the single file imported.")
    LocalDate published;

    @Option(names = "--outlet", description = "Outlet of the single file imported.")
    String outlet;

    @Option(names = "--url", description = "Address of the single file imported.")
    String url;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a file may take to read, and an article to extract, before it is rejected (default ${DEFAULT-VALUE}).")
    int timeLimit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--report", description = "List the articles of this import from which nothing was extracted.")
    boolean report;

    ImportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (timeLimit < 1) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, "--time-limit must be at least 1 second, not " + timeLimit);
        }
        List<Path> resolved = paths.stream().map(environment::resolve).toList();
        Overrides overrides = overrides(resolved);
        // the models load (or the daemon is reached) while the database opens
        var annotator = Wiring.annotator(environment, notice -> {
            if (CommandLineFactory.verbose(spec.root().commandLine().getParseResult())) {
                environment.err().println("dialogues: " + notice);
            }
        });
        try (Database database = environment.openDatabase()) {
            Importer importer = Wiring.importer(database.dsl(), Wiring.reader(database.dsl()), Duration.ofSeconds(timeLimit), annotator);
            Importer.Summary summary;
            try (ProgressListener progress = new ProgressListener(environment, "Importing")) {
                summary = importer.importPaths(resolved, overrides, System.getProperty("user.name"), progress);
            } catch (Importer.AbortedException e) {
                print(e.summary());   // what was done, then the one line saying why the rest was not
                throw e;
            }
            print(summary);
            return summary.failed() > 0 ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        }
    }

    private Overrides overrides(List<Path> resolved) {
        boolean given = published != null || outlet != null || url != null;
        if (given && (resolved.size() != 1 || java.nio.file.Files.isDirectory(resolved.get(0)))) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                    "--published, --outlet and --url apply to a single file; use a manifest.json or manifest.csv for folders");
        }
        return given ? new Overrides(url, outlet, published) : Overrides.none();
    }

    private void print(Importer.Summary summary) {
        PrintWriter out = environment.out();
        out.printf("Imported %d, duplicates %d, failed %d, flagged for review %d (of %d articles; batch %d).%n",
                summary.imported(), summary.duplicates(), summary.failed(), summary.flagged(), summary.seen(), summary.batchId());
        if (report) {
            if (summary.nothingFound().isEmpty()) {
                out.println("Something was extracted from every imported article.");
            } else {
                out.println("Nothing was extracted from:");
                summary.nothingFound().forEach(source -> out.println("  " + source));
            }
        }
        out.flush();
    }

}
