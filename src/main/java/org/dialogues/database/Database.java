package org.dialogues.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.dialogues.DialoguesException.Category;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * An open, migrated knowledge base: the embedded server of {@code DIALOGUES_HOME} or the server
 * named by {@code DIALOGUES_DB_URL}. Close it to release the embedded server.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String jdbcUrl;
    private final String user;
    private final Optional<EmbeddedServer> server;

    private Database(HikariDataSource dataSource, String jdbcUrl, String user, Optional<EmbeddedServer> server) {
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.server = server;
    }

    /** Connects (starting the embedded server when needed) and applies pending migrations, if any. */
    public static Database open(DatabaseSettings settings) {
        Database database = connect(settings);
        try {
            new Migrations(database.dataSource).migrateIfBehind();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Connects without migrating (for {@code db info} on a database that may be newer). */
    public static Database connect(DatabaseSettings settings) {
        if (settings.embedded()) {
            EmbeddedServer server = EmbeddedServer.startOrAttach(settings.home(), settings.port(), settings.listen());
            String url = server.jdbcUrl(EmbeddedServer.DATABASE);
            try {
                DataSource superuser = dataSource(url, EmbeddedServer.SUPERUSER, server.superuserPassword());
                return pooled(checked(superuser, url, EmbeddedServer.SUPERUSER), url, EmbeddedServer.SUPERUSER, Optional.of(server));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        String url = settings.url().orElseThrow();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new DatabaseException(Category.INVALID_INPUT, DatabaseSettings.URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not '" + url + "'");
        }
        String user = settings.user().orElse(System.getProperty("user.name"));
        return pooled(checked(dataSource(url, user, settings.password().orElse(null)), url, user), url, user, Optional.empty());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl(dataSource);
    }

    /** A jOOQ context over any PostgreSQL data source, configured the way the whole program uses it. */
    public static DSLContext dsl(DataSource dataSource) {
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        return DSL.using(dataSource, SQLDialect.POSTGRES, settings);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public Optional<EmbeddedServer> embeddedServer() {
        return server;
    }

    public Migrations migrations() {
        return new Migrations(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();   // first: the embedded server's shutdown waits for open connections
        server.ifPresent(EmbeddedServer::close);
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName("dialogues");
        ds.setConnectTimeout(10);
        return ds;
    }

    /** Connects once without the pool, so that a failure keeps its SQL state for the message. */
    private static DataSource checked(DataSource dataSource, String url, String user) {
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            throw describe(e, url, user);
        }
    }

    /** A small pool: opening a PostgreSQL connection costs more than most of our transactions. */
    private static Database pooled(DataSource dataSource, String url, String user, Optional<EmbeddedServer> server) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("dialogues");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        return new Database(new HikariDataSource(config), url, user, server);
    }

    /** Turns a connection failure into a one-line message that names what failed and what to do. */
    static DatabaseException describe(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01")) {
            return unavailable("the database at " + url + " refused the password of user '" + user + "'; check "
                    + DatabaseSettings.USER + " and " + DatabaseSettings.PASSWORD, e);
        }
        if (message.contains("no password was provided") || message.contains("password is an empty string")) {
            return unavailable("the database at " + url + " requires a password for user '" + user + "'; set " + DatabaseSettings.PASSWORD, e);
        }
        if (state.equals("28000") && message.contains("no encryption")) {
            return unavailable("the database at " + url + " accepts user '" + user + "' only over TLS; add ?sslmode=verify-full"
                    + " (or sslmode=require) to " + DatabaseSettings.URL, e);
        }
        if (state.equals("28000")) {
            return unavailable("the database at " + url + " does not let user '" + user + "' in (" + serverMessage(message)
                    + "); check " + DatabaseSettings.USER + " and the server's pg_hba.conf", e);
        }
        if (state.equals("3D000")) {
            return unavailable("the database in " + url + " does not exist; create it or fix " + DatabaseSettings.URL, e);
        }
        if (message.contains("does not support SSL")) {
            return unavailable("TLS was required (sslmode in " + DatabaseSettings.URL + ") but the server at " + url
                    + " does not offer it; turn ssl on there, or change sslmode", e);
        }
        if (e.getCause() instanceof java.net.UnknownHostException) {
            return unavailable("the host in " + url + " is unknown; fix " + DatabaseSettings.URL, e);
        }
        if (state.equals(PSQLState.CONNECTION_UNABLE_TO_CONNECT.getState()) || e instanceof PSQLException && state.startsWith("08")) {
            return unavailable("cannot reach the database at " + url + " (is the server running and the address right?)", e);
        }
        return unavailable("cannot connect to " + url + ": " + serverMessage(message), e);
    }

    private static DatabaseException unavailable(String message, SQLException cause) {
        return new DatabaseException(Category.UNAVAILABLE, message, cause);
    }

    /** The server's own words, on one line, without the severity prefix. */
    private static String serverMessage(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.replaceFirst("^(FATAL|ERROR):\\s*", "");
    }
}
