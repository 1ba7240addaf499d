package org.dialogues.extract.time;

/**
 * How much of a date is known: a date known only to the month is stored as the 1st with MONTH. The
 * values are in order, finest first (curation compares them so).
 */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    /** The lower-case code used in the database and the export (day, month, year, unknown). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
