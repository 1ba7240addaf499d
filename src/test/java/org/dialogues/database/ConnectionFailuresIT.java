package org.dialogues.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against a server named by DIALOGUES_DB_URL (here the embedded server, which wants passwords),
 * each way of failing to connect is named: password, database, host, TLS.
 */
class ConnectionFailuresIT {

    @TempDir
    static Path home;
    private static Database embedded;
    private static String url;
    private static String readerPassword;

    @BeforeAll
    static void startServer() {
        embedded = Database.open(DatabaseSettings.fromEnvironment(Map.of("DIALOGUES_HOME", home.toString()), home));
        url = embedded.jdbcUrl();
        readerPassword = embedded.embeddedServer().orElseThrow().password(EmbeddedServer.READER);
    }

    @AfterAll
    static void stopServer() {
        embedded.close();
    }

    private static String failure(String jdbcUrl, String user, String password) {
        DatabaseSettings settings = new DatabaseSettings(home.resolve("unused"), Optional.of(jdbcUrl), Optional.of(user),
                Optional.ofNullable(password), OptionalInt.empty());
        try (Database ignored = Database.connect(settings)) {
            throw new AssertionError("connected to " + jdbcUrl + " as " + user);
        } catch (DatabaseException e) {
            assertThat(e.getMessage()).hasLineCount(1);
            return e.getMessage();
        }
    }

    @Test
    void theRightPasswordGetsIn() {
        DatabaseSettings settings = new DatabaseSettings(home.resolve("unused"), Optional.of(url), Optional.of(EmbeddedServer.READER),
                Optional.of(readerPassword), OptionalInt.empty());
        try (Database reader = Database.connect(settings)) {
            assertThat(reader.dsl().fetchValue("SELECT current_user")).isEqualTo(EmbeddedServer.READER);
        }
    }

    @Test
    void aWrongPasswordIsNamedAsSuch() {
        assertThat(failure(url, EmbeddedServer.READER, "wrong"))
                .contains("refused the password of user 'dialogues_reader'").doesNotContain("cannot reach");
    }

    @Test
    void aMissingPasswordIsNamedAsSuch() {
        assertThat(failure(url, EmbeddedServer.READER, null)).contains("requires a password").contains("DIALOGUES_DB_PASSWORD");
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        assertThat(failure(url.replace("/dialogues", "/no_such_database"), EmbeddedServer.READER, readerPassword))
                .contains("does not exist");
    }

    @Test
    void anUnreachableOrUnknownHostIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(failure("jdbc:postgresql://localhost:" + closedPort + "/dialogues", EmbeddedServer.READER, "x"))
                .startsWith("cannot reach the database");
        assertThat(failure("jdbc:postgresql://no-such-host.invalid:5432/dialogues", EmbeddedServer.READER, "x"))
                .contains("host").contains("unknown");
    }

    @Test
    void tlsRequiredByTheClientButNotOfferedIsNamed() {
        assertThat(failure(url + "?sslmode=require", EmbeddedServer.READER, readerPassword))
                .contains("TLS was required").contains("does not offer it");
    }

    @Test
    void tlsRequiredByTheServerIsNamed() throws Exception {
        Path hba = home.resolve("postgres/pg_hba.conf");
        String original = Files.readString(hba);
        EmbeddedServer server = embedded.embeddedServer().orElseThrow();
        try {
            Files.writeString(hba, "local all all scram-sha-256\nhost all postgres 127.0.0.1/32 scram-sha-256\n"
                    + "hostssl dialogues dialogues_reader 127.0.0.1/32 scram-sha-256\n");
            reload(server);
            assertThat(failure(url, EmbeddedServer.READER, readerPassword)).contains("only over TLS").contains("sslmode");
        } finally {
            Files.writeString(hba, original);
            reload(server);
        }
    }

    private static void reload(EmbeddedServer server) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", server.superuserPassword());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), properties); var s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(300);
    }
}
