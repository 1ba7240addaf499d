package org.dialogues.schedule;

import java.util.Locale;

/** What started a run: its firing on time, a firing missed while no service ran, or a person (run-now). */
public enum RunTrigger {
    SCHEDULE, CATCH_UP, MANUAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RunTrigger parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
