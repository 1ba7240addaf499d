package org.dialogues.extract.linguistic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Annotates through the annotator of {@code $DIALOGUES_HOME}, starting it when none runs (or the
 * one that runs is of another version, or its file names a dead process). When it cannot be reached
 * or started, the text is annotated in this process, as without a daemon: nothing breaks, it is
 * only slower to start. Reading stored annotations back never needs the daemon.
 */
final class DaemonClient implements LinguisticAnnotator {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** How often a waiting call looks whether its thread was interrupted (a time budget ran out). */
    private static final int POLL_MILLIS = 200;

    private final Path home;
    private final List<String> serverCommand;
    private final Consumer<String> notice;
    private final CoreNlpAnnotator local = CoreNlpAnnotator.shared();
    private final CompletableFuture<Optional<DaemonFile>> endpoint;
    private volatile boolean fallenBack;

    DaemonClient(Path home, List<String> serverCommand, Consumer<String> notice) {
        this.home = home;
        this.serverCommand = List.copyOf(serverCommand);
        this.notice = notice;
        // connecting (and starting the daemon) overlaps with whatever the command does before its first article
        this.endpoint = CompletableFuture.supplyAsync(this::connect);
    }

    @Override
    public String version() {
        return local.version();
    }

    @Override
    public Optional<Linguistics> read(StoredAnnotation stored, String text, LocalDate documentDate) {
        return local.read(stored, text, documentDate);
    }

    @Override
    public Annotated annotate(String text, LocalDate documentDate) {
        Optional<DaemonFile> daemon = fallenBack ? Optional.empty() : endpoint.join();
        if (daemon.isPresent()) {
            try {
                StoredAnnotation stored = request(daemon.get(), text, documentDate);
                Optional<Linguistics> linguistics = local.read(stored, text, documentDate);
                if (linguistics.isPresent()) {
                    return new Annotated(linguistics.get(), stored);
                }
                fallBack("the annotator's answer could not be read back");
            } catch (IOException e) {
                fallBack("the annotator did not answer (" + e.getMessage() + ")");
            }
        }
        return local.annotate(text, documentDate);
    }

    private void fallBack(String why) {
        if (!fallenBack) {
            fallenBack = true;
            notice.accept("annotating in this process: " + why);
        }
    }

    private StoredAnnotation request(DaemonFile daemon, String text, LocalDate documentDate) throws IOException {
        try (Socket socket = open(daemon);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            header(out, daemon, Wire.ANNOTATE);
            Wire.writeText(out, documentDate == null ? "" : documentDate.toString());
            Wire.writeText(out, text);
            out.flush();
            byte status = awaitStatus(socket, in);
            if (status == Wire.FAILED) {
                throw new IllegalStateException("the annotator failed on this text: " + Wire.readText(in));
            }
            if (status != Wire.OK) {
                throw new IOException("refused (status " + status + ")");
            }
            return new StoredAnnotation(Wire.readText(in), Wire.readBytes(in));
        }
    }

    /**
     * Waits for the answer's first byte, looking every so often whether this thread was interrupted:
     * then the connection is closed (which interrupts the annotation in the daemon too).
     */
    private static byte awaitStatus(Socket socket, DataInputStream in) throws IOException {
        socket.setSoTimeout(POLL_MILLIS);
        while (true) {
            try {
                byte status = in.readByte();
                socket.setSoTimeout(0);
                return status;
            } catch (SocketTimeoutException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted while the annotator worked");
                }
            }
        }
    }

    private static Socket open(DaemonFile daemon) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    private static void header(DataOutputStream out, DaemonFile daemon, byte operation) throws IOException {
        out.writeInt(Wire.MAGIC);
        Wire.writeText(out, daemon.token());
        out.writeByte(operation);
    }

    /** Asks the daemon how it is; empty when it does not answer. */
    static Optional<AnnotatorDaemon.Status> ping(DaemonFile daemon) {
        try (Socket socket = open(daemon);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            header(out, daemon, Wire.PING);
            out.flush();
            if (in.readByte() != Wire.OK) {
                return Optional.empty();
            }
            return Optional.of(new AnnotatorDaemon.Status(daemon.port(), daemon.pid(), Wire.readText(in), in.readLong(),
                    java.time.Instant.ofEpochMilli(in.readLong()), Duration.ofSeconds(in.readLong())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Asks the daemon to stop and waits for its process to end; one that does not answer is killed. */
    static boolean stop(DaemonFile daemon, Path home) {
        boolean asked = false;
        try (Socket socket = open(daemon);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            header(out, daemon, Wire.STOP);
            out.flush();
            asked = in.readByte() == Wire.OK;
        } catch (IOException e) {
            // not answering: it is ended below
        }
        // a pid that answers nothing may have been reused by another program: only an annotator is ended
        boolean ours = asked;
        Optional<ProcessHandle> process = ProcessHandle.of(daemon.pid()).filter(p -> ours || isAnnotator(p));
        if (process.isPresent() && process.get().isAlive()) {
            try {
                if (!asked) {
                    process.get().destroy();
                }
                process.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        daemon.deleteIfCurrent(home);
        return asked;
    }

    private static boolean isAnnotator(ProcessHandle process) {
        return process.info().arguments().map(arguments -> String.join(" ", arguments).contains("annotator serve")).orElse(false);
    }

    /**
     * The daemon to use: the running one when it is of this version and answers, otherwise a new
     * one. Clients that start at once take turns on a lock file, so only one of them starts it.
     */
    private Optional<DaemonFile> connect() {
        try {
            Optional<DaemonFile> running = usable();
            if (running.isPresent()) {
                return running;
            }
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(home.resolve("annotator.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                running = usable();
                return running.isPresent() ? running : start();
            }
        } catch (IOException | RuntimeException e) {
            fallBack("the annotator could not be started (" + e + ")");
            return Optional.empty();
        }
    }

    /** The daemon of the file if it answers and is of this version; a stale or foreign one is stopped. */
    private Optional<DaemonFile> usable() {
        Optional<DaemonFile> file = DaemonFile.read(home);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        DaemonFile daemon = file.get();
        if (daemon.alive() && daemon.version().equals(local.version()) && ping(daemon).isPresent()) {
            return file;
        }
        if (daemon.alive()) {
            stop(daemon, home);   // another version, or not answering
        } else {
            daemon.deleteIfCurrent(home);
        }
        return Optional.empty();
    }

    private Optional<DaemonFile> start() throws IOException {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");   // its own session: a Ctrl-C on the command that started it does not end it
        }
        command.addAll(serverCommand);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("annotator.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("DIALOGUES_HOME", home.toString());
        Process process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<DaemonFile> file = DaemonFile.read(home).filter(f -> f.version().equals(local.version()));
            if (file.isPresent() && file.get().alive() && ping(file.get()).isPresent()) {
                return file;
            }
            if (!process.isAlive()) {
                throw new IOException("the annotator ended at start with status " + process.exitValue()
                        + "; see " + home.resolve("annotator.log"));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroy();
        throw new IOException("the annotator did not start within " + START_TIMEOUT.toSeconds() + " s");
    }
}
