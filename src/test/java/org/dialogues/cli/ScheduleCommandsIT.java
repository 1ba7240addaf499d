package org.dialogues.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
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
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule commands and serve, run through the real command line against a test database. */
class ScheduleCommandsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path workingDirectory;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private CommandRunner cli(Clock clock) {
        return new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres",
                "DIALOGUES_SMTP_HOST", "localhost", "DIALOGUES_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "DIALOGUES_SMTP_FROM", "reports@example.org", "DIALOGUES_SMTP_TLS", "none"), workingDirectory, clock);
    }

    private CommandRunner cli() {
        return new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres",
                "DIALOGUES_SMTP_HOST", "localhost", "DIALOGUES_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "DIALOGUES_SMTP_FROM", "reports@example.org", "DIALOGUES_SMTP_TLS", "none"), workingDirectory);
    }

    @Test
    void addedScheduleIsListedShownPausedResumedRunAndRemovedWithItsHistoryKept() throws Exception {
        CommandRunner cli = cli();
        CommandRunner.Result add = cli.run("schedule", "add", "quarterly-brief", "--report", "quarterly", "--cron", "0 7 2 1,4,7,10 *",
                "--zone", "Asia/Seoul", "--param", "quarter=previous", "--to", "out", "--mail", "desk@example.org",
                "--owner", "owner@example.org");
        assertThat(add.exitCode()).as(add.toString()).isZero();
        // The runner's clock stands at 2025-04-02T07:00Z = 16:00 in Seoul, after that day's firing.
        assertThat(add.out()).contains("first firing 2025-07-02T07:00:00+09:00");

        assertThat(cli.run("schedule", "list").out()).contains("quarterly-brief").contains("Asia/Seoul").doesNotContain("paused");
        assertThat(cli.run("schedule", "show", "quarterly-brief").out()).contains("desk@example.org").contains("catches up");

        assertThat(cli.run("schedule", "pause", "quarterly-brief").exitCode()).isZero();
        assertThat(cli.run("schedule", "list").out()).contains("(paused)");
        assertThat(cli.run("schedule", "resume", "quarterly-brief").out()).contains("next firing 2025-07-02T07:00:00+09:00");

        CommandRunner.Result run = cli.run("schedule", "run-now", "quarterly-brief");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path pdf = workingDirectory.resolve("out/quarterly-2025-Q1.20250402T160000.pdf");
        assertThat(run.out()).contains(pdf.toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(pdf.getFileName().toString());
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(1))).isNotEmpty();

        assertThat(cli.run("schedule", "remove", "quarterly-brief").exitCode()).isZero();
        CommandRunner.Result history = cli.run("schedule", "history", "quarterly-brief");
        assertThat(history.out()).contains("manual").contains("succeeded").contains("quarter=2025-Q1");
        assertThat(cli.run("schedule", "list").out()).contains("No schedules");
    }

    @Test
    void badCronZoneReportOrParameterIsOneLineWithExitCodeInvalidInput() {
        CommandRunner cli = cli();
        String[][] bad = {
                {"--report", "quarterly", "--cron", "0 7 2 1,4,7", "--zone", "UTC", "--param", "quarter=previous"},
                {"--report", "quarterly", "--cron", "0 25 2 1 *", "--zone", "UTC", "--param", "quarter=previous"},
                {"--report", "quarterly", "--cron", "0 7 2 1 *", "--zone", "Mars/Olympus", "--param", "quarter=previous"},
                {"--report", "weekly", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "quarter=previous"},
                {"--report", "quarterly", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "quarter=someday"},
                {"--report", "quarterly", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "colour=blue"},
                {"--report", "partner", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "party=US", "--param", "period=forever"},
                {"--report", "partner", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "party=ZZ"},
                {"--report", "partner", "--cron", "0 7 2 1 *", "--zone", "UTC", "--param", "party=KR"},
        };
        for (String[] options : bad) {
            String[] args = Stream.concat(Stream.of("schedule", "add", "bad", "--to", "out"), Stream.of(options)).toArray(String[]::new);
            CommandRunner.Result result = cli.run(args);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err().lines()).as(result.toString()).hasSize(1).allMatch(line -> line.startsWith("dialogues: "));
        }
        CommandRunner withoutMail = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
        CommandRunner.Result mail = withoutMail.run("schedule", "add", "bad", "--to", "out", "--report", "quarterly", "--cron", "0 7 2 1 *",
                "--param", "quarter=previous", "--mail", "staff@example.org");
        assertThat(mail.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mail.err()).startsWith("dialogues: --mail needs an SMTP server: set DIALOGUES_SMTP_HOST").hasLineCount(1);
        assertThat(cli.run("schedule", "list").out()).doesNotContain("bad");
        assertThat(cli.run("schedule", "show", "nothing").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.run("serve", "--missed", "sometimes", "--for", "PT0S").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void serveRunsADueScheduleAndStops() throws Exception {
        CommandRunner cli = cli(Clock.systemUTC());
        assertThat(cli.run("schedule", "add", "partners", "--report", "partner", "--cron", "0 7 * * *", "--param", "party=US",
                "--param", "period=last 12 months", "--to", "out", "--format", "pdf,csv").exitCode()).isZero();
        db.dsl().execute("UPDATE scheduled_tasks SET execution_time = now() + interval '1 second'");

        CommandRunner.Result serve = cli.run("serve", "--poll", "PT0.5S", "--missed", "skip", "--for", "PT6S");

        assertThat(serve.exitCode()).as(serve.toString()).isZero();
        assertThat(cli.run("schedule", "history").out()).contains("partners").contains("succeeded").contains("party=US");
        try (Stream<Path> files = Files.list(workingDirectory.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .hasSize(2).allMatch(n -> n.matches("partner-US-\\d{4}-\\d\\d-\\d\\d-\\d{4}-\\d\\d-\\d\\d\\.\\d{8}T\\d{6}\\.(pdf|csv)"));
        }
    }
}
