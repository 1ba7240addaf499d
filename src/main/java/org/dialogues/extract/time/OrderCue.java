package org.dialogues.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that place one event right next to another in time: "X took place immediately after Y",
 * "X, held just before Y", "X opened the day after Y". When one of the two is dated, the other is
 * too: in the same month for "immediately/just/right/shortly after/before/following", on the
 * neighbouring day for "the day after/before". A bare "after" or "following" says nothing of the
 * distance and is not a cue.
 *
 * @param start    offset of the cue's first character
 * @param end      offset just past it
 * @param after    true when the subject (named before the cue) comes after the object (named after it)
 * @param oneDay   true for "the day after/before": a day apart; else close enough to share a month
 */
public record OrderCue(int start, int end, boolean after, boolean oneDay) {

    private static final Pattern CUE = Pattern.compile("\\b(?i:(?:immediately|right|just|shortly|directly|soon)"
            + "\\s+(?<dir>after|before|following|preceding|ahead\\s+of)"
            + "|(?:the|a|one)\\s+day\\s+(?<dayDir>after|before)(?!\\s+(?:tomorrow|yesterday)\\b))\\b");

    public OrderCue {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Cues in {@code text[from, to)}, in order of offset. */
    public static List<OrderCue> find(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        Matcher m = CUE.matcher(text).region(from, to);
        List<OrderCue> cues = new ArrayList<>();
        while (m.find()) {
            boolean oneDay = m.group("dayDir") != null;
            String direction = (oneDay ? m.group("dayDir") : m.group("dir")).toLowerCase(Locale.ROOT);
            boolean after = direction.equals("after") || direction.equals("following");
            cues.add(new OrderCue(m.start(), m.end(), after, oneDay));
        }
        return List.copyOf(cues);
    }

    /** The date of the object ("Y" in "X took place immediately after Y") from the subject's date. */
    public Optional<DateMention> objectDate(DateMention subject) {
        return related(subject, !after);
    }

    /** The date of the subject ("X" in "X took place immediately after Y") from the object's date. */
    public Optional<DateMention> subjectDate(DateMention object) {
        return related(object, after);
    }

    /** The date of an event that comes {@code later} (or earlier) than {@code known}; the span is the cue's. */
    private Optional<DateMention> related(DateMention known, boolean later) {
        LocalDate edge = later && known.endDate() != null ? known.endDate() : known.date();
        if (oneDay) {
            return known.precision() == DatePrecision.DAY
                    ? Optional.of(new DateMention(start, end, later ? edge.plusDays(1) : edge.minusDays(1), null,
                            DatePrecision.DAY))
                    : Optional.empty();
        }
        boolean monthKnown = known.precision() == DatePrecision.DAY || known.precision() == DatePrecision.MONTH;
        return monthKnown
                ? Optional.of(new DateMention(start, end, YearMonth.from(edge).atDay(1), null, DatePrecision.MONTH))
                : Optional.empty();
    }
}
