package org.dialogues.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dialogues.schedule.ServiceEvents;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The service's log on standard output, one line per event: start, each run (schedule, trigger,
 * outcome, outputs, duration), stop. As text for people, or as one JSON object a line for log
 * collectors ({@code --log-format json}).
 */
final class ServiceLogLines implements ServiceEvents {

    enum Format { TEXT, JSON }

    private final PrintWriter out;
    private final Clock clock;
    private final Format format;
    private final ObjectMapper json = new ObjectMapper();

    ServiceLogLines(PrintWriter out, Clock clock, Format format) {
        this.out = out;
        this.clock = clock;
        this.format = format;
    }

    static Format format(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new org.dialogues.DialoguesException(org.dialogues.DialoguesException.Category.INVALID_INPUT,
                    "--log-format must be text or json, not '" + name + "'");
        };
    }

    @Override
    public void started(int schedules, Duration pollInterval) {
        if (format == Format.JSON) {
            print(event("started").put("schedules", schedules).put("poll_seconds", seconds(pollInterval)));
        } else {
            print("service started: " + schedules + " scheduled report(s), polling every " + text(pollInterval)
                    + "; stop with Ctrl-C or SIGTERM");
        }
    }

    @Override
    public void runEnded(RunEnded run) {
        if (format == Format.JSON) {
            ObjectNode line = event("run").put("schedule", run.schedule()).put("run", run.runId()).put("trigger", run.trigger().id())
                    .put("firing", run.firing().toString()).put("outcome", run.outcome()).put("duration_seconds", seconds(run.took()));
            var outputs = line.putArray("outputs");
            run.outputs().forEach(output -> outputs.add(output.toString()));
            run.error().ifPresent(error -> line.put("error", error));
            print(line);
        } else {
            print("run " + run.runId() + " of " + run.schedule() + " (" + run.trigger().id() + ", firing " + run.firing() + "): "
                    + run.outcome() + " in " + text(run.took()) + "; outputs: "
                    + (run.outputs().isEmpty() ? "none" : run.outputs().stream().map(Path::toString).collect(Collectors.joining(", ")))
                    + run.error().map(error -> "; error: " + error).orElse(""));
        }
    }

    @Override
    public void stopped() {
        if (format == Format.JSON) {
            print(event("stopped"));
        } else {
            print("service stopped");
        }
    }

    private ObjectNode event(String event) {
        return json.createObjectNode().put("time", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString()).put("event", event);
    }

    private synchronized void print(ObjectNode line) {
        out.println(line.toString());
        out.flush();
    }

    private synchronized void print(String line) {
        out.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + line);
        out.flush();
    }

    private static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }

    private static String text(Duration duration) {
        return seconds(duration) + " s";
    }
}
