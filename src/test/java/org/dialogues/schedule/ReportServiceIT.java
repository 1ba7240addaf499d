package org.dialogues.schedule;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportServiceIT {

    private static final ServiceOptions FAST = new ServiceOptions(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMinutes(5), Optional.empty(), 1);

    @TempDir
    Path folder;

    private TestDatabase database;
    private Schedules schedules;
    private final FakeRenderer renderer = new FakeRenderer();
    private final List<ReportService> services = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
        schedules = new Schedules(database.dataSource(), database.dsl(), Clock.systemUTC());
    }

    @AfterEach
    void stopServicesAndDropDatabase() {
        services.forEach(ReportService::close);
        database.close();
    }

    @Test
    void scheduleDueInAFewSecondsFiresOnceAndLeavesThePdfAndItsHistoryRow() throws Exception {
        schedules.add(quarterly("quarterly-report"));
        dueIn(Duration.ofSeconds(2));
        start(job(Optional.empty()));

        Await.until(Duration.ofSeconds(20), () -> finishedRuns().size() == 1);
        Thread.sleep(1500);

        ReportRun run = single(finishedRuns());
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULE);
        assertThat(run.parameters()).containsKey("quarter");
        assertThat(run.templateVersion()).contains("quarterly-test");
        assertThat(run.outputSha256()).get().asString().hasSize(64);
        assertThat(pdfs()).hasSize(1).allSatisfy(pdf -> {
            assertThat(pdf.getFileName().toString()).matches("quarterly-\\d{4}-Q[1-4]\\.\\d{8}T\\d{6}\\.pdf");
            assertThat(Files.size(pdf)).isEqualTo(run.outputBytes().orElseThrow());
        });
        assertThat(schedules.show("quarterly-report").nextFiring()).get().matches(next -> next.isAfter(Instant.now()));
    }

    @Test
    void twoServicesOnOneDatabaseRunAFiringOnce() throws Exception {
        schedules.add(quarterly("shared"));
        dueIn(Duration.ofSeconds(1));
        start(job(Optional.empty()));
        start(job(Optional.empty()));

        Await.until(Duration.ofSeconds(20), () -> !finishedRuns().isEmpty());
        Thread.sleep(3000);

        assertThat(finishedRuns()).hasSize(1);
        assertThat(renderer.calls).hasSize(1);
        assertThat(pdfs()).hasSize(1);
    }

    @Test
    void failingMailIsRetriedThenRecordedAsFailedAndTheOwnerIsTold() throws Exception {
        List<OutgoingMail> toldOwner = Collections.synchronizedList(new ArrayList<>());
        Mailer refusingRecipients = mail -> {
            if (mail.to().contains("owner@example.org")) {
                toldOwner.add(mail);
                return;
            }
            throw new Mailer.MailException("550 mailbox unavailable", null);
        };
        ReportSchedule schedule = new ReportSchedule("mailed", ReportKind.QUARTERLY, CronExpression.parse("0 7 2 1,4,7,10 *", "Asia/Seoul"),
                ReportParameters.parse(List.of("quarter=previous")), folder, List.of("staff@example.org"), List.of(OutputFormat.PDF),
                Optional.of("owner@example.org"), false, true);
        schedules.add(schedule);
        dueIn(Duration.ofSeconds(1));
        start(job(Optional.of(refusingRecipients)));

        // the run is recorded as failed first, then the owner is told: wait for both
        Await.until(Duration.ofSeconds(20), () -> !finishedRuns().isEmpty() && !toldOwner.isEmpty());

        ReportRun run = single(finishedRuns());
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.attempts()).isEqualTo(3);
        assertThat(run.error()).get().asString().contains("after 3 attempts").contains("550 mailbox unavailable");
        assertThat(toldOwner).singleElement().satisfies(mail -> assertThat(mail.body()).contains("mailed"));
        assertThat(pdfs()).hasSize(1);
    }

    @Test
    void runInterruptedByAKilledServiceLeavesNoPartialOutputAndIsRedoneAfterRestart() throws Exception {
        schedules.add(quarterly("interrupted"));
        // The state a killed service leaves: its firing picked with a stale heartbeat, its run
        // recorded as running and a half-written file in the partial folder.
        database.dsl().execute("UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute', picked = true,"
                + " picked_by = 'killed-host', last_heartbeat = now() - interval '1 hour'");
        schedules.runs().start("interrupted", ReportKind.QUARTERLY, java.util.Map.of("quarter", "2025-Q1"), RunTrigger.SCHEDULE,
                Instant.now().minusSeconds(60), Instant.now().minusSeconds(59));
        Path partial = Files.createDirectories(folder.resolve(OutputFolder.PARTIAL)).resolve("interrupted.1.pdf");
        Files.writeString(partial, "%PDF-1.7\n% half");

        start(job(Optional.empty()));
        Await.until(Duration.ofSeconds(30), () -> finishedRuns().stream().anyMatch(r -> r.status() == RunStatus.SUCCEEDED));

        assertThat(finishedRuns()).extracting(ReportRun::status).containsExactlyInAnyOrder(RunStatus.FAILED, RunStatus.SUCCEEDED);
        assertThat(finishedRuns()).filteredOn(r -> r.status() == RunStatus.FAILED).singleElement()
                .satisfies(r -> assertThat(r.error()).contains(RunLog.INTERRUPTED));
        assertThat(partial).doesNotExist();
        assertThat(pdfs()).hasSize(1);
    }

    @Test
    void serviceKilledDuringARunLeavesNoHalfWrittenOutputAndTheRunIsRedoneAfterRestart() throws Exception {
        schedules.add(quarterly("killed"));
        dueIn(Duration.ofMillis(500));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServiceProcess.class.getName(), database.jdbcUrl(), "postgres")
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        try {
            Await.until(Duration.ofSeconds(60), () -> partials().size() == 1);
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertThat(pdfs()).isEmpty();

        start(job(Optional.empty()));
        Await.until(Duration.ofSeconds(40), () -> finishedRuns().stream().anyMatch(r -> r.status() == RunStatus.SUCCEEDED));

        assertThat(finishedRuns()).extracting(ReportRun::status).containsExactlyInAnyOrder(RunStatus.FAILED, RunStatus.SUCCEEDED);
        assertThat(partials()).isEmpty();
        assertThat(pdfs()).singleElement().satisfies(pdf -> assertThat(pdf).content().doesNotContain("half of it"));
    }

    @Test
    void stoppingTheServiceDuringARunLetsTheRunFinishAndQueuesTheNextFiring() throws Exception {
        ReportRenderer slow = new ReportRenderer() {
            @Override
            public void render(ReportKind report, java.util.Map<String, String> parameters, OutputFormat format, Path target) throws IOException {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                renderer.render(report, parameters, format, target);
            }

            @Override
            public String templateVersion(ReportKind report) {
                return renderer.templateVersion(report);
            }
        };
        schedules.add(quarterly("slow"));
        dueIn(Duration.ofMillis(500));
        ReportService service = new ReportService(database.dataSource(), schedules,
                new ReportJob(schedules.runs(), slow, Optional.empty(), new RetryPolicy(1, Duration.ZERO, 1.0), Clock.systemUTC()), FAST, Clock.systemUTC());
        service.start();
        Await.until(Duration.ofSeconds(20), () -> !schedules.runs().history(Optional.empty(), 10).isEmpty());

        service.close();

        assertThat(single(finishedRuns()).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(pdfs()).hasSize(1);
        assertThat(schedules.show("slow").nextFiring()).get().matches(next -> next.isAfter(Instant.now().plus(Duration.ofDays(1))));
    }

    @Test
    void aServiceStoppedDuringAMailRetryLeavesTheRunToTheNextServiceWhichRedoesIt() throws Exception {
        Mailer refusing = mail -> {
            throw new Mailer.MailException("451 try again later", null);
        };
        List<OutgoingMail> sent = Collections.synchronizedList(new ArrayList<>());
        ReportSchedule schedule = new ReportSchedule("retried", ReportKind.QUARTERLY, CronExpression.parse("0 7 2 1,4,7,10 *", "Asia/Seoul"),
                ReportParameters.parse(List.of("quarter=previous")), folder, List.of("staff@example.org"), List.of(OutputFormat.PDF),
                Optional.empty(), false, true);
        schedules.add(schedule);
        dueIn(Duration.ofSeconds(1));
        ReportService first = new ReportService(database.dataSource(), schedules, new ReportJob(schedules.runs(), renderer,
                Optional.of(refusing), new RetryPolicy(4, Duration.ofMinutes(10), 3.0), Clock.systemUTC()), FAST, Clock.systemUTC());
        first.start();
        Await.until(Duration.ofSeconds(20), () -> schedules.runs().history(Optional.empty(), 10).stream()
                .anyMatch(r -> r.status() == RunStatus.RETRYING));

        long stopping = System.nanoTime();
        first.close();   // what SIGTERM does
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("no waiting out the retry delay").isLessThan(Duration.ofSeconds(10));
        ReportRun left = single(schedules.runs().history(Optional.empty(), 10));
        assertThat(left.status()).as("not failed for good").isEqualTo(RunStatus.RETRYING);
        assertThat(left.error()).get().asString().contains("the next service redoes the run");

        start(job(Optional.of(sent::add)));
        Await.until(Duration.ofSeconds(30), () -> finishedRuns().stream().anyMatch(r -> r.status() == RunStatus.SUCCEEDED));

        assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.to()).containsExactly("staff@example.org"));
        assertThat(finishedRuns()).filteredOn(r -> r.id() == left.id()).singleElement()
                .satisfies(r -> assertThat(r.error()).contains(RunLog.INTERRUPTED));
        assertThat(finishedRuns()).filteredOn(r -> r.status() == RunStatus.SUCCEEDED).singleElement()
                .satisfies(r -> assertThat(r.scheduledAt()).isEqualTo(left.scheduledAt()));
    }

    @Test
    void missedFiringIsSkippedWhenCatchUpIsOff() throws Exception {
        schedules.add(quarterly("no-catch-up"));
        database.dsl().execute("UPDATE scheduled_tasks SET execution_time = now() - interval '3 days'");
        ServiceOptions skipping = new ServiceOptions(FAST.pollInterval(), FAST.heartbeat(), Duration.ofMinutes(1), Optional.of(false), 1);
        ReportService service = new ReportService(database.dataSource(), schedules, job(Optional.empty()), skipping, Clock.systemUTC());
        services.add(service);
        service.start();

        Await.until(Duration.ofSeconds(20), () -> !finishedRuns().isEmpty());

        assertThat(single(finishedRuns()).status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(renderer.calls).isEmpty();
    }

    private ReportSchedule quarterly(String name) {
        return new ReportSchedule(name, ReportKind.QUARTERLY, CronExpression.parse("0 7 2 1,4,7,10 *", "Asia/Seoul"),
                ReportParameters.parse(List.of("quarter=previous")), folder, List.of(), List.of(OutputFormat.PDF),
                Optional.empty(), false, true);
    }

    private ReportJob job(Optional<Mailer> mailer) {
        return new ReportJob(schedules.runs(), renderer, mailer, new RetryPolicy(3, Duration.ofMillis(100), 2.0), Clock.systemUTC());
    }

    private void start(ReportJob job) {
        ReportService service = new ReportService(database.dataSource(), schedules, job, FAST, Clock.systemUTC());
        services.add(service);
        service.start();
    }

    private void dueIn(Duration delay) {
        database.dsl().execute("UPDATE scheduled_tasks SET execution_time = now() + ?::interval", delay.toMillis() + " milliseconds");
    }

    private List<ReportRun> finishedRuns() {
        return schedules.runs().history(Optional.empty(), 100).stream().filter(r -> r.finishedAt().isPresent()).toList();
    }

    private List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
    }

    private List<Path> partials() {
        try (Stream<Path> files = Files.list(folder.resolve(OutputFolder.PARTIAL))) {
            return files.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static ReportRun single(List<ReportRun> runs) {
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }
}
