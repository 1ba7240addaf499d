package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;

/**
 * A meeting found in an article, with everything the meeting stage could tell about it.
 * {@code sentences} are the indexes of the sentences that refer to it (by name, by "the
 * dialogue", or by a "met with" clause); {@code people} are name keys of the people the text
 * links to it explicitly ("met with X", "talks between X and Y").
 */
public record MeetingMention(String key, String name, String series, Integer edition, String acronym,
        LocalDate startDate, LocalDate endDate, DatePrecision precision, String city, String countryCode,
        Set<String> parties, MeetingStatus status, String levelCode, EvidenceRole role,
        List<Integer> sentences, Set<String> people) {

    public MeetingMention {
        parties = Set.copyOf(parties);
        sentences = List.copyOf(sentences);
        people = Set.copyOf(people);
    }
}
