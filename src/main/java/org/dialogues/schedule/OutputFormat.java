package org.dialogues.schedule;

import java.util.Arrays;
import java.util.Locale;

/** A file format a scheduled report is rendered in. */
public enum OutputFormat {
    PDF, XLSX, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> ScheduleException.invalid("unknown format '" + text + "'; use pdf, xlsx or csv"));
    }
}
