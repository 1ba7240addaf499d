package org.dialogues.database;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who uses the embedded server: one file per open {@link EmbeddedServer} in {@code leases/} under
 * {@code DIALOGUES_HOME}, named by process id and holding the process's start time (so that a
 * reused pid is not taken for the old process). Leases of dead processes are ignored and removed.
 * The server is stopped when the last live lease is given back. Used only under {@link HomeLock}.
 */
final class Leases {

    static final String FOLDER = "leases";

    private final Path folder;

    Leases(Path home) {
        this.folder = home.resolve(FOLDER);
    }

    /** Takes a lease for this process; returns its file, to give back on close. */
    Path take() {
        try {
            Files.createDirectories(folder);
            Path lease = folder.resolve(ProcessHandle.current().pid() + "." + UUID.randomUUID());
            Files.writeString(lease, startOf(ProcessHandle.current()).map(Instant::toString).orElse("") + "\n");
            return lease;
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot write a lease in " + folder + ": " + e.getMessage(), e);
        }
    }

    void giveBack(Path lease) {
        try {
            Files.deleteIfExists(lease);
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot remove " + lease + ": " + e.getMessage(), e);
        }
    }

    /** Whether any live process still holds a lease; removes the leases of dead ones. */
    boolean anyLive() {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        boolean live = false;
        try (DirectoryStream<Path> leases = Files.newDirectoryStream(folder)) {
            for (Path lease : leases) {
                if (alive(lease)) {
                    live = true;
                } else {
                    Files.deleteIfExists(lease);
                }
            }
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot read the leases in " + folder + ": " + e.getMessage(), e);
        }
        return live;
    }

    private static boolean alive(Path lease) throws IOException {
        String name = lease.getFileName().toString();
        long pid;
        try {
            pid = Long.parseLong(name.substring(0, name.indexOf('.')));
        } catch (RuntimeException e) {
            return false;   // not a lease
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        String recorded = Files.readString(lease).trim();
        Optional<String> started = startOf(process.get()).map(Instant::toString);
        return recorded.isEmpty() || started.isEmpty() || started.get().equals(recorded);
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }
}
