-- Scheduled reports: what to run when (report_schedule), what each run did (report_run), and the
-- table db-scheduler keeps its pending firings in (scheduled_tasks, its PostgreSQL DDL as published).

CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
COMMENT ON TABLE scheduled_tasks IS 'db-scheduler''s queue: one row per pending firing; a scheduler picks a row under a row lock, so two services never run the same firing.';
COMMENT ON COLUMN scheduled_tasks.task_name IS 'The task kind, e.g. report-schedule.';
COMMENT ON COLUMN scheduled_tasks.task_instance IS 'The instance of the task; for reports the schedule name.';
COMMENT ON COLUMN scheduled_tasks.task_data IS 'Serialized task data (unused by report schedules, which read report_schedule).';
COMMENT ON COLUMN scheduled_tasks.execution_time IS 'When the firing is due.';
COMMENT ON COLUMN scheduled_tasks.picked IS 'True while a scheduler is running this firing.';
COMMENT ON COLUMN scheduled_tasks.picked_by IS 'Name of the scheduler (host) that picked the firing.';
COMMENT ON COLUMN scheduled_tasks.last_success IS 'When this instance last completed successfully.';
COMMENT ON COLUMN scheduled_tasks.last_failure IS 'When this instance last failed.';
COMMENT ON COLUMN scheduled_tasks.consecutive_failures IS 'Failures since the last success.';
COMMENT ON COLUMN scheduled_tasks.last_heartbeat IS 'Last sign of life of the scheduler running the firing; a stale heartbeat marks a dead run to revive.';
COMMENT ON COLUMN scheduled_tasks.version IS 'Optimistic lock counter.';
COMMENT ON COLUMN scheduled_tasks.priority IS 'Higher runs first when several firings are due.';

CREATE TABLE report_schedule (
    schedule_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    report        text        NOT NULL,
    cron          text        NOT NULL,
    zone          text        NOT NULL,
    params        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    destination   text        NOT NULL,
    mail_to       text[]      NOT NULL DEFAULT '{}',
    formats       text[]      NOT NULL DEFAULT '{pdf}',
    owner         text,
    paused        boolean     NOT NULL DEFAULT false,
    catch_up      boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT report_schedule_name_format CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$'),
    CONSTRAINT report_schedule_report_known CHECK (report IN ('quarterly', 'partner', 'commitments')),
    CONSTRAINT report_schedule_cron_fields CHECK (array_length(regexp_split_to_array(btrim(cron), '\s+'), 1) = 5),
    CONSTRAINT report_schedule_zone_not_blank CHECK (btrim(zone) <> ''),
    CONSTRAINT report_schedule_params_object CHECK (jsonb_typeof(params) = 'object'),
    CONSTRAINT report_schedule_destination_not_blank CHECK (btrim(destination) <> ''),
    CONSTRAINT report_schedule_formats_known CHECK (cardinality(formats) > 0 AND formats <@ ARRAY['pdf', 'xlsx', 'csv']),
    CONSTRAINT report_schedule_owner_address CHECK (owner IS NULL OR owner ~ '^[^@\s]+@[^@\s]+$')
);
COMMENT ON TABLE report_schedule IS 'A report that runs by itself on a cron schedule and is delivered to a folder and by mail.';
COMMENT ON COLUMN report_schedule.schedule_id IS 'Surrogate key.';
COMMENT ON COLUMN report_schedule.name IS 'Name staff use for the schedule; unique; also the db-scheduler task instance.';
COMMENT ON COLUMN report_schedule.report IS 'Which report to render: quarterly, partner or commitments.';
COMMENT ON COLUMN report_schedule.cron IS 'Five-field Unix cron expression (minute hour day-of-month month day-of-week).';
COMMENT ON COLUMN report_schedule.zone IS 'IANA time zone the cron expression is read in, e.g. Asia/Seoul.';
COMMENT ON COLUMN report_schedule.params IS 'Report parameters as written, resolved at each run (quarter=previous, from=12 months ago...).';
COMMENT ON COLUMN report_schedule.destination IS 'Absolute folder outputs are delivered to (versioned names, never overwritten).';
COMMENT ON COLUMN report_schedule.mail_to IS 'Addresses that receive each output as an attachment; empty for none.';
COMMENT ON COLUMN report_schedule.formats IS 'Output formats rendered at each run: pdf, xlsx, csv.';
COMMENT ON COLUMN report_schedule.owner IS 'Address told when a run fails after its last retry.';
COMMENT ON COLUMN report_schedule.paused IS 'True while firings are skipped.';
COMMENT ON COLUMN report_schedule.catch_up IS 'Whether a firing missed while no service ran is run once at start (true) or skipped (false).';
COMMENT ON COLUMN report_schedule.created_at IS 'When the schedule was added.';

CREATE TABLE report_run (
    run_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id       bigint      REFERENCES report_schedule (schedule_id) ON DELETE SET NULL,
    schedule_name     text        NOT NULL,
    report            text        NOT NULL,
    params            jsonb       NOT NULL,
    trigger           text        NOT NULL,
    scheduled_at      timestamptz NOT NULL,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    status            text        NOT NULL,
    attempts          integer     NOT NULL DEFAULT 0,
    error             text,
    outputs           text[]      NOT NULL DEFAULT '{}',
    output_bytes      bigint,
    output_sha256     text,
    template_version  text,
    CONSTRAINT report_run_status_known CHECK (status IN ('running', 'retrying', 'succeeded', 'failed', 'skipped')),
    CONSTRAINT report_run_trigger_known CHECK (trigger IN ('schedule', 'catch-up', 'manual')),
    CONSTRAINT report_run_finished_when_done CHECK ((status IN ('running', 'retrying')) = (finished_at IS NULL)),
    CONSTRAINT report_run_finished_after_start CHECK (finished_at IS NULL OR finished_at >= started_at),
    CONSTRAINT report_run_error_when_failed CHECK (status <> 'failed' OR error IS NOT NULL),
    CONSTRAINT report_run_attempts_not_negative CHECK (attempts >= 0),
    CONSTRAINT report_run_bytes_not_negative CHECK (output_bytes IS NULL OR output_bytes >= 0),
    CONSTRAINT report_run_sha256_hex CHECK (output_sha256 IS NULL OR output_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX report_run_schedule_idx ON report_run (schedule_name, scheduled_at DESC);
COMMENT ON TABLE report_run IS 'One row per run of a scheduled report: what was asked, when, and what came out.';
COMMENT ON COLUMN report_run.run_id IS 'Surrogate key.';
COMMENT ON COLUMN report_run.schedule_id IS 'The schedule that ran; null once the schedule is removed (the history stays).';
COMMENT ON COLUMN report_run.schedule_name IS 'Name of the schedule at run time, kept after removal.';
COMMENT ON COLUMN report_run.report IS 'Report rendered: quarterly, partner or commitments.';
COMMENT ON COLUMN report_run.params IS 'Parameters as resolved for this run (quarter=2025-Q1, from/to dates).';
COMMENT ON COLUMN report_run.trigger IS 'What started the run: schedule (on time), catch-up (missed while no service ran) or manual (run-now).';
COMMENT ON COLUMN report_run.scheduled_at IS 'The firing the run belongs to (cron time), or the request time for manual runs.';
COMMENT ON COLUMN report_run.started_at IS 'When the run actually started.';
COMMENT ON COLUMN report_run.finished_at IS 'When the run ended; null while running or retrying.';
COMMENT ON COLUMN report_run.status IS 'running, retrying (delivery failed, will try again), succeeded, failed or skipped (missed firing not caught up).';
COMMENT ON COLUMN report_run.attempts IS 'Delivery attempts made so far.';
COMMENT ON COLUMN report_run.error IS 'Why the run failed or is retrying; one line.';
COMMENT ON COLUMN report_run.outputs IS 'Paths of the files delivered, in format order.';
COMMENT ON COLUMN report_run.output_bytes IS 'Size in bytes of the first output (the PDF when rendered).';
COMMENT ON COLUMN report_run.output_sha256 IS 'SHA-256 (hex) of the first output, to prove what was sent.';
COMMENT ON COLUMN report_run.template_version IS 'Version of the report template that rendered the output.';
