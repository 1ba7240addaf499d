package org.dialogues.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against an SMTP server that offers no STARTTLS, no password is sent and no mail either, unless tls=none says so. */
class SendingMailOnlyOverTlsTest {

    private ServerSocket socket;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServerWithoutStartTls() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serve, "smtp-without-starttls");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        socket.close();
    }

    private MailSettings settings(Map<String, String> extra) {
        Map<String, String> variables = new java.util.HashMap<>(Map.of("DIALOGUES_SMTP_HOST", "localhost",
                "DIALOGUES_SMTP_PORT", String.valueOf(socket.getLocalPort()), "DIALOGUES_SMTP_FROM", "reports@example.org"));
        variables.putAll(extra);
        return MailSettings.fromEnvironment(variables, java.nio.file.Path.of(".")).orElseThrow();
    }

    private static OutgoingMail mail() {
        return new OutgoingMail(List.of("desk@example.org"), "Quarterly brief", "Attached.", List.of());
    }

    @Test
    void byDefaultAServerWithoutStartTlsGetsNeitherTheLoginNorTheMail() {
        MailSettings settings = settings(Map.of("DIALOGUES_SMTP_USER", "reports", "DIALOGUES_SMTP_PASSWORD", "s3cret-pw"));
        assertThatThrownBy(() -> new SmtpMailer(settings, 5000).send(mail()))
                .isInstanceOf(Mailer.MailException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(commands).isNotEmpty().noneMatch(c -> c.startsWith("AUTH")).noneMatch(c -> c.startsWith("MAIL"));
    }

    @Test
    void tlsNoneSendsInClearToARelayThatAsksForNoLogin() throws Exception {
        new SmtpMailer(settings(Map.of("DIALOGUES_SMTP_TLS", "none")), 5000).send(mail());
        assertThat(commands).anyMatch(c -> c.startsWith("DATA")).noneMatch(c -> c.startsWith("AUTH"));
    }

    @Test
    void tlsNoneWithALoginIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> settings(Map.of("DIALOGUES_SMTP_TLS", "none", "DIALOGUES_SMTP_USER", "reports",
                "DIALOGUES_SMTP_PASSWORD", "s3cret-pw")))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("never sent in clear");
        assertThat(commands).isEmpty();
    }

    @Test
    void smtpsIsTheDefaultPort465AndAnUnknownModeIsRefused() {
        assertThat(MailSettings.fromEnvironment(Map.of("DIALOGUES_SMTP_HOST", "smtp.example.org", "DIALOGUES_SMTP_TLS", "smtps"),
                java.nio.file.Path.of(".")).orElseThrow()).satisfies(s -> {
                    assertThat(s.port()).isEqualTo(465);
                    assertThat(s.tls()).isEqualTo(MailSettings.Tls.SMTPS);
                });
        assertThatThrownBy(() -> settings(Map.of("DIALOGUES_SMTP_TLS", "maybe"))).hasMessageContaining("starttls, smtps, none");
    }

    /** A minimal SMTP server that advertises AUTH but not STARTTLS and records every command. */
    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 localhost ESMTP test");
                String line;
                boolean data = false;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            reply(out, "250 queued");
                        }
                        continue;
                    }
                    commands.add(line);
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (verb) {
                        case "EHLO" -> reply(out, "250-localhost\r\n250-AUTH LOGIN PLAIN\r\n250 8BITMIME");
                        case "AUTH" -> reply(out, "535 not here");
                        case "DATA" -> {
                            data = true;
                            reply(out, "354 go on");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                return;   // the test closed the socket
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
