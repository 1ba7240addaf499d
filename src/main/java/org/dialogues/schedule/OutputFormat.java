package org.dialogues.schedule;

import java.util.Arrays;
import java.util.Locale;

/** A file format a scheduled report is rendered in. */
public enum OutputFormat {
    PDF, XLSX, CSV;

    /** The MIME type mail attachments carry, so that mail clients open the file with the right program. */
    public String mediaType() {
        return switch (this) {
            case PDF -> "application/pdf";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> "text/csv; charset=UTF-8";
        };
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> ScheduleException.invalid("unknown format '" + text + "'; use pdf, xlsx or csv"));
    }
}
