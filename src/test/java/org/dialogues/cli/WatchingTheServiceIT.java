package org.dialogues.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees of serve: a log line per start, run and stop; history with every output; typed attachments. */
class WatchingTheServiceIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path workingDirectory;

    private TestDatabase db;
    private CommandRunner cli;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres",
                "DIALOGUES_SMTP_HOST", "localhost", "DIALOGUES_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "DIALOGUES_SMTP_FROM", "reports@example.org", "DIALOGUES_SMTP_TLS", "none"), workingDirectory, Clock.systemUTC());
        CommandRunner.Result add = cli.run("schedule", "add", "partners", "--report", "partner", "--cron", "0 7 * * *",
                "--param", "party=US", "--param", "period=last 12 months", "--to", "out", "--format", "pdf,xlsx,csv",
                "--mail", "desk@example.org");
        assertThat(add.exitCode()).as(add.toString()).isZero();
        db.dsl().execute("UPDATE scheduled_tasks SET execution_time = now() + interval '1 second'");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void serveLogsItsStartEachRunAndItsStopAndHistoryProvesEveryOutput() throws Exception {
        CommandRunner.Result serve = cli.run("serve", "--poll", "PT0.5S", "--missed", "skip", "--for", "PT8S");

        assertThat(serve.exitCode()).as(serve.toString()).isZero();
        List<String> lines = serve.out().lines().toList();
        assertThat(lines).as(serve.toString()).hasSize(3);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ service started: 1 scheduled report\\(s\\), polling every 0.5 s; .*");
        assertThat(lines.get(1)).containsPattern("run \\d+ of partners \\(schedule, firing \\S+\\): succeeded in \\d+\\.\\d s; outputs: ")
                .contains(".pdf, ").contains(".xlsx, ").endsWith(".csv");
        assertThat(lines.get(2)).endsWith(" service stopped");

        List<Path> outputs = delivered();
        assertThat(outputs).hasSize(3);
        CommandRunner.Result history = cli.run("schedule", "history");
        List<String> rows = history.out().lines().toList();
        assertThat(rows.get(0)).containsPattern("RUN\\s+SCHEDULE\\s+SCHEDULED\\s+TRIGGER\\s+STATUS\\s+PARAMETERS");
        assertThat(rows.get(1)).contains("partners").contains("succeeded");
        for (Path output : outputs) {
            assertThat(rows).as(history.toString()).anySatisfy(row -> assertThat(row)
                    .contains(String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(output)))
                    .contains("sha256 " + sha256(output)).endsWith(output.getFileName().toString()));
        }
        assertThat(db.dsl().fetchCount(org.dialogues.database.schema.Tables.REPORT_OUTPUT)).isEqualTo(3);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        List<String> types = new ArrayList<>();
        for (int i = 1; i < parts.getCount(); i++) {
            types.add(parts.getBodyPart(i).getContentType().split(";")[0].strip());
        }
        assertThat(types).containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
    }

    @Test
    void serveLogsJsonForLogCollectors() throws Exception {
        CommandRunner.Result serve = cli.run("serve", "--poll", "PT0.5S", "--missed", "skip", "--for", "PT8S", "--log-format", "json");

        assertThat(serve.exitCode()).as(serve.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : serve.out().lines().toList()) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("event").asText()).containsExactly("started", "run", "stopped");
        JsonNode run = lines.get(1);
        assertThat(run.get("schedule").asText()).isEqualTo("partners");
        assertThat(run.get("trigger").asText()).isEqualTo("schedule");
        assertThat(run.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(run.get("outputs")).hasSize(3);
        assertThat(run.get("duration_seconds").isNumber()).isTrue();
        assertThat(lines.get(0).get("time").asText()).endsWith("Z");
        assertThat(cli.run("serve", "--log-format", "xml", "--for", "PT0S").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    private List<Path> delivered() throws Exception {
        try (Stream<Path> files = Files.list(workingDirectory.resolve("out"))) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
