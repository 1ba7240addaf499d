package org.dialogues.cli;

import org.dialogues.database.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dialogues schedule pause NAME}: firings are skipped until resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a scheduled report.")
final class SchedulePauseCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    SchedulePauseCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            ScheduleCommand.schedules(database, environment.clock()).pause(name);
        }
        environment.out().println("Paused " + name);
        return ExitCodes.OK;
    }
}
