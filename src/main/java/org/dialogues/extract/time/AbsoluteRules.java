package org.dialogues.extract.time;

import static org.dialogues.extract.time.Fragments.AFTER_YEAR;
import static org.dialogues.extract.time.Fragments.MONTH_MODIFIER;
import static org.dialogues.extract.time.Fragments.MONTH_PREPOSITION;
import static org.dialogues.extract.time.Fragments.RANGE;
import static org.dialogues.extract.time.Fragments.TIME_PREPOSITION;
import static org.dialogues.extract.time.Fragments.day;
import static org.dialogues.extract.time.Fragments.month;
import static org.dialogues.extract.time.Fragments.weekdayPrefix;
import static org.dialogues.extract.time.Fragments.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Expressions that name calendar days, months and years, with or without their year. */
final class AbsoluteRules {

    private AbsoluteRules() {
    }

    static List<Rule> all() {
        return List.of(monthFirst(), dayFirst(), numeric(), monthOfYear(), monthWithoutYear(), yearAlone(),
                ordinalDay());
    }

    /** US order: "March 12, 2025", "Sept. 23-24", "Sept. 23 to Oct. 2, 2024", "Monday, Sept. 23". */
    static Rule monthFirst() {
        String regex = "\\b(?=[A-Z])" + weekdayPrefix("wd") + month("m1") + "\\s*" + day("d1")
                + "(?:,?\\s+" + year("y1") + ")?"
                + "(?:" + RANGE + "(?:" + month("m2") + "\\s*)?" + day("d2") + "(?:,?\\s+" + year("y2") + ")?)?";
        return Rule.of("month-day", regex, (m, anchor) -> {
            int startMonth = CalendarWords.month(m.group("m1"));
            Integer endMonth = m.group("m2") == null ? Integer.valueOf(startMonth) : CalendarWords.month(m.group("m2"));
            return new DayRange(startMonth, Integer.parseInt(m.group("d1")), CalendarWords.number(m.group("y1")),
                    endMonth, CalendarWords.number(m.group("d2")), CalendarWords.number(m.group("y2")),
                    weekday(m, "wd")).resolve(anchor);
        });
    }

    /** UK order: "12 March 2025", "23-24 September", "23 September to 2 October 2024". */
    static Rule dayFirst() {
        String regex = "(?=[A-Z\\d])" + weekdayPrefix("wd") + "(?<![\\w+./:-])" + day("d1")
                + "(?:\\s+(?:of\\s+)?" + month("m1") + "(?:,?\\s+" + year("y1") + ")?)?"
                + "(?:" + RANGE + day("d2") + ")?\\s+(?:of\\s+)?" + month("m2") + "(?:,?\\s+" + year("y2") + ")?";
        return Rule.of("day-month", regex, (m, anchor) -> {
            int endMonth = CalendarWords.month(m.group("m2"));
            int startMonth = m.group("m1") == null ? endMonth : CalendarWords.month(m.group("m1"));
            Integer endDay = CalendarWords.number(m.group("d2"));
            Integer year = CalendarWords.number(m.group("y2"));
            if (endDay == null) {
                if (m.group("m1") != null) {
                    return Optional.empty();
                }
                return new DayRange(startMonth, Integer.parseInt(m.group("d1")), year, startMonth, null, null,
                        weekday(m, "wd")).resolve(anchor);
            }
            return new DayRange(startMonth, Integer.parseInt(m.group("d1")), CalendarWords.number(m.group("y1")),
                    endMonth, endDay, year, weekday(m, "wd")).resolve(anchor);
        });
    }

    /** "2024-09-25", and the dotted or slashed year-first forms Korean outlets use. */
    static Rule numeric() {
        String regex = "(?=[12])(?<![\\w./-])(?<y>(?:19|20)\\d{2})(?<sep>[-./])(?<mo>1[0-2]|0?[1-9])\\k<sep>"
                + "(?<d>3[01]|[12]\\d|0?[1-9])(?![\\w/-]|\\.\\d)";
        return Rule.of("numeric", regex, (m, anchor) -> CalendarWords
                .date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")))
                .map(Dating::day));
    }

    /** "November 2024", "mid-March 2025", "the end of June, 2023". */
    static Rule monthOfYear() {
        String regex = "\\b(?=[A-Zbemlst])(?:" + MONTH_MODIFIER + "[\\s-]*)?" + month("m")
                + ",?\\s+(?:of\\s+)?" + year("y");
        return Rule.of("month-year", regex, (m, anchor) -> Optional.of(Dating.month(
                YearMonth.of(Integer.parseInt(m.group("y")), CalendarWords.month(m.group("m"))))));
    }

    /** "in November", "early March", "last May": the year comes from the reference and tense. */
    static Rule monthWithoutYear() {
        String regex = "\\b(?:(?<rel>(?i:last|this|next|this\\s+coming|past))\\s+|" + MONTH_MODIFIER + "[\\s-]*"
                + "|(?=[A-Z])(?<=\\b" + MONTH_PREPOSITION + "\\s{1,2}))" + month("m")
                + "(?:\\s+(?<yrel>(?i:last|this|next))\\s+year\\b)?";
        return Rule.of("month", regex, (m, anchor) -> {
            if (!anchor.yearKnown() || (m.group("yrel") == null && !anchor.known())) {
                return Optional.empty();
            }
            int month = CalendarWords.month(m.group("m"));
            if (m.group("yrel") != null) {
                // "in June last year": the year is told relative to the reference
                int offset = switch (m.group("yrel").toLowerCase(java.util.Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                return Optional.of(Dating.month(YearMonth.of(anchor.year() + offset, month)));
            }
            List<Span> candidates = List.of(-1, 0, 1).stream()
                    .map(offset -> Span.month(YearMonth.of(anchor.year() + offset, month))).toList();
            return chooseRelative(candidates, m.group("rel"), anchor)
                    .map(span -> Dating.month(YearMonth.from(span.first())));
        });
    }

    /** "in 2023", "since 2018", "mid-2024", "in 1950-53", "from 2020 to 2022"; a bare year is too often a quantity. */
    static Rule yearAlone() {
        String regex = "\\b(?:(?<mod>(?i:early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of))[\\s-]*"
                + "|(?=[12])(?<=\\b" + TIME_PREPOSITION + "\\s{1,2}))" + year("y")
                + "(?:\\s*[-\u2013]\\s*(?<y2>\\d{4}|\\d{2})(?!\\d)|\\s+(?:to|through|and|until)\\s+" + year("y3") + ")?"
                + "(?![\\w%]|[.,/-]\\d|\\s*(?i:percent|per\\s+cent))(?!'s)(?!\\s+(?!" + AFTER_YEAR + ")[a-z])";
        return Rule.of("year", regex, (m, anchor) -> {
            int first = Integer.parseInt(m.group("y"));
            String end = m.group("y2") != null ? m.group("y2") : m.group("y3");
            if (end == null) {
                return Optional.of(Dating.year(first));
            }
            int last = end.length() == 2 ? first / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            return Dating.years(first, last);
        });
    }

    /** "on the 23rd", "from the 23rd to the 24th", "the 23rd of this month": month from reference. */
    static Rule ordinalDay() {
        String ordinal = "(?:st|nd|rd|th)\\b";
        String regex = "\\b(?=[tT])(?<=\\b(?i:on|from|since|until|till|by|before|after|through|to|between|and)\\s{1,2})"
                + "(?i:the)\\s+(?<d1>3[01]|[12]\\d|0?[1-9])" + ordinal
                + "(?:" + RANGE + "(?:(?i:the)\\s+)?(?<d2>3[01]|[12]\\d|0?[1-9])" + ordinal + ")?"
                + "(?:\\s+of\\s+(?<rel>(?i:this|last|next|the\\s+current|the\\s+previous|the\\s+coming))\\s+month"
                + "|(?=\\s*(?:[.,;:!?)\\]\"'\u2019\u201d]|$)|\\s+(?i:to|and|or|through|until|till|at|in|on|when|with"
                + "|as|after|before|while|during|for|from|amid|between|under|this|next|last)\\b))";
        return Rule.of("ordinal-day", regex, AbsoluteRules::ordinalDays);
    }

    private static Optional<Dating> ordinalDays(Matcher m, Anchor anchor) {
        if (!anchor.known()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group("d1"));
        String rel = m.group("rel");
        List<Integer> monthOffsets = rel == null ? List.of(-1, 0, 1)
                : List.of(CalendarWords.direction(rel.replaceFirst("(?i)^the\\s+", "")));
        List<Span> candidates = monthOffsets.stream()
                .map(offset -> anchor.month().plusMonths(offset))
                .filter(month -> month.isValidDay(day))
                .map(month -> Span.day(month.atDay(day)))
                .toList();
        Optional<LocalDate> start = anchor.nearest(candidates).map(Span::first);
        Integer endDay = CalendarWords.number(m.group("d2"));
        if (start.isEmpty() || endDay == null) {
            return start.map(Dating::day);
        }
        YearMonth endMonth = YearMonth.from(start.get()).plusMonths(endDay < day ? 1 : 0);
        return endMonth.isValidDay(endDay) ? Dating.days(start.get(), endMonth.atDay(endDay)) : Optional.empty();
    }

    /**
     * Picks among readings of a year-less expression: "last"/"next" take the nearest strictly
     * before/after the reference, "this" the nearest either way, none the tense-weighted nearest.
     */
    static Optional<Span> chooseRelative(List<Span> candidates, String rel, Anchor anchor) {
        if (rel == null) {
            return anchor.nearest(candidates);
        }
        LocalDate reference = anchor.reference();
        int direction = CalendarWords.direction(rel);
        List<Span> allowed = candidates.stream()
                .filter(span -> direction == 0 || (direction < 0 ? span.last().isBefore(reference)
                        : span.first().isAfter(reference)))
                .toList();
        return new Anchor(reference, Tense.PRESENT).nearest(allowed);
    }

    private static DayOfWeek weekday(Matcher m, String group) {
        String name = m.group(group) != null ? m.group(group) : m.group(group + "Short");
        return name == null ? null : CalendarWords.weekday(name);
    }
}
