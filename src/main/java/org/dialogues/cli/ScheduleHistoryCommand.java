package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.schedule.ReportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dialogues schedule history [NAME]}: newest runs first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Show the runs of one or all scheduled reports.")
final class ScheduleHistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Environment environment;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--limit", defaultValue = "20", description = "Most runs to show (default ${DEFAULT-VALUE}).")
    int limit;

    ScheduleHistoryCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            List<ReportRun> runs = ScheduleCommand.schedules(database, environment.clock()).history(Optional.ofNullable(name), limit);
            if (runs.isEmpty()) {
                environment.out().println("No runs yet");
            }
            for (ReportRun run : runs) {
                environment.out().printf("%5d %-20s %s %-9s %-9s %s %s%n", run.id(), run.scheduleName(), TIME.format(run.scheduledAt()),
                        run.trigger().id(), run.status().id(), run.parameters(),
                        run.error().orElse(String.join(" ", run.outputs())));
            }
        }
        return ExitCodes.OK;
    }
}
