package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may use from the outside world, passed in so that tests run the real command line
 * with their own variables, folders, streams and clock.
 */
public record Environment(Map<String, String> variables, Path workingDirectory, PrintWriter out, PrintWriter err,
                          Clock clock, boolean interactive, InputStream in) {

    public Environment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** An environment whose standard input is empty. */
    public Environment(Map<String, String> variables, Path workingDirectory, PrintWriter out, PrintWriter err,
                       Clock clock, boolean interactive) {
        this(variables, workingDirectory, out, err, clock, interactive, InputStream.nullInputStream());
    }

    public static Environment system() {
        return new Environment(System.getenv(), Path.of(""), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), Clock.systemDefaultZone(), System.console() != null, System.in);
    }

    public DatabaseSettings databaseSettings() {
        return DatabaseSettings.fromEnvironment(variables, workingDirectory);
    }

    /** Opens the knowledge base and applies pending migrations. */
    public Database openDatabase() {
        return Database.open(databaseSettings());
    }

    /** Who may read written reports ({@code DIALOGUES_OUTPUT_MODE}, default 0640). */
    public org.dialogues.report.OutputMode outputMode() {
        return org.dialogues.report.OutputMode.fromEnvironment(variables);
    }

    /** Resolves a path given on the command line against the working directory. */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }
}
