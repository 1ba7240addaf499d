package org.dialogues.schedule;

import java.util.Locale;

/** Where a run stands; the lower-case name is stored in {@code report_run.status}. */
public enum RunStatus {
    RUNNING, RETRYING, SUCCEEDED, FAILED, SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
