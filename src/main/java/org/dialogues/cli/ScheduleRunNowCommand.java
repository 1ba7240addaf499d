package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.schedule.ReportJob;
import org.dialogues.schedule.ReportRun;
import org.dialogues.schedule.RetryPolicy;
import org.dialogues.schedule.RunStatus;
import org.dialogues.schedule.Schedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dialogues schedule run-now NAME}: runs it here, recorded in the history like any run. */
@Command(name = "run-now", mixinStandardHelpOptions = true, description = "Run a scheduled report now, in this process.")
final class ScheduleRunNowCommand implements Callable<Integer> {

    /** A person is waiting: try the mail twice, briefly. */
    private static final RetryPolicy INTERACTIVE = new RetryPolicy(2, Duration.ofSeconds(5), 1.0);

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    ScheduleRunNowCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            Schedules schedules = ScheduleCommand.schedules(database, environment.clock());
            Schedules.ManualRun manual = schedules.runNow(name, ScheduleCommand.job(environment, database, schedules, INTERACTIVE, environment.clock()));
            ReportRun run = manual.run();
            if (run.status() != RunStatus.SUCCEEDED) {
                return failed(run, manual.failure());
            }
            run.outputs().forEach(path -> environment.out().println("Wrote " + path));
        }
        return ExitCodes.OK;
    }

    /** One line, the run's recorded error; the exit code says what failed (internal error for a bug). */
    private int failed(ReportRun run, Optional<ReportJob.Failure> failure) {
        String error = failure.map(ReportJob.Failure::error).or(run::error).orElse(run.status().id());
        environment.err().println("dialogues: run " + run.id() + " of " + name + " failed: " + error);
        return failure.flatMap(ReportJob.Failure::category).map(ExitCodes::of).orElse(ExitCodes.INTERNAL_ERROR);
    }
}
