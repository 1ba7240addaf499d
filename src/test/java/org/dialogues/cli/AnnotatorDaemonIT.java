package org.dialogues.cli;

import org.dialogues.extract.linguistic.AnnotatorDaemon;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.extract.linguistic.LinguisticAnnotator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long-lived annotator: started on demand in a home (replacing a stale file), it answers
 * several threads with exactly what in-process annotation gives, refuses a request without its
 * token, and stops on {@code annotator stop}.
 */
class AnnotatorDaemonIT {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 18);
    private static final List<String> TEXTS = List.of(
            "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
            "Korea, Japan leaders meet\nThe two leaders agreed to resume shuttle diplomacy next year.",
            "Defense Minister Shin Won-sik and U.S. Secretary of Defense Lloyd Austin held talks in Seoul on Monday.",
            "Officials from both foreign and defense ministries discussed maritime security.");

    @TempDir
    Path home;

    private CommandRunner cli;

    @AfterEach
    void stopTheDaemon() {
        AnnotatorDaemon.stop(home);
    }

    @Test
    void annotatesAsInProcessAndOnlyForItsToken() throws Exception {
        cli = new CommandRunner(Map.of("DIALOGUES_HOME", home.toString(), "DIALOGUES_ANNOTATOR", "daemon"), home);
        // a file left by a server that died: it must be replaced, not trusted
        Files.writeString(home.resolve("annotator.properties"), "port=1\npid=" + deadPid() + "\nversion=old\ntoken=x\n");
        List<String> notices = new CopyOnWriteArrayList<>();
        LinguisticAnnotator daemon = Wiring.annotator(environment(), notices::add);

        List<LinguisticAnnotator.Annotated> remote = TEXTS.parallelStream()
                .map(text -> daemon.annotate(text, text.contains("Thursday") ? PUBLISHED : null)).toList();

        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            LinguisticAnnotator.Annotated local = CoreNlpAnnotator.shared().annotate(text, text.contains("Thursday") ? PUBLISHED : null);
            assertThat(remote.get(i).linguistics()).isEqualTo(local.linguistics());
            assertThat(remote.get(i).stored().annotatorVersion()).isEqualTo(local.stored().annotatorVersion());
        }
        assertThat(notices).as("no fallback to in-process annotation").isEmpty();
        assertThat(Files.getPosixFilePermissions(home.resolve("annotator.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("annotator.properties"))) {
            file.load(in);
        }
        assertThat(file.getProperty("version")).isEqualTo(CoreNlpAnnotator.shared().version());
        int port = Integer.parseInt(file.getProperty("port"));
        assertThat(ping(port, "not the token")).isEqualTo(1);   // denied
        assertThat(ping(port, file.getProperty("token"))).isEqualTo(0);

        CommandRunner.Result status = cli.run("annotator", "status");
        assertThat(status.out()).as(status.toString()).contains("pid " + file.getProperty("pid")).contains("4 texts annotated");
        long pid = Long.parseLong(file.getProperty("pid"));
        CommandRunner.Result stopped = cli.run("annotator", "stop");
        assertThat(stopped.out()).as(stopped.toString()).contains("Annotator stopped.");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(home.resolve("annotator.properties")).doesNotExist();
        assertThat(cli.run("annotator", "status").out()).contains("No annotator runs");
    }

    @Test
    void annotatesInProcessWhenTheDaemonCannotStart() {
        List<String> notices = new CopyOnWriteArrayList<>();
        LinguisticAnnotator client = AnnotatorDaemon.client(home, List.of("/bin/false"), notices::add);
        String text = TEXTS.get(0);

        LinguisticAnnotator.Annotated annotated = client.annotate(text, PUBLISHED);

        assertThat(annotated.linguistics()).isEqualTo(CoreNlpAnnotator.shared().annotate(text, PUBLISHED).linguistics());
        assertThat(notices).singleElement().asString().contains("annotating in this process");
    }

    private Environment environment() {
        return new Environment(cli.variables(), home, new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true), java.time.Clock.systemUTC(), false);
    }

    /** A PING frame written by hand (magic, token, operation): the status byte of the answer. */
    private static int ping(int port, String token) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             DataOutputStream out = new DataOutputStream(socket.getOutputStream());
             DataInputStream in = new DataInputStream(socket.getInputStream())) {
            byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
            out.writeInt(0x444c4701);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeByte('P');
            out.flush();
            return in.readByte();
        }
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
