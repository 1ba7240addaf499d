package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedule run-now} of a run that fails for real: the exit code says what failed (README's
 * table), and the error is printed once, as one line, by the command alone (no log line beside it).
 */
class RunningAFailingScheduleNowIT {

    @TempDir
    Path workingDirectory;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void anUnknownPartyInAStoredScheduleIsInvalidInput() {
        CommandRunner cli = cli(Map.of());
        add(cli, "partner-brief", "--report", "partner", "--param", "party=US", "--param", "period=last 12 months", "--to", "out");
        // a schedule stored before its party was checked, or whose party an archivist renamed since
        db.dsl().execute("UPDATE report_schedule SET params = jsonb_set(params, '{party}', '\"ZZ\"') WHERE name = 'partner-brief'");

        Run run = runNow(cli, "partner-brief");

        assertThat(run.result.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertOneErrorLine(run, "ZZ");
    }

    @Test
    void mailThatCannotBeSentIsUnavailable() throws IOException {
        CommandRunner cli = cli(Map.of("DIALOGUES_SMTP_HOST", "localhost", "DIALOGUES_SMTP_PORT", String.valueOf(closedPort()),
                "DIALOGUES_SMTP_FROM", "reports@example.org", "DIALOGUES_SMTP_TLS", "none"));
        add(cli, "quarterly-brief", "--report", "quarterly", "--param", "quarter=previous", "--to", "out", "--mail", "desk@example.org");

        Run run = runNow(cli, "quarterly-brief");

        assertThat(run.result.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertOneErrorLine(run, "mail delivery failed after 2 attempts");
    }

    @Test
    void anUnwritableOutputFolderIsUnexpectedState() throws IOException {
        CommandRunner cli = cli(Map.of());
        add(cli, "quarterly-brief", "--report", "quarterly", "--param", "quarter=previous", "--to", "out");
        Files.writeString(workingDirectory.resolve("out"), "a file where the folder should be");   // root writes anywhere else

        Run run = runNow(cli, "quarterly-brief");

        assertThat(run.result.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
        assertOneErrorLine(run, "out");
    }

    private static void assertOneErrorLine(Run run, String naming) {
        String everything = run.result.err() + run.logged;
        assertThat(everything.lines().filter(line -> !line.isBlank())).as(run.toString()).hasSize(1);
        assertThat(run.result.err()).startsWith("dialogues: run ").contains(" failed: ").contains(naming)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    private CommandRunner cli(Map<String, String> more) {
        Map<String, String> variables = new HashMap<>(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"));
        variables.putAll(more);
        return new CommandRunner(variables, workingDirectory);
    }

    private static void add(CommandRunner cli, String name, String... options) {
        String[] args = new String[options.length + 6];
        System.arraycopy(new String[]{"schedule", "add", name, "--cron", "0 7 2 1,4,7,10 *", "--zone=UTC"}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        CommandRunner.Result added = cli.run(args);
        assertThat(added.exitCode()).as(added.toString()).isZero();
    }

    /** The command's result and whatever the logger wrote to the process's standard error meanwhile. */
    private record Run(CommandRunner.Result result, String logged) {
        @Override
        public String toString() {
            return result + "--- logged\n" + logged;
        }
    }

    private static Run runNow(CommandRunner cli, String name) {
        return capturingStandardError(() -> cli.run("schedule", "run-now", name));
    }

    /** Logback's console appender writes to whatever System.err is at the time. */
    private static Run capturingStandardError(Supplier<CommandRunner.Result> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            CommandRunner.Result result = command.get();
            return new Run(result, logged.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
