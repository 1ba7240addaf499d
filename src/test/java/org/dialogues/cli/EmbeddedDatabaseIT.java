package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.TOPIC;

/** The embedded PostgreSQL under DIALOGUES_HOME: durable, shared between processes, robust to kill -9. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    private DatabaseSettings settings() {
        return DatabaseSettings.fromEnvironment(Map.of("DIALOGUES_HOME", home.toString()), home);
    }

    @Test
    void whatWasStoredIsThereAfterARestartAndWritesAreDurable() {
        try (Database database = Database.open(settings())) {
            database.dsl().insertInto(TOPIC).set(TOPIC.CODE, "restart_check").set(TOPIC.LABEL, "Restart check").execute();
            assertThat(database.dsl().fetchValue("SHOW fsync")).isEqualTo("on");
            assertThat(database.dsl().fetchValue("SHOW synchronous_commit")).isEqualTo("on");
        }
        assertThat(home.resolve("postgres/postmaster.pid")).doesNotExist();
        try (Database database = Database.open(settings())) {
            assertThat(database.dsl().fetchExists(TOPIC, TOPIC.CODE.eq("restart_check"))).isTrue();
            assertThat(database.embeddedServer().orElseThrow().port())
                    .isEqualTo(Integer.parseInt(readString(home.resolve("postgres.port"))));
        }
    }

    @Test
    void aPortTakenByAnotherProgramIsExplained() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_HOME", home.toString(),
                    "DIALOGUES_DB_PORT", String.valueOf(taken.getLocalPort())), home);
            CommandRunner.Result result = cli.run("db", "info");
            assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(result.err()).contains("port " + taken.getLocalPort()).contains("in use").hasLineCount(1);
        }
    }

    @Test
    void aSecondProcessSharesTheServerAndAKilledOwnerLeavesTheNextStartWorking() throws Exception {
        Process serve = startServeProcess();
        try {
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_HOME", home.toString()), home);
            CommandRunner.Result shared = cli.run("db", "info");
            assertThat(shared.exitCode()).as(shared.toString()).isZero();
            try (Database database = Database.open(settings())) {
                assertThat(database.embeddedServer().orElseThrow().owner()).isFalse();
                database.dsl().insertInto(TOPIC).set(TOPIC.CODE, "before_kill").set(TOPIC.LABEL, "Before kill").execute();
            }
            serve.destroyForcibly().waitFor();   // kill -9: the server it started is left running

            CommandRunner.Result afterKill = cli.run("db", "info");
            assertThat(afterKill.exitCode()).as(afterKill.toString()).isZero();
            try (Database database = Database.open(settings())) {
                assertThat(database.dsl().fetchExists(TOPIC, TOPIC.CODE.eq("before_kill"))).isTrue();
            }
        } finally {
            serve.destroyForcibly();
        }
    }

    private Process startServeProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "db", "serve", "--for", "PT120S"));
        builder.environment().put("DIALOGUES_HOME", home.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String line;
        while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
            if (line.contains("is up on port")) {
                return process;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("db serve did not come up");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
