package org.dialogues.extract.linguistic;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The long-lived annotator shared by the processes on one {@code $DIALOGUES_HOME}: it keeps the
 * CoreNLP models loaded, so a short command (a one-file import) does not spend seconds loading them
 * and warming the JIT. Its file {@code annotator.properties} in the home gives its port, process
 * id, version and the token clients send. What it returns is the serialized annotation the
 * in-process annotator would store, read back by the same code: the result is the same.
 */
public final class AnnotatorDaemon {

    /** How a running annotator describes itself. */
    public record Status(int port, long pid, String version, long annotated, Instant started, Duration idleLimit) {
    }

    private AnnotatorDaemon() {
    }

    /**
     * An annotator that asks the daemon of {@code home}, starting it with {@code serverCommand} (a
     * process that runs {@link #serve}) if needed. Connecting starts at once, in the background;
     * when it fails, annotation runs in this process and {@code notice} is told why, once.
     */
    public static LinguisticAnnotator client(Path home, List<String> serverCommand, Consumer<String> notice) {
        return new DaemonClient(home.toAbsolutePath().normalize(), serverCommand, notice);
    }

    /** Runs the daemon of {@code home} in this process until it is stopped or idle for {@code idle}. */
    public static void serve(Path home, Duration idle) {
        DaemonServer.serve(home.toAbsolutePath().normalize(), idle);
    }

    /** The running daemon of {@code home}, if there is one that answers. */
    public static Optional<Status> status(Path home) {
        return DaemonFile.read(home).flatMap(DaemonClient::ping);
    }

    /** Stops the daemon of {@code home}; false when none was running. */
    public static boolean stop(Path home) {
        Optional<DaemonFile> file = DaemonFile.read(home);
        if (file.isEmpty()) {
            return false;
        }
        if (!file.get().alive()) {
            file.get().deleteIfCurrent(home);
            return false;
        }
        DaemonClient.stop(file.get(), home);
        return true;
    }
}
