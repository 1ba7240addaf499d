package org.dialogues.extract.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One article as a careful reader (or the extractor) reads it, in the vocabulary of the export
 * format (dialogues-export/1): meetings, participants, commitments.
 */
public record GoldArticle(String file, LocalDate published, List<Meeting> meetings, List<Participant> participants,
        List<Commitment> commitments) {

    public GoldArticle {
        meetings = List.copyOf(meetings);
        participants = List.copyOf(participants);
        commitments = List.copyOf(commitments);
    }

    /**
     * A meeting; {@code id} is local to the article, dates ISO, codes as in the export.
     * {@code koreaInvolved} is the gold reading's {@code korea_involved} flag (South Korea takes part).
     */
    public record Meeting(String id, String name, String series, Integer edition, LocalDate startDate,
            LocalDate endDate, String datePrecision, String city, String country, Set<String> parties, String status,
            boolean koreaInvolved) {
        public Meeting {
            parties = Set.copyOf(parties);
        }

        /** A meeting whose Korea flag follows its parties (KR among them). */
        public Meeting(String id, String name, String series, Integer edition, LocalDate startDate,
                LocalDate endDate, String datePrecision, String city, String country, Set<String> parties,
                String status) {
            this(id, name, series, edition, startDate, endDate, datePrecision, city, country, parties, status,
                    parties.contains("KR"));
        }
    }

    /** A participant of the meeting with local id {@code meeting}. */
    public record Participant(String meeting, String name, String title, String organization, String country) {}

    /** A commitment with the verbatim sentence stating it, and other sentences that state it as well. */
    public record Commitment(String meeting, String kind, Set<String> parties, String sentence,
            List<String> alternativeSentences) {
        public Commitment {
            parties = Set.copyOf(parties);
            alternativeSentences = List.copyOf(alternativeSentences);
        }
    }
}
