package org.dialogues.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The long-lived scheduling service: db-scheduler over PostgreSQL runs each schedule's firings.
 * Each schedule is one row in {@code scheduled_tasks} (task {@value Schedules#TASK}, instance = the
 * schedule name) whose execution time is the next firing; a service picks the row under a row
 * lock, so two services never run the same firing, and moves it to the following firing when done.
 */
public final class ReportService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final Duration RETRY_LATER = Duration.ofMinutes(5);

    private final Schedules schedules;
    private final ReportJob job;
    private final ServiceOptions options;
    private final Clock clock;
    private final Scheduler scheduler;
    private final ServiceEvents events;

    public ReportService(DataSource dataSource, Schedules schedules, ReportJob job, ServiceOptions options, Clock clock) {
        this(dataSource, schedules, job, options, clock, ServiceEvents.NONE);
    }

    public ReportService(DataSource dataSource, Schedules schedules, ReportJob job, ServiceOptions options, Clock clock,
                         ServiceEvents events) {
        this.schedules = schedules;
        this.job = job;
        this.options = options;
        this.clock = clock;
        this.events = events;
        CustomTask<Void> task = Tasks.custom(Schedules.TASK, Void.class)
                .onDeadExecutionRevive()
                .onFailure(ReportService::failed)
                .execute(this::fire);
        this.scheduler = Scheduler.create(dataSource, task)
                .pollingInterval(options.pollInterval())
                .heartbeatInterval(options.heartbeat())
                .threads(options.threads())
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    /** Makes sure every schedule has its next firing queued, then starts polling. */
    public void start() {
        schedules.queueMissing();
        scheduler.start();
        LOG.info("scheduling service started (poll every {})", options.pollInterval());
        events.started(schedules.list().size(), options.pollInterval());
    }

    /** Looks for due firings now rather than at the next poll. */
    public void wake() {
        scheduler.triggerCheckForDueExecutions();
    }

    /**
     * Stops polling and waits for runs in progress to finish; a run that does not finish in time
     * keeps its picked row, which another service revives once its heartbeat is stale.
     */
    @Override
    public void close() {
        job.stop();   // a run waiting to retry mail gives its firing back instead of waiting out the stop
        scheduler.stop();
        LOG.info("scheduling service stopped");
        events.stopped();
    }

    /**
     * A run given up because the service stopped goes back to its firing's time, due at once, so
     * that the next service redoes it (as it revives a killed service's); anything else is retried
     * later, as db-scheduler does by default.
     */
    private static void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        if (complete.getCause().filter(ReportJob.StoppedException.class::isInstance).isPresent()) {
            operations.reschedule(complete, complete.getExecution().executionTime);
        } else {
            new FailureHandler.OnFailureRetryLater<Void>(RETRY_LATER).onFailure(complete, operations);
        }
    }

    private void ended(long runId, long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        schedules.runs().find(runId).ifPresent(run -> events.runEnded(new ServiceEvents.RunEnded(run.scheduleName(), run.id(),
                run.trigger(), run.scheduledAt(), run.status().id(), run.delivered().stream().map(Delivery::path).toList(),
                run.error(), took)));
    }

    private CompletionHandler<Void> fire(TaskInstance<Void> instance, ExecutionContext context) {
        String name = instance.getId();
        Instant firing = context.getExecution().executionTime;
        Optional<ReportSchedule> found = schedules.store().find(name);
        if (found.isEmpty()) {
            LOG.info("schedule {} was removed; dropping its firing", name);
            return (complete, operations) -> operations.remove();
        }
        ReportSchedule schedule = found.get();
        Instant now = clock.instant();
        long started = System.nanoTime();
        Optional<RunTrigger> unfinished = schedules.runs().unfinished(name, firing);
        try {
            if (schedule.paused()) {
                LOG.info("schedule {} is paused; skipping the firing at {}", name, firing);
            } else if (unfinished.isPresent()) {
                // a service stopped or died during this firing's run: redone, however late it now is
                ended(job.run(schedule, firing, unfinished.get()), started);
            } else if (Duration.between(firing, now).compareTo(options.lateAfter()) > 0) {
                if (options.catchUp().orElse(schedule.catchUp())) {
                    ended(job.run(schedule, firing, RunTrigger.CATCH_UP), started);
                } else {
                    ended(job.skip(schedule, firing), started);
                }
            } else {
                ended(job.run(schedule, firing, RunTrigger.SCHEDULE), started);
            }
        } catch (ReportJob.StoppedException e) {
            events.runEnded(new ServiceEvents.RunEnded(name, e.runId(), unfinished.orElse(RunTrigger.SCHEDULE), firing,
                    "stopped", List.of(), Optional.of(e.getMessage()), Duration.ofNanos(System.nanoTime() - started)));
            throw e;
        }
        // Several missed firings collapse into the one just handled: the next is after now.
        // The cron is read again so that a schedule removed during the run is not queued again.
        return (complete, operations) -> schedules.store().find(name).ifPresentOrElse(
                current -> operations.reschedule(complete, current.cron().nextAfter(clock.instant())),
                operations::remove);
    }
}
