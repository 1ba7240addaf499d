package org.dialogues.extract.time;

import static org.dialogues.extract.time.Fragments.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** Expressions whose date depends on the reference date: weekdays, "yesterday", "last week". */
final class RelativeRules {

    private static final String ORDINAL_WORDS = "first|second|third|fourth|last|latter|1st|2nd|3rd|4th";
    private static final String SEASONS = "spring|summer|fall|autumn|winter";

    private RelativeRules() {
    }

    static List<Rule> all() {
        return List.of(deictic(), calendarUnit(), ago(), weekday(), partOfYear(), season(), seasonOfYear());
    }

    /** "yesterday", "today", "tomorrow", "last night", "the previous day". */
    static Rule deictic() {
        String regex = "\\b(?=[yYtTlL])(?i:(?<word>yesterday|today|tomorrow|tonight|last\\s+night"
                + "|this\\s+(?:morning|afternoon|evening)|the\\s+(?:previous|prior)\\s+day"
                + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow))\\b";
        return Rule.of("deictic", regex, (m, anchor) -> anchor.known()
                ? Optional.of(Dating.day(anchor.reference().plusDays(dayOffset(m.group("word")))))
                : Optional.empty());
    }

    /** "last week", "this month", "next year", "earlier this year", "late last year". */
    static Rule calendarUnit() {
        String regex = "\\b(?=[eElLmMtTbBsSnNrR])(?i:(?:(?:early|earlier|mid|late|later)(?:\\s+in)?\\s+|mid-"
                + "|(?:the\\s+)?(?:beginning|start|middle|end|rest)\\s+of\\s+)?"
                + "(?<rel>last|this|next|the\\s+previous|the\\s+prior|the\\s+current|the\\s+coming)"
                + "\\s+(?<unit>week|month|year))\\b";
        return Rule.of("calendar-unit", regex, (m, anchor) -> {
            int direction = CalendarWords.direction(m.group("rel"));
            if (anchor.known()) {
                return Optional.of(unit(m.group("unit"), direction, anchor.reference()));
            }
            // a year told relative to the article's year needs only that year
            boolean year = m.group("unit").equalsIgnoreCase("year");
            return year && anchor.yearKnown() ? Optional.of(Dating.year(anchor.year() + direction)) : Optional.empty();
        });
    }

    /** "two days ago", "a week ago", "three years ago". */
    static Rule ago() {
        String regex = "\\b(?=[\\daAoOtTfFsSeEnN])"
                + "(?i:(?<n>\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
                + "(?<unit>day|week|month|year)s?\\s+ago)\\b";
        return Rule.of("ago", regex, (m, anchor) -> {
            if (!anchor.known()) {
                return Optional.empty();
            }
            int count = CalendarWords.count(m.group("n"));
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            return Optional.of(unit.equals("day")
                    ? Dating.day(anchor.reference().minusDays(count))
                    : unit(unit, -count, anchor.reference()));
        });
    }

    /** "Monday", "on Monday", "last Friday", "next Tuesday", "Monday's press conference". */
    static Rule weekday() {
        String regex = "\\b(?=[lLnNtTcCpPMWFS])(?:(?<rel>(?i:last|next|this|this\\s+coming|coming|past))\\s+)?"
                + "\\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
        return Rule.of("weekday", regex, (m, anchor) -> anchor.known()
                ? Optional.of(Dating.day(weekdayDate(CalendarWords.weekday(m.group("day")), m.group("rel"), anchor)))
                : Optional.empty());
    }

    /** "the second half of 2018", "the first half", "the first quarter of next year". */
    static Rule partOfYear() {
        String regex = "\\b(?i:(?:the\\s+)?(?<ord>" + ORDINAL_WORDS + ")\\s+(?<part>half|quarter)"
                + "(?:(?:\\s+of)?\\s+(?:" + year("y") + "|(?<rel>this|last|next)\\s+year|(?<same>the\\s+year))"
                + "|(?!\\s+of\\b)))";
        return Rule.of("part-of-year", regex, (m, anchor) -> {
            String part = m.group("part").toLowerCase(Locale.ROOT);
            int index = partIndex(m.group("ord"), part);
            int length = part.equals("half") ? 6 : 3;
            if (index * length > 12) {
                return Optional.empty();
            }
            return yearOf(m, anchor, year -> Span.months(YearMonth.of(year, (index - 1) * length + 1),
                    YearMonth.of(year, index * length)))
                    .map(Dating::period);
        });
    }

    /** "last fall", "this spring", "in the summer"; not "the fall of Saigon" nor "rise and fall". */
    static Rule season() {
        String regex = "\\b(?i:(?:(?<rel>last|this|next|coming|past)\\s+|(?:early|late|mid)[\\s-]?"
                + "|(?=[sfaw])(?<=\\b(?:in|during|by|since|until|through|throughout)\\s{1,2}(?:the\\s{1,2})?))"
                + "(?<season>" + SEASONS + ")(?:\\s+(?:of\\s+)?" + year("y") + ")?)\\b"
                + "(?!\\s+of\\s+(?!(?:18|19|20)\\d{2}))";
        return Rule.of("season", regex, (m, anchor) -> seasonDating(m, m.group("rel"), anchor));
    }

    /** "spring 2024", "the autumn of 2023", without a preposition before it. */
    static Rule seasonOfYear() {
        String regex = "\\b(?i:(?<season>" + SEASONS + ")\\s+(?:of\\s+)?)" + year("y");
        return Rule.of("season-of-year", regex, (m, anchor) -> seasonDating(m, null, anchor));
    }

    private static int dayOffset(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (lower) {
            case "yesterday", "last night", "the previous day", "the prior day" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
    }

    /** The week, month or year {@code offset} units from the reference's. */
    private static Dating unit(String unit, int offset, LocalDate reference) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
                yield Dating.period(new Span(monday, monday.plusDays(6)));
            }
            case "month" -> Dating.month(YearMonth.from(reference).plusMonths(offset));
            default -> Dating.year(reference.getYear() + offset);
        };
    }

    private static LocalDate weekdayDate(DayOfWeek day, String rel, Anchor anchor) {
        LocalDate reference = anchor.reference();
        LocalDate onOrBefore = reference.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = reference.with(TemporalAdjusters.next(day));
        int direction = rel == null ? 0 : CalendarWords.direction(rel);
        if (direction < 0) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        if (direction > 0) {
            return after;
        }
        return switch (anchor.tense()) {
            case PAST -> onOrBefore;
            case FUTURE -> after;
            case PRESENT -> reference.toEpochDay() - onOrBefore.toEpochDay() <= after.toEpochDay()
                    - reference.toEpochDay() ? onOrBefore : after;
        };
    }

    private static int partIndex(String ordinal, String part) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd", "latter" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> part.equals("half") ? 2 : 4;
        };
    }

    /** Reads the year named by groups y, rel or same, else infers it from the reference. */
    private static Optional<Span> yearOf(Matcher m, Anchor anchor, IntFunction<Span> period) {
        if (m.group("y") != null) {
            return Optional.of(period.apply(Integer.parseInt(m.group("y"))));
        }
        if ((m.group("rel") != null || m.group("same") != null) && anchor.yearKnown()) {
            int offset = m.group("rel") == null ? 0 : CalendarWords.direction(m.group("rel"));
            return Optional.of(period.apply(anchor.year() + offset));
        }
        if (!anchor.known()) {
            return Optional.empty();
        }
        return anchor.nearest(List.of(-1, 0, 1).stream().map(offset -> period.apply(anchor.year() + offset)).toList());
    }

    private static Optional<Dating> seasonDating(Matcher m, String rel, Anchor anchor) {
        Season season = Season.of(m.group("season"));
        if (m.group("y") != null) {
            return Optional.of(Dating.period(season.in(Integer.parseInt(m.group("y")))));
        }
        if (!anchor.known()) {
            return Optional.empty();
        }
        List<Span> candidates = List.of(-2, -1, 0, 1).stream()
                .map(offset -> season.in(anchor.year() + offset))
                .toList();
        return AbsoluteRules.chooseRelative(candidates, rel, anchor).map(Dating::period);
    }

    /** Meteorological seasons of the northern hemisphere; winter Y runs from December Y to February Y+1. */
    private enum Season {
        SPRING(3), SUMMER(6), FALL(9), WINTER(12);

        private final int firstMonth;

        Season(int firstMonth) {
            this.firstMonth = firstMonth;
        }

        static Season of(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            return lower.equals("autumn") ? FALL : valueOf(lower.toUpperCase(Locale.ROOT));
        }

        Span in(int year) {
            YearMonth first = YearMonth.of(year, firstMonth);
            return Span.months(first, first.plusMonths(2));
        }
    }
}
