package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a wire story speaks from: its dateline ("SEOUL, Sept. 14 (Yonhap) --"). Its "today" and
 * "on Thursday" are told from that day, which can differ by a day from the publication date a
 * site records in another time zone; with only the year of an undated article known, the
 * dateline completes it.
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*[A-Z][A-Z.'\\- ]{2,30}?,\\s*"
            + Fragments.month("m") + "\\s*(?<d>3[01]|[12]\\d|0?[1-9])(?:,\\s*" + Fragments.year("y") + ")?"
            + "\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:--|\u2014|\u2013)");
    /** Only the opening of a text holds its dateline. */
    private static final int REACH = 2000;
    /** How far a dateline may lie from the recorded publication day and still be the same story's day. */
    private static final int MAX_DAYS_APART = 2;

    private Dateline() {
    }

    /** {@code publication} refined by the dateline of {@code text}, or unchanged when it has none that fits. */
    static ReferenceDate refine(String text, ReferenceDate publication) {
        Matcher m = DATELINE.matcher(text).region(0, Math.min(text.length(), REACH));
        if (!m.find()) {
            return publication;
        }
        Optional<MonthDay> monthDay = CalendarWords.monthDay(CalendarWords.month(m.group("m")),
                Integer.parseInt(m.group("d")));
        if (monthDay.isEmpty()) {
            return publication;
        }
        if (m.group("y") != null) {
            return fits(CalendarWords.date(Integer.parseInt(m.group("y")), monthDay.get().getMonthValue(),
                    monthDay.get().getDayOfMonth()), publication);
        }
        if (publication.day() != null) {
            // the year that puts the dateline nearest the publication day (Dec. 31 read on Jan. 1)
            LocalDate day = publication.day();
            Optional<LocalDate> nearest = List.of(-1, 0, 1).stream()
                    .map(offset -> day.getYear() + offset)
                    .filter(monthDay.get()::isValidYear)
                    .map(monthDay.get()::atYear)
                    .min((a, b) -> Long.compare(Math.abs(ChronoUnit.DAYS.between(a, day)),
                            Math.abs(ChronoUnit.DAYS.between(b, day))));
            return fits(nearest, publication);
        }
        if (publication.knowsYear() && monthDay.get().isValidYear(publication.year().getValue())) {
            return ReferenceDate.day(monthDay.get().atYear(publication.year().getValue()));
        }
        return publication;
    }

    private static ReferenceDate fits(Optional<LocalDate> dateline, ReferenceDate publication) {
        if (dateline.isEmpty()) {
            return publication;
        }
        LocalDate day = dateline.get();
        boolean near = publication.day() == null
                ? publication.year() == null || publication.year().getValue() == day.getYear()
                : Math.abs(ChronoUnit.DAYS.between(day, publication.day())) <= MAX_DAYS_APART;
        return near ? ReferenceDate.day(day) : publication;
    }
}
