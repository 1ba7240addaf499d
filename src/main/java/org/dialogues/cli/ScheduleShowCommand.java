package org.dialogues.cli;

import org.dialogues.database.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dialogues schedule show NAME}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one scheduled report.")
final class ScheduleShowCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    ScheduleShowCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            ScheduleCommand.describe(environment.out(), ScheduleCommand.schedules(database, environment.clock()).show(name));
        }
        return ExitCodes.OK;
    }
}
