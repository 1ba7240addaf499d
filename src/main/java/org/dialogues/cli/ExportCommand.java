package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.store.JsonExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dialogues export --format json --out FILE}: the whole knowledge base as dialogues-export/1. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole knowledge base as one dialogues-export/1 JSON document.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json }

    private final Environment environment;

    @Option(names = "--format", defaultValue = "json", description = "Export format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", required = true, description = "File to write (written atomically).")
    Path out;

    ExportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Path target = environment.resolve(out);
        try (Database database = environment.openDatabase()) {
            JsonExport export = new JsonExport(database.dsl());
            AtomicFiles.write(target, export::write);
        }
        environment.out().println("Wrote " + target);
        return ExitCodes.OK;
    }
}
