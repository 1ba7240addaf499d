package org.dialogues.schedule;

import org.dialogues.DialoguesException;
import org.dialogues.DialoguesException.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One run of a schedule: resolve the parameters for the firing, render every format into the
 * folder, mail the outputs (retrying with backoff), and record each step in {@code report_run}.
 * After the last failed try the schedule's owner is told.
 */
public final class ReportJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);
    private static final List<String> NAME_ORDER = List.of("party", "quarter", "status", "from", "to");

    private final RunLog runs;
    private final ReportRenderer renderer;
    private final Optional<Mailer> mailer;
    private final RetryPolicy retry;
    private final Clock clock;
    /** Counted down when the service stops: a wait between mail attempts ends at once. */
    private final CountDownLatch stopping = new CountDownLatch(1);

    /**
     * The service stopped while the run waited to retry mail delivery. The run is left unfinished
     * (not failed) and its firing is handed back, so the next service redoes it.
     */
    public static final class StoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long runId;

        StoppedException(long runId, String message) {
            super(message);
            this.runId = runId;
        }

        public long runId() {
            return runId;
        }
    }

    /**
     * How a run ended: its id in {@code report_run} and, when it failed, the kind of failure (empty
     * category: an unexpected error, a bug), so that {@code schedule run-now} exits with the code
     * for what failed.
     */
    public record Outcome(long runId, Optional<Failure> failure) {
    }

    /** What failed and why; {@code category} is empty for an error nobody expected. */
    public record Failure(Optional<Category> category, String error) {
    }

    public ReportJob(RunLog runs, ReportRenderer renderer, Optional<Mailer> mailer, RetryPolicy retry, Clock clock) {
        this.runs = runs;
        this.renderer = renderer;
        this.mailer = mailer;
        this.retry = retry;
        this.clock = clock;
    }

    /** Runs the schedule for the firing at {@code firing} and returns the id of the recorded run. */
    public long run(ReportSchedule schedule, Instant firing, RunTrigger trigger) {
        return attempt(schedule, firing, trigger).runId();
    }

    /** Runs the schedule for the firing at {@code firing}: the recorded run and what failed, if anything. */
    public Outcome attempt(ReportSchedule schedule, Instant firing, RunTrigger trigger) {
        Map<String, String> parameters = schedule.parameters().resolve(schedule.report(), firing.atZone(schedule.cron().zone()).toLocalDate());
        OutputFolder folder = new OutputFolder(schedule.destination());
        if (trigger != RunTrigger.MANUAL) {
            runs.closeInterrupted(schedule.name(), clock.instant());
            folder.discardPartials(schedule.name());
        }
        long runId = runs.start(schedule.name(), schedule.report(), parameters, trigger, firing, clock.instant());
        LOG.info("run {} of schedule {}: {} {}", runId, schedule.name(), schedule.report().id(), parameters);
        List<Delivery> outputs;
        try {
            outputs = render(schedule, parameters, firing, folder, runId);
        } catch (RuntimeException e) {
            Optional<Category> category = e instanceof DialoguesException known ? Optional.of(known.category()) : Optional.empty();
            return fail(schedule, runId, 0, new Failure(category, "rendering failed: " + oneLine(e)));
        }
        runs.delivered(runId, outputs, renderer.templateVersion(schedule.report()));
        Optional<Undelivered> undelivered = mail(schedule, parameters, outputs, runId);
        return undelivered.map(failure -> fail(schedule, runId, failure.attempts(), failure.failure()))
                .orElseGet(() -> new Outcome(runId, Optional.empty()));
    }

    /** Records a firing that was missed while no service ran and is not to be caught up. */
    public long skip(ReportSchedule schedule, Instant firing) {
        Map<String, String> parameters = schedule.parameters().resolve(schedule.report(), firing.atZone(schedule.cron().zone()).toLocalDate());
        long runId = runs.start(schedule.name(), schedule.report(), parameters, RunTrigger.CATCH_UP, firing, clock.instant());
        runs.finish(runId, RunStatus.SKIPPED, 0, Optional.of("missed while no service ran; catch-up is off"), clock.instant());
        return runId;
    }

    private List<Delivery> render(ReportSchedule schedule, Map<String, String> parameters, Instant firing, OutputFolder folder, long runId) {
        String base = baseName(schedule.report(), parameters);
        List<Delivery> outputs = new ArrayList<>();
        for (OutputFormat format : schedule.formats()) {
            String name = OutputFolder.versionedName(base, firing, schedule.cron().zone(), format);
            outputs.add(folder.deliver(schedule.name(), runId, name, format,
                    target -> renderer.render(schedule.report(), parameters, format, target)));
        }
        return outputs;
    }

    /** A delivery that finally failed, after {@code attempts} tries. */
    private record Undelivered(int attempts, Failure failure) {
    }

    /** Mails the outputs; records the run succeeded, or returns why delivery finally failed. */
    private Optional<Undelivered> mail(ReportSchedule schedule, Map<String, String> parameters, List<Delivery> outputs, long runId) {
        if (schedule.mailTo().isEmpty()) {
            runs.finish(runId, RunStatus.SUCCEEDED, 0, Optional.empty(), clock.instant());
            return Optional.empty();
        }
        if (mailer.isEmpty()) {
            return Optional.of(new Undelivered(0, new Failure(Optional.of(Category.UNEXPECTED_STATE),
                    "mail recipients are set but SMTP is not configured (set DIALOGUES_SMTP_HOST or " + MailSettings.FILE + ")")));
        }
        OutgoingMail mail = new OutgoingMail(schedule.mailTo(), subject(schedule, parameters),
                "The scheduled report " + schedule.name() + " is attached.\n",
                outputs.stream().map(d -> new OutgoingMail.Attachment(d.path(), d.format().mediaType())).toList());
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.get().send(mail);
                runs.finish(runId, RunStatus.SUCCEEDED, attempt, Optional.empty(), clock.instant());
                return Optional.empty();
            } catch (Mailer.MailException e) {
                if (attempt == retry.attempts()) {
                    return Optional.of(new Undelivered(attempt, new Failure(Optional.of(Category.UNAVAILABLE),
                            "mail delivery failed after " + attempt + " attempts: " + e.getMessage())));
                }
                // info, not a warning: the run's outcome is told once, by whoever started it (the
                // service's run line, run-now's error line), and each try is in the run's history
                LOG.info("run {}: mail attempt {} failed, retrying in {}: {}", runId, attempt, retry.delayAfter(attempt), e.getMessage());
                runs.retrying(runId, attempt, e.getMessage());
                if (!pause(retry.delayAfter(attempt))) {
                    String reason = "the service stopped while waiting to retry mail delivery (" + e.getMessage()
                            + "); the next service redoes the run";
                    runs.stopped(runId, reason);
                    throw new StoppedException(runId, reason);
                }
            }
        }
    }

    private Outcome fail(ReportSchedule schedule, long runId, int attempts, Failure failure) {
        // info, not an error: the service's run line and run-now's error line already say it once
        LOG.info("run {} of schedule {} failed: {}", runId, schedule.name(), failure.error());
        runs.finish(runId, RunStatus.FAILED, attempts, Optional.of(failure.error()), clock.instant());
        tellOwner(schedule, runId, failure.error());
        return new Outcome(runId, Optional.of(failure));
    }

    private void tellOwner(ReportSchedule schedule, long runId, String error) {
        if (schedule.owner().isEmpty() || mailer.isEmpty()) {
            return;
        }
        try {
            mailer.get().send(new OutgoingMail(List.of(schedule.owner().get()), "Scheduled report " + schedule.name() + " failed",
                    "Run " + runId + " of schedule " + schedule.name() + " failed:\n" + error
                            + "\n\nSee: dialogues schedule history " + schedule.name() + "\n", List.of()));
        } catch (Mailer.MailException e) {
            LOG.error("could not tell {} that run {} failed: {}", schedule.owner().get(), runId, e.getMessage());
        }
    }

    /** E.g. quarterly-2025-Q1, partner-US-2024-04-02-2025-04-01: the report and its values, most telling first. */
    static String baseName(ReportKind report, Map<String, String> parameters) {
        String values = NAME_ORDER.stream().filter(parameters::containsKey).map(parameters::get)
                .map(v -> v.replaceAll("[^A-Za-z0-9-]", "_")).collect(Collectors.joining("-"));
        return values.isEmpty() ? report.id() : report.id() + "-" + values;
    }

    private static String subject(ReportSchedule schedule, Map<String, String> parameters) {
        return "Dialogues " + schedule.report().id() + " report " + String.join(" ", parameters.values());
    }

    /** Tells a run waiting between mail attempts to give up its firing now rather than wait on. */
    public void stop() {
        stopping.countDown();
    }

    /** Waits, unless the service stops first; false when it did. */
    private boolean pause(java.time.Duration delay) {
        try {
            return !stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.interrupted();   // the run is recorded below; the scheduler is shutting down anyway
            return false;
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
