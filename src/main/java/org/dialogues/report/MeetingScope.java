package org.dialogues.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which meetings a report section covers: those starting between two days (inclusive), with or
 * without South Korea as a party, optionally with one partner, in the given statuses.
 *
 * @param withKorea    true for Korea's dialogues, false for meetings among partners without Korea
 * @param monthKnown   true to leave out meetings known only to the year, which no quarter can hold
 */
record MeetingScope(LocalDate from, LocalDate to, Optional<String> partner, boolean withKorea, Set<String> statuses,
                    boolean monthKnown) {

    static final String HELD = "held";
    static final String PLANNED = "planned";
    static final String CANCELLED = "cancelled";

    MeetingScope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("scope starts " + from + " after it ends " + to);
        }
        statuses = Set.copyOf(statuses);
    }

    /** Korea's meetings in a quarter with the given statuses. */
    static MeetingScope korea(Quarter quarter, String... statuses) {
        return new MeetingScope(quarter.start(), quarter.end(), Optional.empty(), true, Set.of(statuses), true);
    }

    /** Meetings in a quarter among parties without Korea. */
    static MeetingScope regional(Quarter quarter) {
        return new MeetingScope(quarter.start(), quarter.end(), Optional.empty(), false, Set.of(HELD, PLANNED), true);
    }

    /** Korea's meetings with one partner over a period, whatever their status. */
    static MeetingScope partner(String partyCode, LocalDate from, LocalDate to) {
        return new MeetingScope(from, to, Optional.of(partyCode), true, Set.of(HELD, PLANNED, "cancelled"), false);
    }
}
