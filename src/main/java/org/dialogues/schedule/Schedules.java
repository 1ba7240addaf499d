package org.dialogues.schedule;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The schedule use cases behind the command line: add, pause, resume, remove, show, history, run now.
 * A schedule lives in {@code report_schedule}; its next firing is queued in db-scheduler's table in
 * the same database, so a service started later finds it (and a missed firing) there.
 */
public final class Schedules {

    public static final String TASK = "report-schedule";
    private static final TaskDescriptor<Void> DESCRIPTOR = TaskDescriptor.of(TASK);

    private final ScheduleStore store;
    private final RunLog runs;
    private final SchedulerClient client;
    private final Clock clock;

    public Schedules(DataSource dataSource, org.jooq.DSLContext dsl, Clock clock) {
        this.store = new ScheduleStore(dsl);
        this.runs = new RunLog(dsl);
        this.client = SchedulerClient.Builder.create(dataSource).build();
        this.clock = clock;
    }

    /** What {@code schedule show} and {@code list} print: the schedule and its next queued firing. */
    public record Entry(ReportSchedule schedule, Optional<Instant> nextFiring) {
    }

    public ScheduleStore store() {
        return store;
    }

    public RunLog runs() {
        return runs;
    }

    /** Stores the schedule and queues its first firing. */
    public Entry add(ReportSchedule schedule) {
        store.add(schedule);
        Instant next = schedule.cron().nextAfter(clock.instant());
        client.scheduleIfNotExists(DESCRIPTOR.instance(schedule.name()).build(), next);
        return new Entry(schedule, Optional.of(next));
    }

    public List<Entry> list() {
        return store.list().stream().map(s -> new Entry(s, nextFiring(s.name()))).toList();
    }

    public Entry show(String name) {
        return new Entry(store.get(name), nextFiring(name));
    }

    public void pause(String name) {
        store.setPaused(name, true);
    }

    /** Resumes from the next firing after now: firings during the pause are not caught up. */
    public Entry resume(String name) {
        store.setPaused(name, false);
        ReportSchedule schedule = store.get(name);
        Instant next = schedule.cron().nextAfter(clock.instant());
        TaskInstanceId id = DESCRIPTOR.instanceId(name);
        if (client.getScheduledExecution(id).isPresent()) {
            client.reschedule(id, next);
        } else {
            client.scheduleIfNotExists(DESCRIPTOR.instance(name).build(), next);
        }
        return new Entry(schedule, Optional.of(next));
    }

    /** Removes the schedule; its history stays. A firing being run right now still finishes. */
    public void remove(String name) {
        store.remove(name);
        TaskInstanceId id = DESCRIPTOR.instanceId(name);
        client.getScheduledExecution(id).filter(e -> !e.isPicked()).ifPresent(e -> client.cancel(id));
    }

    /** A run started by hand: as recorded, and what failed, if anything. */
    public record ManualRun(ReportRun run, Optional<ReportJob.Failure> failure) {
    }

    /** Runs the schedule here and now, whatever its timing; the queued firing is untouched. */
    public ManualRun runNow(String name, ReportJob job) {
        ReportJob.Outcome outcome = job.attempt(store.get(name), clock.instant(), RunTrigger.MANUAL);
        return new ManualRun(runs.find(outcome.runId()).orElseThrow(), outcome.failure());
    }

    public List<ReportRun> history(Optional<String> name, int limit) {
        name.ifPresent(n -> {
            if (store.find(n).isEmpty() && runs.history(Optional.of(n), 1).isEmpty()) {
                store.get(n);
            }
        });
        return runs.history(name, limit);
    }

    /** Queues the next firing of every schedule that has none (e.g. rows restored from a backup). */
    void queueMissing() {
        Instant now = clock.instant();
        for (ReportSchedule schedule : store.list()) {
            client.scheduleIfNotExists(DESCRIPTOR.instance(schedule.name()).build(), schedule.cron().nextAfter(now));
        }
    }

    private Optional<Instant> nextFiring(String name) {
        return client.getScheduledExecution(DESCRIPTOR.instanceId(name)).map(e -> e.getExecutionTime());
    }
}
