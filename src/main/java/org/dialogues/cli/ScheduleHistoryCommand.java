package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.schedule.Delivery;
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

    private static final String ROW = "%5s %-20s %-20s %-9s %-9s %s %s%n";

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
            } else {
                environment.out().printf(ROW, "RUN", "SCHEDULE", "SCHEDULED", "TRIGGER", "STATUS", "PARAMETERS", "ERROR / OUTPUTS");
            }
            for (ReportRun run : runs) {
                environment.out().printf(ROW, run.id(), run.scheduleName(), TIME.format(run.scheduledAt()), run.trigger().id(),
                        run.status().id(), run.parameters(), run.error().orElse(run.delivered().isEmpty() ? String.join(" ", run.outputs()) : ""));
                // every delivered file on a line of its own, with what proves its content
                for (Delivery output : run.delivered()) {
                    environment.out().printf(java.util.Locale.ROOT, "      %-4s %,12d bytes  sha256 %s  %s%n", output.format().extension(), output.bytes(),
                            output.sha256(), output.path());
                }
            }
        }
        return ExitCodes.OK;
    }
}
