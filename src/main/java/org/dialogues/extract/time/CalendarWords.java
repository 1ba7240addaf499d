package org.dialogues.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/** Reads the words and numbers that date expressions are made of. */
final class CalendarWords {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String WEEKDAYS = "monwedthufrisatsun";

    private CalendarWords() {
    }

    /** Month number of a name or abbreviation ("Sept.", "September", "Sep" → 9). */
    static int month(String name) {
        int index = MONTHS.indexOf(prefix(name));
        if (index < 0 || index % 3 != 0) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return index / 3 + 1;
    }

    /** Day of week of a name or abbreviation ("Tues.", "Thursday"). */
    static DayOfWeek weekday(String name) {
        String prefix = prefix(name);
        if (prefix.equals("tue")) {
            return DayOfWeek.TUESDAY;
        }
        int index = WEEKDAYS.indexOf(prefix);
        if (index < 0 || index % 3 != 0) {
            throw new IllegalArgumentException("not a weekday name: " + name);
        }
        int[] order = {1, 3, 4, 5, 6, 7};
        return DayOfWeek.of(order[index / 3]);
    }

    /** Small counts written as digits or words ("3", "three", "a"). */
    static int count(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(lower);
        };
    }

    /** -1, 0 or +1 for "last"/"previous", "this"/"current", "next"/"coming". */
    static int direction(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (lower) {
            case "last", "past", "previous", "the previous", "prior", "the prior" -> -1;
            case "next", "coming", "this coming", "the coming" -> 1;
            default -> 0;
        };
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Optional<MonthDay> monthDay(int month, int day) {
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static String prefix(String name) {
        return name.substring(0, Math.min(3, name.length())).toLowerCase(Locale.ROOT);
    }
}
