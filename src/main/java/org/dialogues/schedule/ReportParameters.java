package org.dialogues.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report parameters as a schedule stores them ({@code quarter=previous}, {@code period=last 12 months})
 * and their resolution against the day of a firing ({@code quarter=2025-Q1}, {@code from=2024-04-02}).
 * Relative values are resolved at each run so that one schedule keeps producing the latest report.
 */
public record ReportParameters(Map<String, String> values) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile("(\\d{1,3}) (day|week|month|year)s? ago");
    private static final Pattern LAST = Pattern.compile("last (\\d{1,3}) (day|week|month|year)s?");
    private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z0-9_-]{1,15}");

    public ReportParameters {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Parses {@code key=value} pairs as given on the command line. */
    public static ReportParameters parse(Iterable<String> pairs) {
        Map<String, String> values = new TreeMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw ScheduleException.invalid("parameter '" + pair + "' must be key=value, e.g. quarter=previous");
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (values.put(key, pair.substring(eq + 1).strip()) != null) {
                throw ScheduleException.invalid("parameter '" + key + "' is given twice");
            }
        }
        return new ReportParameters(values);
    }

    /** Checks the parameters fit the report by resolving them once; throws a one-line error when not. */
    public ReportParameters validFor(ReportKind report) {
        for (String key : values.keySet()) {
            if (!report.accepted().contains(key)) {
                throw ScheduleException.invalid("the " + report.id() + " report takes no parameter '" + key
                        + "'; it accepts " + String.join(", ", report.accepted().stream().sorted().toList()));
            }
        }
        for (String key : report.required()) {
            if (!values.containsKey(key)) {
                throw ScheduleException.invalid("the " + report.id() + " report needs --param " + key + "=...");
            }
        }
        resolve(report, LocalDate.of(2000, 1, 1));
        return this;
    }

    /** The parameters as they apply to a run on {@code day} (the firing's date in the schedule's zone). */
    public Map<String, String> resolve(ReportKind report, LocalDate day) {
        Map<String, String> resolved = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            switch (key) {
                case "quarter" -> resolved.put(key, quarter(value, day));
                case "from", "to" -> resolved.put(key, date(key, value, day).toString());
                case "period" -> {
                    LocalDate[] range = period(value, day);
                    resolved.put("from", range[0].toString());
                    resolved.put("to", range[1].toString());
                }
                case "party" -> resolved.put(key, party(value));
                default -> resolved.put(key, value);
            }
        });
        if (report == ReportKind.PARTNER) {
            // A partner report without dates covers the year up to the run, the usual standing request.
            LocalDate[] lastYear = period("last 12 months", day);
            resolved.putIfAbsent("from", lastYear[0].toString());
            resolved.putIfAbsent("to", lastYear[1].toString());
        }
        if (resolved.containsKey("from") && resolved.containsKey("to")
                && LocalDate.parse(resolved.get("from")).isAfter(LocalDate.parse(resolved.get("to")))) {
            throw ScheduleException.invalid("'from' (" + resolved.get("from") + ") falls after 'to' (" + resolved.get("to") + ")");
        }
        return resolved;
    }

    /** {@code previous}, {@code current}, {@code next} or a literal such as {@code 2025-Q1}. */
    static String quarter(String value, LocalDate day) {
        int index = day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
        int shifted = switch (value.toLowerCase(Locale.ROOT)) {
            case "previous", "last" -> index - 1;
            case "current", "this" -> index;
            case "next" -> index + 1;
            default -> {
                Matcher m = QUARTER.matcher(value);
                if (!m.matches()) {
                    throw ScheduleException.invalid("quarter '" + value + "' must be previous, current, next or like 2025-Q1");
                }
                yield Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
            }
        };
        return Math.floorDiv(shifted, 4) + "-Q" + (Math.floorMod(shifted, 4) + 1);
    }

    /** A literal ISO date, {@code today}, {@code yesterday} or {@code N days|weeks|months|years ago}. */
    static LocalDate date(String key, String value, LocalDate day) {
        String text = value.toLowerCase(Locale.ROOT).strip();
        if (text.equals("today")) {
            return day;
        }
        if (text.equals("yesterday")) {
            return day.minusDays(1);
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            return day.minus(Integer.parseInt(ago.group(1)), unit(ago.group(2)));
        }
        if (LAST.matcher(text).matches()) {
            LocalDate[] range = period(text, day);
            return key.equals("from") ? range[0] : range[1];
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ScheduleException.invalid(key + " '" + value + "' must be a date (2025-01-31), today, yesterday, "
                    + "'N months ago' or 'last N months'");
        }
    }

    /** {@code last N units}: the N units that end the day before the run, e.g. the last 12 full months of days. */
    static LocalDate[] period(String value, LocalDate day) {
        Matcher m = LAST.matcher(value.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) {
            throw ScheduleException.invalid("period '" + value + "' must be like 'last 12 months' or 'last 90 days'");
        }
        LocalDate to = day.minusDays(1);
        LocalDate from = day.minus(Integer.parseInt(m.group(1)), unit(m.group(2)));
        return new LocalDate[] {from, to};
    }

    private static ChronoUnit unit(String word) {
        return switch (word) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static String party(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!PARTY.matcher(code).matches()) {
            throw ScheduleException.invalid("party '" + value + "' must be a party code such as US, JP or NATO");
        }
        return code;
    }
}
