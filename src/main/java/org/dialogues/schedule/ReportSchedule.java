package org.dialogues.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A report that runs by itself: what to render, when, with which parameters, and where it goes. */
public record ReportSchedule(String name, ReportKind report, CronExpression cron, ReportParameters parameters,
                             Path destination, List<String> mailTo, List<OutputFormat> formats,
                             Optional<String> owner, boolean paused, boolean catchUp) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,]+@[^@\\s,]+");

    public ReportSchedule {
        if (!NAME.matcher(name).matches()) {
            throw ScheduleException.invalid("schedule name '" + name + "' must be letters, digits, '.', '_' or '-' (at most 63)");
        }
        parameters.validFor(report);
        if (!destination.isAbsolute()) {
            throw ScheduleException.invalid("destination " + destination + " must be an absolute folder");
        }
        mailTo = List.copyOf(mailTo);
        mailTo.forEach(ReportSchedule::checkAddress);
        owner.ifPresent(ReportSchedule::checkAddress);
        formats = List.copyOf(formats.isEmpty() ? List.of(OutputFormat.PDF) : formats.stream().distinct().toList());
    }

    public ReportSchedule withPaused(boolean value) {
        return new ReportSchedule(name, report, cron, parameters, destination, mailTo, formats, owner, value, catchUp);
    }

    private static void checkAddress(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            throw ScheduleException.invalid("'" + address + "' is not a mail address");
        }
    }
}
