package org.dialogues.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dialogues.DialoguesException.Category;
import org.dialogues.database.schema.tables.records.ReportScheduleRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.REPORT_SCHEDULE;

/** The schedules in {@code report_schedule}. */
public final class ScheduleStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    public ScheduleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void add(ReportSchedule schedule) {
        try {
            dsl.insertInto(REPORT_SCHEDULE)
                    .set(REPORT_SCHEDULE.NAME, schedule.name())
                    .set(REPORT_SCHEDULE.REPORT, schedule.report().id())
                    .set(REPORT_SCHEDULE.CRON, schedule.cron().expression())
                    .set(REPORT_SCHEDULE.ZONE, schedule.cron().zone().getId())
                    .set(REPORT_SCHEDULE.PARAMS, json(schedule.parameters().values()))
                    .set(REPORT_SCHEDULE.DESTINATION, schedule.destination().toString())
                    .set(REPORT_SCHEDULE.MAIL_TO, schedule.mailTo().toArray(String[]::new))
                    .set(REPORT_SCHEDULE.FORMATS, schedule.formats().stream().map(OutputFormat::extension).toArray(String[]::new))
                    .set(REPORT_SCHEDULE.OWNER, schedule.owner().orElse(null))
                    .set(REPORT_SCHEDULE.PAUSED, schedule.paused())
                    .set(REPORT_SCHEDULE.CATCH_UP, schedule.catchUp())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new ScheduleException(Category.INVALID_INPUT, "a schedule named '" + schedule.name()
                    + "' already exists; pick another name or remove it first", e);
        }
    }

    public Optional<ReportSchedule> find(String name) {
        return dsl.selectFrom(REPORT_SCHEDULE).where(REPORT_SCHEDULE.NAME.eq(name)).fetchOptional().map(ScheduleStore::schedule);
    }

    /** The schedule, or a one-line error naming the command that lists them. */
    public ReportSchedule get(String name) {
        return find(name).orElseThrow(() -> ScheduleException.invalid("no schedule named '" + name + "' (see: dialogues schedule list)"));
    }

    public List<ReportSchedule> list() {
        return dsl.selectFrom(REPORT_SCHEDULE).orderBy(REPORT_SCHEDULE.NAME).fetch(ScheduleStore::schedule);
    }

    public void setPaused(String name, boolean paused) {
        if (dsl.update(REPORT_SCHEDULE).set(REPORT_SCHEDULE.PAUSED, paused).where(REPORT_SCHEDULE.NAME.eq(name)).execute() == 0) {
            get(name);
        }
    }

    public void remove(String name) {
        if (dsl.deleteFrom(REPORT_SCHEDULE).where(REPORT_SCHEDULE.NAME.eq(name)).execute() == 0) {
            get(name);
        }
    }

    Optional<Long> id(String name) {
        return dsl.select(REPORT_SCHEDULE.SCHEDULE_ID).from(REPORT_SCHEDULE).where(REPORT_SCHEDULE.NAME.eq(name)).fetchOptional(REPORT_SCHEDULE.SCHEDULE_ID);
    }

    private static ReportSchedule schedule(ReportScheduleRecord r) {
        return new ReportSchedule(r.getName(), ReportKind.parse(r.getReport()), CronExpression.parse(r.getCron(), r.getZone()),
                new ReportParameters(map(r.getParams())), Path.of(r.getDestination()), Arrays.asList(r.getMailTo()),
                Arrays.stream(r.getFormats()).map(OutputFormat::parse).toList(), Optional.ofNullable(r.getOwner()),
                r.getPaused(), r.getCatchUp());
    }

    static JSONB json(Map<String, String> values) {
        try {
            return JSONB.jsonb(JSON.writeValueAsString(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    static Map<String, String> map(JSONB json) {
        try {
            return JSON.readValue(json.data(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new ScheduleException(Category.UNEXPECTED_STATE, "stored parameters are not a JSON object of strings: " + json.data(), e);
        }
    }
}
