package org.dialogues.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the real command line in-process with given variables and working directory. */
public record CommandRunner(Map<String, String> variables, Path workingDirectory, Clock clock) {

    public CommandRunner(Map<String, String> variables, Path workingDirectory) {
        this(variables, workingDirectory, Clock.fixed(Instant.parse("2025-04-02T07:00:00Z"), ZoneOffset.UTC));
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with the given text as standard input (e.g. a password for --password-stdin). */
    public Result runWithInput(String input, String... args) {
        return runWithInput(input, new StringWriter(), args);
    }

    /** Runs writing standard output to {@code out}, which the caller may read while the command runs. */
    public Result runWithInput(String input, StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        Environment environment = new Environment(variables, workingDirectory, new PrintWriter(out, true),
                new PrintWriter(err, true), clock, false,
                new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int exitCode = CommandLineFactory.create(environment).execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
