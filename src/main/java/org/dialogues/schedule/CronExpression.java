package org.dialogues.schedule;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A five-field Unix cron expression read in a time zone, e.g. {@code 0 7 2 1,4,7,10 *} in
 * Asia/Seoul: 07:00 Seoul time on the 2nd of each quarter's first month.
 */
public record CronExpression(String expression, ZoneId zone) {

    public CronExpression {
        expression = expression.strip().replaceAll("\\s+", " ");
        if (expression.split(" ").length != 5) {
            throw ScheduleException.invalid("cron expression '" + expression
                    + "' must have five fields: minute hour day-of-month month day-of-week");
        }
        try {
            new CronSchedule(expression, zone, CronStyle.UNIX);
        } catch (RuntimeException e) {
            throw ScheduleException.invalid("bad cron expression '" + expression + "': " + e.getMessage());
        }
    }

    public static CronExpression parse(String expression, String zone) {
        return new CronExpression(expression, zone(zone));
    }

    public static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw ScheduleException.invalid("unknown time zone '" + zone + "'; use an IANA name such as Asia/Seoul or UTC");
        }
    }

    /** The first firing strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        return schedule().getNextExecutionTime(ExecutionComplete.simulatedSuccess(after));
    }

    CronSchedule schedule() {
        return new CronSchedule(expression, zone, CronStyle.UNIX);
    }
}
