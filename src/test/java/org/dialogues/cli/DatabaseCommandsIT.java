package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The db commands against a server named by DIALOGUES_DB_URL, and their one-line errors. */
class DatabaseCommandsIT {

    private static TestDatabase db;

    @TempDir
    Path workingDirectory;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.createEmpty();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private CommandRunner onTestDatabase() {
        return new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
    }

    @Test
    void migrateThenInfoShowsTheSchemaVersionAndCounts() {
        CommandRunner cli = onTestDatabase();
        CommandRunner.Result migrate = cli.run("db", "migrate");
        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        assertThat(migrate.out()).containsPattern("Schema at version \\d+");

        CommandRunner.Result info = cli.run("db", "info");
        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.out()).contains("up to date").containsPattern("party\\s+209");

        assertThat(cli.run("db", "migrate").out()).contains("(0 migrations applied)");
        assertThat(cli.run("db", "url").out().trim()).isEqualTo(db.jdbcUrl());
    }

    @Test
    void anUnreachableServerIsOneLineWithExitCodeUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", "jdbc:postgresql://localhost:" + closedPort + "/dialogues"), workingDirectory);
        CommandRunner.Result result = cli.run("db", "info");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err()).startsWith("dialogues: cannot reach the database").hasLineCount(1);
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String url = db.jdbcUrl().replaceAll("/[^/]+$", "/no_such_database");
        CommandRunner.Result result = new CommandRunner(Map.of("DIALOGUES_DB_URL", url, "DIALOGUES_DB_USER", "postgres"), workingDirectory).run("db", "info");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err()).contains("does not exist").hasLineCount(1);
    }

    @Test
    void aUrlThatIsNotPostgresIsInvalidInput() {
        CommandRunner.Result result = new CommandRunner(Map.of("DIALOGUES_DB_URL", "jdbc:mysql://localhost/x"), workingDirectory).run("db", "info");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("must be a PostgreSQL JDBC URL");
    }

    @Test
    void aSchemaNewerThanTheProgramIsRefused() {
        try (TestDatabase newer = TestDatabase.create()) {
            newer.dsl().execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'test', 0, true)""");
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", newer.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
            CommandRunner.Result result = cli.run("db", "info");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
            assertThat(result.err()).contains("schema is at version 999, newer than this program").hasLineCount(1);
        }
    }

    @Test
    void verbosePrintsTheStackTrace() {
        CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", "jdbc:postgresql://localhost:1/x"), workingDirectory);
        CommandRunner.Result result = cli.run("db", "info", "--verbose");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err()).contains("at org.dialogues.database.Database");
    }

    @Test
    void anUnknownCommandIsInvalidInput() {
        CommandRunner.Result result = onTestDatabase().run("db", "frobnicate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("Unmatched argument");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsExplained() throws Exception {
        Path file = Files.writeString(workingDirectory.resolve("not-a-folder"), "x");
        CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_HOME", file.resolve("data").toString()), workingDirectory);
        CommandRunner.Result result = cli.run("db", "info");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
        assertThat(result.err()).contains("is not writable").hasLineCount(1);
    }
}
