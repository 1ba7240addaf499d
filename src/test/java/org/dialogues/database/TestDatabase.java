package org.dialogues.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, migrated PostgreSQL database for one test class. The server behind it is, in order of
 * preference: the one named by {@code DIALOGUES_TEST_DB_URL} (an admin URL, with
 * {@code DIALOGUES_TEST_DB_USER}/{@code _PASSWORD}), a Testcontainers PostgreSQL where a Docker engine
 * is reachable, or an embedded PostgreSQL. One server serves the whole test JVM; each
 * {@link #create()} gets its own database on it, dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private final String name;
    private final DataSource dataSource;

    private TestDatabase(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Creates a new database and applies every migration to it. */
    public static TestDatabase create() {
        return create(true);
    }

    /** Creates a new, empty database; migrate it yourself. */
    public static TestDatabase createEmpty() {
        return create(false);
    }

    private static TestDatabase create(boolean migrate) {
        Server s = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("CREATE DATABASE " + name);
        TestDatabase db = new TestDatabase(name, s.dataSource(name));
        if (migrate) {
            new Migrations(db.dataSource).migrate();
        }
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return Database.dsl(dataSource);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server().url(name);
    }

    /** A data source for the same database as another role (e.g. dialogues_reader). */
    public DataSource dataSourceAs(String user, String password) {
        return server().dataSource(name, user, password);
    }

    /** Settings that point the program (CLI) at this database. */
    public DatabaseSettings settings(Path home) {
        Server s = server();
        return new DatabaseSettings(home, java.util.Optional.of(s.url(name)), java.util.Optional.of(s.user()),
                java.util.Optional.ofNullable(s.password()), java.util.OptionalInt.empty());
    }

    @Override
    public void close() {
        server().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static synchronized Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getenv("DIALOGUES_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url.replaceAll("/[^/?]*(\\?.*)?$", "/"), System.getenv("DIALOGUES_TEST_DB_USER"), System.getenv("DIALOGUES_TEST_DB_PASSWORD"));
        }
        if (dockerReachable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            String base = container.getJdbcUrl().replaceAll("/[^/?]*(\\?.*)?$", "/");
            return new Server(base, container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Asking Testcontainers without an engine logs a long error; check for a socket first.
    private static boolean dockerReachable() {
        boolean candidate = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        return candidate && DockerClientFactory.instance().isDockerAvailable();
    }

    private record Server(String baseUrl, String user, String password) {

        String url(String database) {
            return baseUrl + database;
        }

        DataSource dataSource(String database) {
            return dataSource(database, user, password);
        }

        DataSource dataSource(String database, String asUser, String asPassword) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url(database));
            ds.setUser(asUser);
            if (asPassword != null) {
                ds.setPassword(asPassword);
            }
            return ds;
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(url("postgres"), user, password);
                 var statement = c.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
