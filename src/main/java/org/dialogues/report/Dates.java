package org.dialogues.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as reports write them, honest about how much of a date is known. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** "23 Sep 2024", "23–24 Sep 2024", "30 Sep–1 Oct 2024", "Sep 2024" (month known), "2024" (year known). */
    static String span(LocalDate start, LocalDate end, String precision) {
        if (start == null) {
            return "date not known";
        }
        return switch (precision) {
            case "year" -> String.valueOf(start.getYear());
            case "month" -> MONTH.format(start);
            default -> end == null || end.equals(start) ? DAY.format(start) : range(start, end);
        };
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String month(int year, int month) {
        return MONTH.format(LocalDate.of(year, month, 1));
    }

    private static String range(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + "–" + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(start) + "–" + DAY.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY.format(end);
    }
}
