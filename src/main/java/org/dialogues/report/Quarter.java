package org.dialogues.report;

import org.dialogues.DialoguesException.Category;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2025-Q1}. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new ReportException(Category.INVALID_INPUT, "a quarter is numbered 1 to 4, not " + number);
        }
        if (year < 1900 || year > 9999) {
            throw new ReportException(Category.INVALID_INPUT, "the year of a quarter must have four digits, not " + year);
        }
    }

    /** Parses {@code YYYY-QN}; anything else is invalid input with a message that shows the form. */
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new ReportException(Category.INVALID_INPUT,
                    "'" + text + "' is not a quarter; write it as YYYY-QN with N from 1 to 4, e.g. 2025-Q1");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** First day. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** Last day (inclusive). */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
