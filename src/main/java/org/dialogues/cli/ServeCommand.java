package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.database.Database;
import org.dialogues.schedule.ReportService;
import org.dialogues.schedule.RetryPolicy;
import org.dialogues.schedule.Schedules;
import org.dialogues.schedule.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code dialogues serve}: runs scheduled reports until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run scheduled reports as a long-lived service (several may share one database).")
final class ServeCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--poll", defaultValue = "PT10S", description = "How often to look for due reports (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--heartbeat", defaultValue = "PT30S", description = "Liveness interval; a run silent for four is redone elsewhere (default ${DEFAULT-VALUE}).")
    Duration heartbeat;

    @Option(names = "--late-after", defaultValue = "PT5M", description = "A firing older than this when picked counts as missed (default ${DEFAULT-VALUE}).")
    Duration lateAfter;

    @Option(names = "--missed", paramLabel = "catch-up|skip",
            description = "What to do with firings missed while no service ran, for every schedule (default: each schedule's own setting).")
    String missed;

    @Option(names = "--mail-attempts", defaultValue = "4", description = "Mail delivery attempts per run (default ${DEFAULT-VALUE}).")
    int mailAttempts;

    @Option(names = "--retry-delay", defaultValue = "PT1M", description = "Wait after the first failed attempt, tripled each time (default ${DEFAULT-VALUE}).")
    Duration retryDelay;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            description = "One line per start, run and stop, as text or as JSON objects for log collectors (default ${DEFAULT-VALUE}).")
    String logFormat;

    @Option(names = "--for", hidden = true, description = "Stop after this duration (ISO-8601, e.g. PT5S); for tests.")
    Duration duration;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        Clock clock = environment.clock();
        ServiceOptions options = new ServiceOptions(poll, heartbeat, lateAfter,
                Optional.ofNullable(missed).map(ServeCommand::catchUp), 2);
        ServiceLogLines log = new ServiceLogLines(environment.out(), clock, ServiceLogLines.format(logFormat));
        CountDownLatch stopped = new CountDownLatch(1);
        try (Database database = environment.openDatabase()) {
            Schedules schedules = ScheduleCommand.schedules(database, clock);
            ReportService service = new ReportService(database.dataSource(), schedules,
                    ScheduleCommand.job(environment, database, schedules, new RetryPolicy(mailAttempts, retryDelay, 3.0), clock), options, clock, log);
            // SIGTERM: stop polling and let the run in progress finish (or leave it to be revived elsewhere).
            Thread hook = new Thread(() -> {
                service.close();
                stopped.countDown();
            }, "dialogues-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            service.start();
            if (duration == null) {
                stopped.await();
            } else if (!stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                Runtime.getRuntime().removeShutdownHook(hook);
                service.close();
            }
        }
        return ExitCodes.OK;
    }

    private static boolean catchUp(String missed) {
        return switch (missed.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "catch-up", "catchup" -> true;
            case "skip" -> false;
            default -> throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                    "--missed must be catch-up or skip, not '" + missed + "'");
        };
    }
}
