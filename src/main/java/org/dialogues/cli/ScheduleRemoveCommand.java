package org.dialogues.cli;

import org.dialogues.database.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dialogues schedule remove NAME}: the schedule goes, its history stays. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a scheduled report (its history stays).")
final class ScheduleRemoveCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    ScheduleRemoveCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            ScheduleCommand.schedules(database, environment.clock()).remove(name);
        }
        environment.out().println("Removed " + name);
        return ExitCodes.OK;
    }
}
