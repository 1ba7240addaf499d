package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.database.Database;
import org.dialogues.report.Reports;
import org.dialogues.schedule.CronExpression;
import org.dialogues.schedule.MailSettings;
import org.dialogues.schedule.OutputFormat;
import org.dialogues.schedule.ReportKind;
import org.dialogues.schedule.ReportParameters;
import org.dialogues.schedule.ReportSchedule;
import org.dialogues.schedule.Schedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dialogues schedule add NAME --report quarterly --cron "0 7 2 1,4,7,10 *" ...}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a scheduled report.")
final class ScheduleAddCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME", description = "Unique name of the schedule.")
    String name;

    @Option(names = "--report", required = true, description = "quarterly, partner or commitments.")
    String report;

    @Option(names = "--cron", required = true, description = "Five-field cron: minute hour day-of-month month day-of-week.")
    String cron;

    @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of the cron expression (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Report parameter, resolved at each run: "
            + "quarter=previous|current|2025-Q1, party=US, from/to=2025-01-01|today|'3 months ago', period='last 12 months'.")
    List<String> params = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Folder the outputs are delivered to.")
    Path to;

    @Option(names = "--mail", split = ",", paramLabel = "ADDRESS", description = "Recipients of the outputs (comma-separated).")
    List<String> mail = new ArrayList<>();

    @Option(names = "--format", split = ",", defaultValue = "pdf", description = "Output formats: pdf, xlsx, csv (default ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--owner", paramLabel = "ADDRESS", description = "Told by mail when a run fails after its last retry.")
    String owner;

    @Option(names = "--no-catch-up", description = "Skip firings missed while no service ran instead of running them once at start.")
    boolean noCatchUp;

    ScheduleAddCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ReportSchedule schedule = new ReportSchedule(name, ReportKind.parse(report), CronExpression.parse(cron, zone),
                ReportParameters.parse(params), environment.resolve(to), mail,
                formats.stream().map(OutputFormat::parse).toList(), Optional.ofNullable(owner), false, !noCatchUp);
        requireMailSettings(schedule);
        try (Database database = environment.openDatabase()) {
            requireRunnable(schedule, database);
            Schedules.Entry entry = ScheduleCommand.schedules(database, environment.clock()).add(schedule);
            environment.out().printf("Added schedule %s; first firing %s%n", name,
                    entry.nextFiring().map(at -> ScheduleCommand.local(at, schedule)).orElse("none"));
        }
        return ExitCodes.OK;
    }

    /** Mail needs an SMTP server: say so now, not at the first firing. */
    private void requireMailSettings(ReportSchedule schedule) {
        if (!schedule.mailTo().isEmpty() && MailSettings.fromEnvironment(environment.variables(), environment.workingDirectory()).isEmpty()) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, "--mail needs an SMTP server: set "
                    + "DIALOGUES_SMTP_HOST (and _PORT, _USER, _PASSWORD, _FROM) or DIALOGUES_SMTP_FILE, then add the schedule again");
        }
    }

    /** The parameters resolve today, and a party is one the reports know: a schedule that would fail is not stored. */
    private void requireRunnable(ReportSchedule schedule, Database database) {
        Map<String, String> resolved = schedule.parameters().resolve(schedule.report(), LocalDate.now(environment.clock()));
        String party = resolved.get("party");
        if (party != null) {
            new Reports(database.dsl(), environment.clock()).partnerCode(party);
        }
    }
}
