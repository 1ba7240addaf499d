package org.dialogues.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.OptionalLong;

/**
 * The embedded PostgreSQL server of one {@code DIALOGUES_HOME}: a real, durable store.
 *
 * <p>Several Dialogues processes share one server: the first starts it and owns it; others find it
 * running (its {@code postmaster.pid} names a live process answering on the port) and connect to it.
 * A server left behind by an owner killed with {@code kill -9} is adopted by the next process, and
 * a stale {@code postmaster.pid} of a dead server is removed before starting. The port is fixed per
 * data directory (stored in {@code postgres.port}) so analysts' connection settings keep working.
 */
public final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "dialogues";
    static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final Path home;
    private final int port;
    private final EmbeddedPostgres started;   // null when this process attached to a running server
    private final long adoptedPid;           // postmaster to stop on close when adopted, else -1

    private EmbeddedServer(Path home, int port, EmbeddedPostgres started, long adoptedPid) {
        this.home = home;
        this.port = port;
        this.started = started;
        this.adoptedPid = adoptedPid;
    }

    /** Starts the server of {@code home}, or connects to the one already running there. */
    public static EmbeddedServer startOrAttach(Path home, OptionalInt requestedPort) {
        ensureWritable(home);
        Path dataDirectory = home.resolve("postgres");
        Optional<RunningServer> running = RunningServer.find(dataDirectory);
        if (running.isPresent()) {
            return attach(home, running.get());
        }
        int port = choosePort(home, requestedPort);
        return start(home, dataDirectory, port);
    }

    /** Whether a server of this home is running, without starting one. */
    public static Optional<Integer> runningPort(Path home) {
        return RunningServer.find(home.resolve("postgres")).map(RunningServer::port);
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** True when this process started (or adopted) the server and stops it on close. */
    public boolean owner() {
        return started != null || adoptedPid > 0;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            if (started != null) {
                started.close();
            } else if (adoptedPid > 0) {
                stopProcess(adoptedPid);
            }
            if (owner()) {
                Files.deleteIfExists(ownerFile(home));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedServer attach(Path home, RunningServer running) {
        OptionalLong owner = readPid(ownerFile(home));
        boolean ownerAlive = owner.isPresent() && ProcessHandle.of(owner.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
        if (ownerAlive) {
            return new EmbeddedServer(home, running.port(), null, -1);
        }
        // The process that started it is gone (killed): adopt the server so that someone stops it.
        writeOwner(home);
        return new EmbeddedServer(home, running.port(), null, running.pid());
    }

    private static EmbeddedServer start(Path home, Path dataDirectory, int port) {
        if (!portFree(port)) {
            throw new DatabaseException(Category.UNAVAILABLE, "port " + port + " of the embedded database is in use by another program;"
                    + " stop it, or set " + DatabaseSettings.PORT + " to a free port");
        }
        try {
            Path log = home.resolve("postgres.log");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The library turns durability off for tests; this is a real store.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            writeOwner(home);
            createDatabaseIfMissing(port);
            return new EmbeddedServer(home, port, postgres, -1);
        } catch (IOException | IllegalStateException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "the embedded database in " + dataDirectory
                    + " did not start (" + firstLine(e) + "); see " + home.resolve("postgres.log"), e);
        }
    }

    private static void createDatabaseIfMissing(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, "");
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(Category.UNAVAILABLE, "could not create the database '" + DATABASE
                    + "' in the embedded server: " + e.getMessage(), e);
        }
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

    private static Path ownerFile(Path home) {
        return home.resolve("postgres.owner");
    }

    private static void writeOwner(Path home) {
        try {
            Files.writeString(ownerFile(home), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot write " + ownerFile(home), e);
        }
    }

    private static OptionalLong readPid(Path file) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void stopProcess(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();   // SIGTERM: PostgreSQL's smart shutdown
            try {
                process.onExit().get(SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** A server process found through the data directory's postmaster.pid. */
    private record RunningServer(long pid, int port) {

        static Optional<RunningServer> find(Path dataDirectory) {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                removeStale(pidFile);
                return Optional.empty();
            }
            if (!awaitConnections(port)) {
                throw new DatabaseException(Category.UNAVAILABLE, "a PostgreSQL process (pid " + pid + ") holds " + dataDirectory
                        + " but does not accept connections on port " + port + "; stop it and try again");
            }
            return Optional.of(new RunningServer(pid, port));
        }

        private static void removeStale(Path pidFile) {
            try {
                Files.deleteIfExists(pidFile);   // left by a server that died; PostgreSQL would refuse to start
            } catch (IOException e) {
                throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot remove the stale " + pidFile, e);
            }
        }

        private static boolean awaitConnections(int port) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (Instant.now().isBefore(deadline)) {
                try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, "")) {
                    return true;
                } catch (SQLException e) {
                    sleep();
                }
            }
            return false;
        }

        private static void sleep() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
