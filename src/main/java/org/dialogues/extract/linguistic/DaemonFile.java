package org.dialogues.extract.linguistic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The file in {@code $DIALOGUES_HOME} through which clients find the running annotator: its port,
 * process id, annotator version and the token a client must send. Only its owner may read it
 * (mode 0600), which is what keeps other local users from using the annotator.
 */
record DaemonFile(int port, long pid, String version, String token) {

    static final String NAME = "annotator.properties";

    static Path of(Path home) {
        return home.resolve(NAME);
    }

    /** The file as written, or nothing when it is missing, torn or unreadable. */
    static Optional<DaemonFile> read(Path home) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(of(home))) {
            properties.load(in);
            return Optional.of(new DaemonFile(Integer.parseInt(properties.getProperty("port")),
                    Long.parseLong(properties.getProperty("pid")), properties.getProperty("version"),
                    properties.getProperty("token")))
                    .filter(file -> file.version() != null && file.token() != null);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written aside and moved into place, so a client never reads half a file. */
    void write(Path home) {
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("version", version);
        properties.setProperty("token", token);
        Path partial = home.resolve(NAME + "." + pid);
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(partial)) {
                properties.store(out, "the linguistic annotator of this home (dialogues annotator status|stop)");
            }
            try {
                Files.move(partial, of(home), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, of(home), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the process the file names is still running. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Removes the file if it still names this server (a newer one may have replaced it). */
    void deleteIfCurrent(Path home) {
        if (read(home).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(of(home));
            } catch (IOException e) {
                // a file left behind names a dead process: the next client replaces it
            }
        }
    }
}
