package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.report.Reports;
import org.dialogues.schedule.MailSettings;
import org.dialogues.schedule.ReportJob;
import org.dialogues.schedule.ReportSchedule;
import org.dialogues.schedule.ReportsRenderer;
import org.dialogues.schedule.RetryPolicy;
import org.dialogues.schedule.Schedules;
import org.dialogues.schedule.SmtpMailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** {@code dialogues schedule ...}: reports that run by themselves (run by {@code dialogues serve}). */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Add, inspect, pause and run scheduled reports; `dialogues serve` runs them.",
        subcommands = {ScheduleAddCommand.class, ScheduleListCommand.class, ScheduleShowCommand.class,
                SchedulePauseCommand.class, ScheduleResumeCommand.class, ScheduleRemoveCommand.class,
                ScheduleRunNowCommand.class, ScheduleHistoryCommand.class})
final class ScheduleCommand implements Runnable {

    private static final int SMTP_TIMEOUT_MILLIS = 30_000;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Schedules schedules(Database database, Clock clock) {
        return new Schedules(database.dataSource(), database.dsl(), clock);
    }

    /** A run as the service and run-now do it: real reports, SMTP from the environment. */
    static ReportJob job(Environment environment, Database database, Schedules schedules, RetryPolicy retry, Clock clock) {
        Optional<MailSettings> mail = MailSettings.fromEnvironment(environment.variables(), environment.workingDirectory());
        return new ReportJob(schedules.runs(), new ReportsRenderer(new Reports(database.dsl(), clock, environment.outputMode())),
                mail.map(settings -> new SmtpMailer(settings, SMTP_TIMEOUT_MILLIS)), retry, clock);
    }

    static void describe(PrintWriter out, Schedules.Entry entry) {
        ReportSchedule s = entry.schedule();
        out.printf("name:        %s%n", s.name());
        out.printf("report:      %s %s%n", s.report().id(), s.parameters().values());
        out.printf("cron:        %s (%s)%n", s.cron().expression(), s.cron().zone().getId());
        out.printf("next firing: %s%n", entry.nextFiring().map(at -> local(at, s)).orElse("none queued"));
        out.printf("to:          %s%n", s.destination());
        out.printf("formats:     %s%n", String.join(",", s.formats().stream().map(f -> f.extension()).toList()));
        out.printf("mail:        %s%n", s.mailTo().isEmpty() ? "-" : String.join(",", s.mailTo()));
        out.printf("owner:       %s%n", s.owner().orElse("-"));
        out.printf("state:       %s, %s%n", s.paused() ? "paused" : "active", s.catchUp() ? "catches up missed firings" : "skips missed firings");
    }

    static String local(Instant at, ReportSchedule schedule) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(schedule.cron().zone()).withNano(0));
    }
}
