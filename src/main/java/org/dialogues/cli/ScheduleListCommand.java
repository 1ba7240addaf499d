package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.schedule.ReportSchedule;
import org.dialogues.schedule.Schedules;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code dialogues schedule list}: one line per schedule. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the scheduled reports.")
final class ScheduleListCommand implements Callable<Integer> {

    private final Environment environment;

    ScheduleListCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            List<Schedules.Entry> entries = ScheduleCommand.schedules(database, environment.clock()).list();
            if (entries.isEmpty()) {
                environment.out().println("No schedules (add one with: dialogues schedule add)");
            }
            for (Schedules.Entry entry : entries) {
                ReportSchedule s = entry.schedule();
                environment.out().printf("%-24s %-12s %-20s %-12s next %s%s%n", s.name(), s.report().id(), s.cron().expression(),
                        s.cron().zone().getId(), entry.nextFiring().map(at -> ScheduleCommand.local(at, s)).orElse("-"),
                        s.paused() ? "  (paused)" : "");
            }
        }
        return ExitCodes.OK;
    }
}
