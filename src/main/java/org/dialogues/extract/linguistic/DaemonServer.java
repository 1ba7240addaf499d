package org.dialogues.extract.linguistic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The long-lived annotator: one process per {@code $DIALOGUES_HOME} that keeps the CoreNLP models
 * loaded and warm, and answers annotation requests from the commands on that home with the same
 * serialized annotation they would store themselves. It listens on 127.0.0.1 only, answers only
 * requests bearing the token of its file, and ends itself after an idle time.
 */
final class DaemonServer {

    private final Path home;
    private final Duration idle;
    private final CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    /** Annotation is CPU bound: more at once than there are cores only adds memory. */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
    private final AtomicLong served = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final long started = System.currentTimeMillis();
    private final ExecutorService connections = Executors.newCachedThreadPool(daemonThreads("annotator-connection"));
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemonThreads("annotator-idle"));
    private ServerSocket socket;
    private DaemonFile file;

    DaemonServer(Path home, Duration idle) {
        this.home = home;
        this.idle = idle;
    }

    /** Listens until stopped or idle; the file is written once the port is open, while the models load. */
    void run() throws IOException {
        Files.createDirectories(home);
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        annotator.loadInBackground();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        file = new DaemonFile(socket.getLocalPort(), ProcessHandle.current().pid(), annotator.version(),
                HexFormat.of().formatHex(secret));
        file.write(home);
        long period = Math.max(1, Math.min(30, idle.toSeconds() / 10));
        clock.scheduleAtFixedRate(this::stopIfIdle, period, period, TimeUnit.SECONDS);
        System.out.printf("annotator %s listening on 127.0.0.1:%d, pid %d, stops after %d s idle%n",
                file.version(), file.port(), file.pid(), idle.toSeconds());
        try {
            while (!stopping.get()) {
                Socket client = socket.accept();
                connections.execute(() -> answer(client));
            }
        } catch (SocketException e) {
            if (!stopping.get()) {
                throw e;
            }
        } finally {
            stop();
        }
    }

    private void stopIfIdle() {
        if (busy.get() == 0 && System.nanoTime() - lastUsed.get() > idle.toNanos()) {
            System.out.println("annotator idle for " + idle.toSeconds() + " s: stopping");
            stop();
        }
    }

    private void stop() {
        if (stopping.getAndSet(true) && socket.isClosed()) {
            return;
        }
        file.deleteIfCurrent(home);
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
        clock.shutdownNow();
        connections.shutdown();
    }

    private void answer(Socket client) {
        busy.incrementAndGet();
        try (client;
             DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()))) {
            if (in.readInt() != Wire.MAGIC || !tokenMatches(Wire.readText(in))) {
                out.writeByte(Wire.DENIED);
                return;
            }
            byte operation = in.readByte();
            switch (operation) {
                case Wire.ANNOTATE -> annotate(client, in, out);
                case Wire.PING -> ping(out);
                case Wire.STOP -> {
                    out.writeByte(Wire.OK);
                    out.flush();
                    stop();
                }
                default -> {
                    out.writeByte(Wire.FAILED);
                    Wire.writeText(out, "unknown operation " + operation);
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        } finally {
            lastUsed.set(System.nanoTime());
            busy.decrementAndGet();
        }
    }

    private boolean tokenMatches(String token) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), file.token().getBytes(StandardCharsets.UTF_8));
    }

    private void ping(DataOutputStream out) throws IOException {
        out.writeByte(Wire.OK);
        Wire.writeText(out, file.version());
        out.writeLong(served.get());
        out.writeLong(started);
        out.writeLong(idle.toSeconds());
    }

    private void annotate(Socket client, DataInputStream in, DataOutputStream out) throws IOException {
        String date = Wire.readText(in);
        String text = Wire.readText(in);
        LocalDate documentDate = date.isEmpty() ? null : LocalDate.parse(date);
        StoredAnnotation stored;
        try {
            cores.acquire();
            try {
                stored = whileConnected(client, in, () -> annotator.annotate(text, documentDate).stored());
            } finally {
                cores.release();
            }
        } catch (InterruptedException | RuntimeException e) {
            Thread.interrupted();
            out.writeByte(Wire.FAILED);
            Wire.writeText(out, String.valueOf(e));
            return;
        }
        served.incrementAndGet();
        out.writeByte(Wire.OK);
        Wire.writeText(out, stored.annotatorVersion());
        Wire.writeBytes(out, stored.bytes());
    }

    /**
     * Runs the annotation while a watcher waits for the client to hang up (its time budget ran
     * out): then the annotation is interrupted, as it would be in the client's own process.
     */
    private StoredAnnotation whileConnected(Socket client, DataInputStream in, java.util.function.Supplier<StoredAnnotation> work) {
        Thread worker = Thread.currentThread();
        AtomicBoolean done = new AtomicBoolean();
        connections.execute(() -> {
            try {
                in.read();   // the client sends nothing more: this returns only when it closes
            } catch (IOException e) {
                // closed either way
            }
            synchronized (done) {
                if (!done.get()) {
                    worker.interrupt();
                }
            }
        });
        try {
            return work.get();
        } finally {
            synchronized (done) {
                done.set(true);
                Thread.interrupted();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    static void serve(Path home, Duration idle) {
        try {
            new DaemonServer(home, idle).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
