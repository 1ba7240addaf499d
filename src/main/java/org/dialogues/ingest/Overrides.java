package org.dialogues.ingest;

import java.time.LocalDate;

/** Metadata given by the archivist for a single file; any non-null field wins over everything found. */
public record Overrides(String url, String outlet, LocalDate published) {

    public Overrides {
        url = blankToNull(url);
        outlet = blankToNull(outlet);
    }

    public static Overrides none() {
        return new Overrides(null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
