package org.dialogues.report;

import org.dialogues.DialoguesException.Category;

import java.util.Locale;

/** Output formats of every report; XLSX and CSV carry the same query results as the PDF. */
public enum Format {
    PDF("pdf"),
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Format parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReportException(Category.INVALID_INPUT, "'" + text + "' is not a report format; use pdf, xlsx or csv");
        }
    }
}
