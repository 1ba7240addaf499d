package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** db password shows and rotates the reader's and writer's passwords; db serve says how to get them and --listen opens the network. */
class DbPasswordCommandIT {

    @TempDir
    Path home;

    private CommandRunner cli() {
        return new CommandRunner(Map.of("DIALOGUES_HOME", home.toString()), home);
    }

    private int port() throws Exception {
        return Integer.parseInt(Files.readString(home.resolve("postgres.port")).trim());
    }

    @Test
    void thePrintedPasswordLetsTheReaderInAndRotatingItLocksTheOldOneOut() throws Exception {
        CommandRunner.Result shown = cli().run("db", "password", "dialogues_reader");
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        String old = shown.out().trim();
        assertThat(old).hasSizeGreaterThanOrEqualTo(24);

        try (Database database = Database.open(DatabaseSettings.fromEnvironment(Map.of("DIALOGUES_HOME", home.toString()), home))) {
            int port = port();
            try (Connection reader = connect(port, "dialogues_reader", old)) {
                assertThat(reader.isValid(1)).isTrue();
            }
            CommandRunner.Result rotated = cli().run("db", "password", "dialogues_reader", "--rotate");
            assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
            String fresh = rotated.out().trim();
            assertThat(fresh).isNotEqualTo(old);
            assertThatThrownBy(() -> connect(port, "dialogues_reader", old)).isInstanceOf(SQLException.class);
            try (Connection reader = connect(port, "dialogues_reader", fresh)) {
                assertThat(reader.isValid(1)).isTrue();
            }
            assertThat(cli().run("db", "password", "dialogues_reader").out().trim()).isEqualTo(fresh);
        }
    }

    @Test
    void onlyTheReaderAndTheWriterHavePasswordsToShow() {
        CommandRunner.Result result = cli().run("db", "password", "postgres");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("dialogues_reader or dialogues_writer");
    }

    @Test
    void serveSaysHowAnAnalystGetsThePasswordAndListensOnlyOnLoopbackByDefault() {
        CommandRunner.Result result = cli().run("db", "serve", "--for", "PT0.5S");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("db password dialogues_reader").doesNotContain("no password");
    }

    @Test
    void serveListenOpensTheNetworkToTheReaderAndWriterWithPasswordsOnly() throws Exception {
        StringWriter out = new StringWriter();
        CompletableFuture<CommandRunner.Result> serve = CompletableFuture.supplyAsync(
                () -> cli().runWithInput("", out, "db", "serve", "--listen", "0.0.0.0", "--for", "PT20S"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!out.toString().contains("is up on port") && Instant.now().isBefore(deadline) && !serve.isDone()) {
            Thread.sleep(100);
        }
        assertThat(out.toString()).as(serve.isDone() ? serve.get().toString() : out.toString()).contains("psql -h 0.0.0.0");
        try (Database attached = Database.open(DatabaseSettings.fromEnvironment(Map.of("DIALOGUES_HOME", home.toString()), home))) {
            assertThat(attached.embeddedServer().orElseThrow().listenAddresses()).contains("0.0.0.0");
        }
        String hba = Files.readString(home.resolve("postgres/pg_hba.conf"));
        assertThat(hba).contains("dialogues_reader,dialogues_writer  0.0.0.0/0  scram-sha-256").doesNotContain("trust");

        CommandRunner.Result second = cli().run("db", "serve", "--listen", "192.0.2.1", "--for", "PT0.1S");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
        assertThat(second.err()).contains("already running").hasLineCount(1);
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/dialogues", properties);
    }
}
