package org.dialogues.schedule;

import org.dialogues.database.schema.tables.records.ReportRunRecord;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.REPORT_OUTPUT;
import static org.dialogues.database.schema.Tables.REPORT_RUN;
import static org.dialogues.database.schema.Tables.REPORT_SCHEDULE;

/** The history of runs in {@code report_run}: every state change is written as it happens. */
public final class RunLog {

    static final String INTERRUPTED = "interrupted: the service stopped during the run; it is redone";

    private final DSLContext dsl;

    public RunLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a run that has started and returns its id. */
    public long start(String scheduleName, ReportKind report, Map<String, String> parameters, RunTrigger trigger,
                      Instant scheduledAt, Instant startedAt) {
        return dsl.insertInto(REPORT_RUN)
                .set(REPORT_RUN.SCHEDULE_ID, dsl.select(REPORT_SCHEDULE.SCHEDULE_ID).from(REPORT_SCHEDULE).where(REPORT_SCHEDULE.NAME.eq(scheduleName)))
                .set(REPORT_RUN.SCHEDULE_NAME, scheduleName)
                .set(REPORT_RUN.REPORT, report.id())
                .set(REPORT_RUN.PARAMS, ScheduleStore.json(parameters))
                .set(REPORT_RUN.TRIGGER, trigger.id())
                .set(REPORT_RUN.SCHEDULED_AT, time(scheduledAt))
                .set(REPORT_RUN.STARTED_AT, time(startedAt))
                .set(REPORT_RUN.STATUS, RunStatus.RUNNING.id())
                .returning(REPORT_RUN.RUN_ID)
                .fetchOne(REPORT_RUN.RUN_ID);
    }

    /** The outputs are in place; delivery by mail failed and will be tried again. */
    public void retrying(long runId, int attempts, String error) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.RETRYING.id()).set(REPORT_RUN.ATTEMPTS, attempts)
                .set(REPORT_RUN.ERROR, error).where(REPORT_RUN.RUN_ID.eq(runId)).execute();
    }

    /** Files are in the folder; each one's size and hash (in report_output) prove what was sent. */
    public void delivered(long runId, List<Delivery> outputs, String templateVersion) {
        Delivery first = outputs.get(0);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            var insert = tx.insertInto(REPORT_OUTPUT, REPORT_OUTPUT.RUN_ID, REPORT_OUTPUT.POSITION, REPORT_OUTPUT.PATH,
                    REPORT_OUTPUT.FORMAT, REPORT_OUTPUT.BYTES, REPORT_OUTPUT.SHA256);
            for (int i = 0; i < outputs.size(); i++) {
                Delivery output = outputs.get(i);
                insert = insert.values(runId, i + 1, output.path().toString(), output.format().extension(), output.bytes(), output.sha256());
            }
            insert.execute();
            // the first output's size and hash stay in report_run for readers of its older columns
            tx.update(REPORT_RUN)
                .set(REPORT_RUN.OUTPUTS, outputs.stream().map(d -> d.path().toString()).toArray(String[]::new))
                .set(REPORT_RUN.OUTPUT_BYTES, first.bytes())
                .set(REPORT_RUN.OUTPUT_SHA256, first.sha256())
                .set(REPORT_RUN.TEMPLATE_VERSION, templateVersion)
                .where(REPORT_RUN.RUN_ID.eq(runId)).execute();
        });
    }

    /**
     * The service stopped while the run waited (to retry mail): the run stays unfinished, saying
     * so, and the next service to pick its firing redoes it as it does a killed service's run.
     */
    public void stopped(long runId, String reason) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.ERROR, reason).where(REPORT_RUN.RUN_ID.eq(runId)).execute();
    }

    /** The trigger of a run of this firing left unfinished by a service that stopped or died. */
    public Optional<RunTrigger> unfinished(String scheduleName, Instant firing) {
        return dsl.select(REPORT_RUN.TRIGGER).from(REPORT_RUN)
                .where(REPORT_RUN.SCHEDULE_NAME.eq(scheduleName)).and(REPORT_RUN.SCHEDULED_AT.eq(time(firing)))
                .and(REPORT_RUN.STATUS.in(RunStatus.RUNNING.id(), RunStatus.RETRYING.id()))
                .orderBy(REPORT_RUN.RUN_ID.desc()).limit(1)
                .fetchOptional(REPORT_RUN.TRIGGER).map(RunTrigger::parse);
    }

    /** One recorded run. */
    public Optional<ReportRun> find(long runId) {
        return dsl.selectFrom(REPORT_RUN).where(REPORT_RUN.RUN_ID.eq(runId)).fetchOptional(this::run);
    }

    public void finish(long runId, RunStatus status, int attempts, Optional<String> error, Instant finishedAt) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.STATUS, status.id()).set(REPORT_RUN.ATTEMPTS, attempts)
                .set(REPORT_RUN.ERROR, error.orElse(null)).set(REPORT_RUN.FINISHED_AT, time(finishedAt))
                .where(REPORT_RUN.RUN_ID.eq(runId)).execute();
    }

    /** Runs of a schedule left running by a service that died; they are marked failed before the redo. */
    public int closeInterrupted(String scheduleName, Instant now) {
        return dsl.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.FAILED.id()).set(REPORT_RUN.ERROR, INTERRUPTED)
                .set(REPORT_RUN.FINISHED_AT, time(now))
                .where(REPORT_RUN.SCHEDULE_NAME.eq(scheduleName))
                .and(REPORT_RUN.STATUS.in(RunStatus.RUNNING.id(), RunStatus.RETRYING.id()))
                .execute();
    }

    /** Newest first; all schedules when no name is given. */
    public List<ReportRun> history(Optional<String> scheduleName, int limit) {
        return dsl.selectFrom(REPORT_RUN)
                .where(scheduleName.map(REPORT_RUN.SCHEDULE_NAME::eq).orElse(org.jooq.impl.DSL.noCondition()))
                .orderBy(REPORT_RUN.SCHEDULED_AT.desc(), REPORT_RUN.RUN_ID.desc())
                .limit(limit)
                .fetch(this::run);
    }

    private List<Delivery> outputs(long runId) {
        return dsl.selectFrom(REPORT_OUTPUT).where(REPORT_OUTPUT.RUN_ID.eq(runId)).orderBy(REPORT_OUTPUT.POSITION)
                .fetch(o -> new Delivery(Path.of(o.getPath()), OutputFormat.parse(o.getFormat()), o.getBytes(), o.getSha256()));
    }

    private ReportRun run(ReportRunRecord r) {
        return new ReportRun(r.getRunId(), r.getScheduleName(), ReportKind.parse(r.getReport()), ScheduleStore.map(r.getParams()),
                RunTrigger.parse(r.getTrigger()), r.getScheduledAt().toInstant(), r.getStartedAt().toInstant(),
                Optional.ofNullable(r.getFinishedAt()).map(OffsetDateTime::toInstant), RunStatus.parse(r.getStatus()),
                r.getAttempts(), Optional.ofNullable(r.getError()), Arrays.asList(r.getOutputs()),
                Optional.ofNullable(r.getOutputBytes()), Optional.ofNullable(r.getOutputSha256()),
                Optional.ofNullable(r.getTemplateVersion()), outputs(r.getRunId()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
