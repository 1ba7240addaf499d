package org.dialogues.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded server lets in only holders of its generated passwords, and upgrades homes that trusted everyone. */
class PasswordOnlyEmbeddedServerIT {

    @TempDir
    Path home;

    private DatabaseSettings settings() {
        return DatabaseSettings.fromEnvironment(Map.of("DIALOGUES_HOME", home.toString()), home);
    }

    @Test
    void noRoleGetsInWithoutItsPasswordAndThePasswordsAreTheOwnersAlone() throws Exception {
        try (Database database = Database.open(settings())) {
            EmbeddedServer server = database.embeddedServer().orElseThrow();
            int port = server.port();
            for (String role : List.of("postgres", EmbeddedServer.READER, EmbeddedServer.WRITER)) {
                assertThatThrownBy(() -> connect(port, role, "")).as(role).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(port, role, "guess")).as(role).isInstanceOf(SQLException.class);
            }
            try (Connection reader = connect(port, EmbeddedServer.READER, server.password(EmbeddedServer.READER))) {
                assertThat(reader.isValid(1)).isTrue();
            }
            try (Connection writer = connect(port, EmbeddedServer.WRITER, server.password(EmbeddedServer.WRITER))) {
                assertThat(writer.isValid(1)).isTrue();
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(Passwords.FILE)))).isEqualTo("rw-------");
            String hba = Files.readString(home.resolve("postgres/pg_hba.conf"));
            assertThat(hba.lines().filter(line -> !line.startsWith("#") && !line.isBlank()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256").doesNotContain("replication"));
            assertThat(psqlWithoutPassword(port)).as("psql over the local socket without a password").isNotZero();
        }
    }

    @Test
    void aHomeOfAnOlderVersionThatTrustedEveryoneIsUpgradedAndKeepsItsData() throws Exception {
        int port;
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            port = old.getPort();
            try (Connection c = connect(port, "postgres", "", "postgres"); var s = c.createStatement()) {
                s.execute("CREATE DATABASE dialogues");
            }
            javax.sql.DataSource archive = old.getDatabase("postgres", "dialogues");
            new Migrations(archive).migrate();
            Database.dsl(archive).execute("INSERT INTO topic (code, label) VALUES ('archived', 'Archived before the upgrade')");
        }
        Files.writeString(home.resolve("postgres.port"), port + "\n");
        assertThat(Files.readString(home.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (Database database = Database.open(settings())) {
            assertThat(database.dsl().fetchValue("SELECT label FROM topic WHERE code = 'archived'")).isEqualTo("Archived before the upgrade");
            assertThatThrownBy(() -> connect(port, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, EmbeddedServer.READER, "")).isInstanceOf(SQLException.class);
        }
        assertThat(home.resolve(Passwords.FILE)).exists();
        assertThat(Files.readString(home.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
        try (Database again = Database.open(settings())) {
            assertThat(again.dsl().fetchValue("SELECT label FROM topic WHERE code = 'archived'")).isEqualTo("Archived before the upgrade");
        }
    }

    /** psql's exit status when it tries the superuser over the Unix socket with no password. */
    private static int psqlWithoutPassword(int port) throws Exception {
        Path psql = Path.of("/usr/bin/psql");
        assumeTrue(Files.isExecutable(psql), "psql is not installed; the socket login is not tried");
        Process process = new ProcessBuilder(psql.toString(), "-w", "-h", "/tmp", "-p", String.valueOf(port), "-U", "postgres",
                "-d", "postgres", "-c", "SELECT 1").redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assumeTrue(!output.contains("No such file or directory"), "the server's socket is not in /tmp: " + output);
        return process.exitValue();
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        return connect(port, user, password, "dialogues");
    }

    private static Connection connect(int port, String user, String password, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }
}
