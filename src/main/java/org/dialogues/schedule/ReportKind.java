package org.dialogues.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The reports a schedule can run, with the parameters each accepts. */
public enum ReportKind {
    QUARTERLY(Set.of("quarter"), Set.of("quarter")),
    PARTNER(Set.of("party", "from", "to", "period"), Set.of("party")),
    COMMITMENTS(Set.of("party", "status"), Set.of());

    private final Set<String> accepted;
    private final Set<String> required;

    ReportKind(Set<String> accepted, Set<String> required) {
        this.accepted = accepted;
        this.required = required;
    }

    public Set<String> accepted() {
        return accepted;
    }

    public Set<String> required() {
        return required;
    }

    /** The name used on the command line and in the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportKind parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> ScheduleException.invalid("unknown report '" + text + "'; use one of "
                        + Arrays.stream(values()).map(ReportKind::id).collect(Collectors.joining(", "))));
    }
}
