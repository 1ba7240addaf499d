package org.dialogues.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Real child processes sharing one DIALOGUES_HOME: the server stays up while any of them uses it. */
class SharedEmbeddedServerIT {

    @TempDir
    Path home;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void aServerStartedByOneChildSurvivesItsExitWhileAnotherUsesItAndTheLastOneStopsIt() throws Exception {
        Process starter = child("db", "serve", "--for", "PT5S");
        awaitLine(starter, "is up on port");
        Process user = child("db", "serve", "--for", "PT120S");
        awaitLine(user, "already served by another Dialogues process");

        assertThat(starter.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(starter.exitValue()).isZero();
        String password = new CommandRunner(Map.of("DIALOGUES_HOME", home.toString()), home)
                .run("db", "password", "dialogues_reader").out().trim();
        try (Connection reader = connect(password)) {
            assertThat(reader.createStatement().executeQuery("SELECT 1").next()).isTrue();
        }

        user.destroy();   // SIGTERM: db serve gives its lease back, and as the last user stops the server
        assertThat(user.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Files.exists(home.resolve("postgres/postmaster.pid")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(home.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void twoChildrenStartingTogetherOnAFreshHomeBothConnect() throws Exception {
        Process first = child("db", "info");
        Process second = child("db", "info");
        String firstOutput = outputOf(first);
        String secondOutput = outputOf(second);
        assertThat(first.exitValue()).as(firstOutput).isZero();
        assertThat(second.exitValue()).as(secondOutput).isZero();
        assertThat(firstOutput + secondOutput).contains("Schema:").doesNotContain("could not lock").doesNotContain("Gave up");
    }

    private Process child(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DIALOGUES_HOME", home.toString());
        Process process = builder.start();
        children.add(process);
        return process;
    }

    private static void awaitLine(Process process, String text) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        StringBuilder seen = new StringBuilder();
        String line;
        while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(text)) {
                // keep draining so that the child never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the child ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("no line with '" + text + "'; the child printed:\n" + seen);
    }

    private static String outputOf(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private Connection connect(String password) throws Exception {
        int port = Integer.parseInt(Files.readString(home.resolve("postgres.port")).trim());
        Properties properties = new Properties();
        properties.setProperty("user", "dialogues_reader");
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/dialogues", properties);
    }
}
