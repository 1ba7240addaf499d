package org.dialogues.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A day or a range of days as written, each part possibly without its year: "Sept. 23",
 * "Dec. 30 to Jan. 2, 2025". Missing years come from the written ones, else from the reference.
 *
 * @param endDay  null for a single day
 * @param weekday the weekday written with the date, used to choose its year; nullable
 */
record DayRange(int startMonth, int startDay, Integer startYear, int endMonth, Integer endDay, Integer endYear,
                DayOfWeek weekday) {

    Optional<Dating> resolve(Anchor anchor) {
        Optional<MonthDay> start = CalendarWords.monthDay(startMonth, startDay);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (endDay == null) {
            return startDate(start.get(), anchor).map(Dating::day);
        }
        Optional<MonthDay> end = CalendarWords.monthDay(endMonth, endDay);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        boolean wraps = end.get().isBefore(start.get());
        Optional<LocalDate> first = endYear != null && startYear == null
                ? CalendarWords.date(wraps ? endYear - 1 : endYear, startMonth, startDay)
                : startDate(start.get(), anchor);
        return first.flatMap(from -> CalendarWords
                .date(endYear != null ? endYear : from.getYear() + (wraps ? 1 : 0), endMonth, endDay)
                .flatMap(to -> Dating.days(from, to)));
    }

    private Optional<LocalDate> startDate(MonthDay start, Anchor anchor) {
        if (startYear != null) {
            return CalendarWords.date(startYear, start.getMonthValue(), start.getDayOfMonth());
        }
        if (!anchor.known()) {
            return Optional.empty();
        }
        List<Span> candidates = List.of(-1, 0, 1).stream()
                .map(offset -> anchor.year() + offset)
                .filter(start::isValidYear)
                .map(year -> Span.day(start.atYear(year)))
                .toList();
        List<Span> sameWeekday = candidates.stream()
                .filter(span -> span.first().getDayOfWeek() == weekday)
                .toList();
        if (sameWeekday.size() == 1) {
            return Optional.of(sameWeekday.get(0).first());
        }
        return anchor.nearest(candidates).map(Span::first);
    }
}
