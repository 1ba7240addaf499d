package org.dialogues.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the knowledge base lives: an existing server named by {@code DIALOGUES_DB_URL}, or else the
 * embedded PostgreSQL whose data directory persists under {@code DIALOGUES_HOME} (default
 * {@code data/} in the working directory).
 */
public record DatabaseSettings(Path home, Optional<String> url, Optional<String> user, Optional<String> password,
                               OptionalInt port, Optional<String> listen) {

    public static final String HOME = "DIALOGUES_HOME";
    public static final String URL = "DIALOGUES_DB_URL";
    public static final String USER = "DIALOGUES_DB_USER";
    public static final String PASSWORD = "DIALOGUES_DB_PASSWORD";
    public static final String PORT = "DIALOGUES_DB_PORT";

    public DatabaseSettings {
        home = home.toAbsolutePath().normalize();
    }

    /** Settings whose embedded server listens on loopback only. */
    public DatabaseSettings(Path home, Optional<String> url, Optional<String> user, Optional<String> password, OptionalInt port) {
        this(home, url, user, password, port, Optional.empty());
    }

    /** An embedded server under {@code home} and nothing else: a throw-away database for a benchmark. */
    public static DatabaseSettings embedded(Path home) {
        return new DatabaseSettings(home, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /** The same settings, with the embedded server (when this process starts it) also listening on {@code address}. */
    public DatabaseSettings listeningOn(String address) {
        return new DatabaseSettings(home, url, user, password, port, Optional.of(address));
    }

    /** Reads the settings from environment variables, resolving relative paths against workingDir. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, Path workingDir) {
        Path home = Optional.ofNullable(blankToNull(env.get(HOME)))
                .map(workingDir::resolve)
                .orElse(workingDir.resolve("data"));
        return new DatabaseSettings(home,
                Optional.ofNullable(blankToNull(env.get(URL))),
                Optional.ofNullable(blankToNull(env.get(USER))),
                Optional.ofNullable(blankToNull(env.get(PASSWORD))),
                parsePort(env.get(PORT)));
    }

    public boolean embedded() {
        return url.isEmpty();
    }

    private static OptionalInt parsePort(String value) {
        if (blankToNull(value) == null) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1024 || port > 65535) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(port);
        } catch (NumberFormatException e) {
            throw new DatabaseException(DatabaseException.Category.INVALID_INPUT,
                    PORT + " must be a port number between 1024 and 65535, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
