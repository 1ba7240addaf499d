package org.dialogues.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.time.DatePrecision;

/** Reads the date forms news pages print ("March 12, 2025", "2025-07-13 10:05", "12 Mar. 2025", "July 2025"). */
final class DateParser {

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)" + YEAR + "[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
    private static final Pattern KOREAN = Pattern.compile(YEAR + "\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_MONTH_ONLY = Pattern.compile("^" + YEAR + "[-./](\\d{1,2})$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^" + YEAR + "$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** The first full or month-only date written anywhere in the text. */
    Optional<PublishedDate> find(String text) {
        return firstDay(text).or(() -> monthYear(text));
    }

    /**
     * A value that should be a date and nothing else (a JSON field, a manifest cell, a meta tag):
     * ISO date or date-time, "2025-03" (month), "2025" (year), or any form {@link #find} reads.
     */
    Optional<PublishedDate> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        Matcher yearMonth = YEAR_MONTH_ONLY.matcher(trimmed);
        if (yearMonth.matches()) {
            return date(yearMonth.group(1), yearMonth.group(2), "1", DatePrecision.MONTH);
        }
        Matcher year = YEAR_ONLY.matcher(trimmed);
        if (year.matches()) {
            return date(year.group(1), "1", "1", DatePrecision.YEAR);
        }
        return find(trimmed);
    }

    /** A month and day written without a year, as in a dateline "SEOUL, Sept. 14 (Yonhap)". */
    Optional<MonthDay> findMonthDay(String text) {
        Matcher matcher = MONTH_DAY.matcher(text);
        while (matcher.find()) {
            try {
                return Optional.of(MonthDay.of(month(matcher.group(1)), Integer.parseInt(matcher.group(2))));
            } catch (DateTimeException e) {
                // "May 45" is not a date; look further
            }
        }
        return Optional.empty();
    }

    private Optional<PublishedDate> firstDay(String text) {
        PublishedDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {NUMERIC, KOREAN, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find() && matcher.start() < bestStart) {
                Optional<PublishedDate> found = pattern == MONTH_DAY_YEAR
                        ? date(matcher.group(3), monthNumber(matcher.group(1)), matcher.group(2), DatePrecision.DAY)
                        : pattern == DAY_MONTH_YEAR
                        ? date(matcher.group(3), monthNumber(matcher.group(2)), matcher.group(1), DatePrecision.DAY)
                        : date(matcher.group(1), matcher.group(2), matcher.group(3), DatePrecision.DAY);
                if (found.isPresent()) {
                    best = found.get();
                    bestStart = matcher.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<PublishedDate> monthYear(String text) {
        Matcher matcher = MONTH_YEAR.matcher(text);
        return matcher.find()
                ? date(matcher.group(2), monthNumber(matcher.group(1)), "1", DatePrecision.MONTH)
                : Optional.empty();
    }

    private static Optional<PublishedDate> date(String year, String month, String day, DatePrecision precision) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(new PublishedDate(date, precision));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String monthNumber(String name) {
        return Integer.toString(month(name));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
