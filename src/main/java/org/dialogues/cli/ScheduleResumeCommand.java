package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.schedule.Schedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dialogues schedule resume NAME}: from the next firing on; paused firings are not caught up. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused scheduled report.")
final class ScheduleResumeCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    ScheduleResumeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            Schedules.Entry entry = ScheduleCommand.schedules(database, environment.clock()).resume(name);
            environment.out().printf("Resumed %s; next firing %s%n", name,
                    entry.nextFiring().map(at -> ScheduleCommand.local(at, entry.schedule())).orElse("none"));
        }
        return ExitCodes.OK;
    }
}
