package org.dialogues.extract.evaluation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.time.DatePrecision;

/**
 * Scores extraction against a gold reading, article by article.
 *
 * <p>Matching rules (all within one article, one-to-one, best pairs first):
 * <ul>
 *   <li><b>Meeting</b>: the parties overlap, the start dates (when both are known) are at most
 *       {@value #DATE_TOLERANCE_DAYS} days apart, and either both dates are known, or the names are
 *       similar (Jaccard similarity of their lower-case content words at least
 *       {@value #NAME_SIMILARITY}), or the meetings share a participant (same normalized name).
 *       Pairs are ranked by date agreement, then name similarity and shared participants, then
 *       party overlap.</li>
 *   <li><b>Participant</b>: the same normalized name (lower case, no accents, hyphens, spaces or
 *       periods) at meetings matched to each other.</li>
 *   <li><b>Commitment</b>: the same kind and the same sentence, compared normalized (lower case,
 *       letters and digits only), one containing the other (gold sentences sometimes leave out a
 *       closing quote or "the statement read"). A found commitment that matches only an alternative
 *       sentence of a gold commitment counts for it when it is still unmatched, and is ignored
 *       (neither right nor wrong) when it is already matched: it states the same thing again.</li>
 *   <li><b>Report row</b>: a row of the quarterly summary of Korea's meetings, scored on its own,
 *       independently of the meeting matching. A meeting is a row when South Korea ({@value #KOREA}) is
 *       one of its parties (in the gold reading also when it is marked {@code korea_involved}) and its
 *       start date is known to the day or the month; a date known only to the year, or no date, gives no
 *       row. A found row matches a gold row with the start date in the same quarter (year and quarter),
 *       the same status (held, planned, cancelled) and overlapping partners (the parties other than
 *       {@value #KOREA}): at least one partner in common, where two empty partner sets count as
 *       overlapping and one empty set against a non-empty one does not. Pairs are ranked by how close
 *       the start dates are, then by partner overlap (Jaccard similarity).</li>
 * </ul>
 * Field accuracy is measured over matched meetings: start date (same day), place (same country,
 * and same city when the gold names one), parties (same set).
 */
public final class GoldScorer {

    static final int DATE_TOLERANCE_DAYS = 2;
    static final double NAME_SIMILARITY = 0.5;
    /** The party code of South Korea, whose meetings the quarterly summary lists. */
    static final String KOREA = "KR";

    /**
     * Scores and field accuracies over one or more articles; {@code reportRows} scores the rows of
     * the quarterly summary (Korea's meetings dated to the day or month).
     */
    public record Report(Score meetings, Score participants, Score commitments, Accuracy startDates,
            Accuracy places, Accuracy parties, Score reportRows) {

        static final Report EMPTY = new Report(new Score(0, 0, 0), new Score(0, 0, 0), new Score(0, 0, 0),
                new Accuracy(0, 0), new Accuracy(0, 0), new Accuracy(0, 0), new Score(0, 0, 0));

        public Report plus(Report other) {
            return new Report(meetings.plus(other.meetings), participants.plus(other.participants),
                    commitments.plus(other.commitments), startDates.plus(other.startDates),
                    places.plus(other.places), parties.plus(other.parties), reportRows.plus(other.reportRows));
        }

        @Override
        public String toString() {
            return "meetings " + meetings + "\nparticipants " + participants + "\ncommitments " + commitments
                    + "\nreport rows " + reportRows
                    + "\nstart dates " + startDates + ", places " + places + ", parties " + parties;
        }
    }

    public Report score(List<GoldArticle> gold, Map<String, Extraction> extractedByFile) {
        Report total = Report.EMPTY;
        for (GoldArticle article : gold) {
            Extraction extraction = extractedByFile.get(article.file());
            if (extraction != null) {
                total = total.plus(score(article, extraction));
            }
        }
        return total;
    }

    public Report score(GoldArticle gold, Extraction extraction) {
        Map<String, String> meetingPairs = matchMeetings(gold, extraction);
        Score meetings = new Score(meetingPairs.size(), extraction.meetings().size() - meetingPairs.size(),
                gold.meetings().size() - meetingPairs.size());
        Accuracy dates = new Accuracy(0, 0);
        Accuracy places = new Accuracy(0, 0);
        Accuracy parties = new Accuracy(0, 0);
        for (Map.Entry<String, String> pair : meetingPairs.entrySet()) {
            GoldArticle.Meeting expected = gold.meetings().stream().filter(m -> m.id().equals(pair.getKey())).findFirst().orElseThrow();
            MeetingFact found = extraction.meetings().stream().filter(m -> m.key().equals(pair.getValue())).findFirst().orElseThrow();
            dates = dates.plus(count(Objects.equals(expected.startDate(), found.startDate())));
            places = places.plus(count(samePlace(expected, found)));
            parties = parties.plus(count(expected.parties().equals(found.parties())));
        }
        return new Report(meetings, scoreParticipants(gold.participants(), extraction.participants(), meetingPairs),
                scoreCommitments(gold.commitments(), extraction), dates, places, parties,
                scoreReportRows(reportRows(gold), reportRows(extraction)));
    }

    /**
     * What one article's extraction missed or added, one line each: unmatched gold meetings, found
     * meetings no gold meeting matched, and gold participants not found at their matched meeting.
     * For reading a development set's errors; the figures come from {@link #score}.
     */
    public List<String> differences(GoldArticle gold, Extraction extraction) {
        Map<String, String> meetingPairs = matchMeetings(gold, extraction);
        List<String> lines = new ArrayList<>();
        for (GoldArticle.Meeting expected : gold.meetings()) {
            if (!meetingPairs.containsKey(expected.id())) {
                lines.add("missed meeting " + expected.id() + ": " + expected.name() + " | " + expected.startDate() + " "
                        + expected.datePrecision() + " | " + new java.util.TreeSet<>(expected.parties()) + " " + expected.status());
            }
        }
        Set<String> matchedKeys = new HashSet<>(meetingPairs.values());
        extraction.meetings().stream().filter(m -> !matchedKeys.contains(m.key()))
                .forEach(m -> lines.add("extra meeting: " + m.name() + " | " + m.startDate() + " | " + new java.util.TreeSet<>(m.parties())));
        for (GoldArticle.Participant expected : gold.participants()) {
            String meeting = meetingPairs.get(expected.meeting());
            boolean found = meeting != null && extraction.participants().stream().anyMatch(p -> p.meetingKey().equals(meeting)
                    && nameKey(p.name()).equals(nameKey(expected.name())));
            if (!found) {
                lines.add("missed participant " + expected.name() + " at " + expected.meeting()
                        + (meeting == null ? " (meeting missed)" : ""));
            }
        }
        return lines;
    }

    /** A meeting as the quarterly summary shows it: quarter and status of its start, its partners. */
    record ReportRow(LocalDate start, String status, Set<String> partners) {

        static ReportRow of(LocalDate start, String status, Set<String> parties) {
            Set<String> partners = new HashSet<>(parties);
            partners.remove(KOREA);
            return new ReportRow(start, Objects.toString(status, "").toLowerCase(Locale.ROOT), Set.copyOf(partners));
        }

        /** Year and quarter in one number: 4 × year + quarter − 1. */
        int quarter() {
            return start.getYear() * 4 + (start.getMonthValue() - 1) / 3;
        }
    }

    /** The gold meetings that are rows of the quarterly summary. */
    static List<ReportRow> reportRows(GoldArticle gold) {
        List<ReportRow> rows = new ArrayList<>();
        for (GoldArticle.Meeting meeting : gold.meetings()) {
            boolean korea = meeting.koreaInvolved() || meeting.parties().contains(KOREA);
            boolean dated = meeting.startDate() != null && meeting.datePrecision() != null
                    && Set.of("day", "month").contains(meeting.datePrecision().toLowerCase(Locale.ROOT));
            if (korea && dated) {
                rows.add(ReportRow.of(meeting.startDate(), meeting.status(), meeting.parties()));
            }
        }
        return rows;
    }

    /** The extracted meetings that are rows of the quarterly summary. */
    static List<ReportRow> reportRows(Extraction extraction) {
        List<ReportRow> rows = new ArrayList<>();
        for (MeetingFact meeting : extraction.meetings()) {
            boolean dated = meeting.startDate() != null
                    && (meeting.precision() == DatePrecision.DAY || meeting.precision() == DatePrecision.MONTH);
            if (meeting.parties().contains(KOREA) && dated) {
                rows.add(ReportRow.of(meeting.startDate(), meeting.status().code(), meeting.parties()));
            }
        }
        return rows;
    }

    /** One-to-one, best pairs first: the closest start dates, then the larger partner overlap. */
    static Score scoreReportRows(List<ReportRow> gold, List<ReportRow> found) {
        record Pair(int gold, int found, long days, double partners) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            ReportRow expected = gold.get(g);
            for (int f = 0; f < found.size(); f++) {
                ReportRow row = found.get(f);
                if (expected.quarter() == row.quarter() && expected.status().equals(row.status())
                        && partnersOverlap(expected.partners(), row.partners())) {
                    pairs.add(new Pair(g, f, Math.abs(ChronoUnit.DAYS.between(expected.start(), row.start())),
                            jaccard(expected.partners(), row.partners())));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::days).thenComparing(Comparator.comparingDouble(Pair::partners).reversed()));
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> usedFound = new HashSet<>();
        for (Pair pair : pairs) {
            if (!matchedGold.contains(pair.gold()) && !usedFound.contains(pair.found())) {
                matchedGold.add(pair.gold());
                usedFound.add(pair.found());
            }
        }
        int truePositives = matchedGold.size();
        return new Score(truePositives, found.size() - truePositives, gold.size() - truePositives);
    }

    /** At least one partner in common; two meetings of Korea alone (no partner) overlap too. */
    static boolean partnersOverlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return !java.util.Collections.disjoint(a, b);
    }

    private static Accuracy count(boolean correct) {
        return new Accuracy(correct ? 1 : 0, 1);
    }

    private static boolean samePlace(GoldArticle.Meeting expected, MeetingFact found) {
        boolean country = Objects.equals(expected.country(), found.countryCode());
        boolean city = expected.city() == null || expected.city().equalsIgnoreCase(Objects.toString(found.city(), ""));
        return country && city;
    }

    /** Gold meeting id to found meeting key. */
    Map<String, String> matchMeetings(GoldArticle gold, Extraction extraction) {
        record Pair(String gold, String found, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (GoldArticle.Meeting expected : gold.meetings()) {
            Set<String> expectedPeople = gold.participants().stream().filter(p -> expected.id().equals(p.meeting()))
                    .map(p -> nameKey(p.name())).collect(Collectors.toSet());
            for (MeetingFact meeting : extraction.meetings()) {
                if (expected.parties().stream().noneMatch(meeting.parties()::contains)) {
                    continue;
                }
                boolean bothDated = expected.startDate() != null && meeting.startDate() != null;
                long days = bothDated ? Math.abs(ChronoUnit.DAYS.between(expected.startDate(), meeting.startDate())) : 0;
                if (days > DATE_TOLERANCE_DAYS) {
                    continue;
                }
                double similarity = jaccard(words(expected.name()), words(meeting.name()));
                Set<String> foundPeople = extraction.participants().stream()
                        .filter(p -> p.meetingKey().equals(meeting.key())).map(p -> nameKey(p.name()))
                        .collect(Collectors.toSet());
                double sharedPeople = jaccard(expectedPeople, foundPeople);
                if (bothDated || similarity >= NAME_SIMILARITY || sharedPeople > 0) {
                    double dateScore = bothDated ? 2.0 - days * 0.1 : 0;
                    double partyScore = jaccard(expected.parties(), meeting.parties());
                    pairs.add(new Pair(expected.id(), meeting.key(), dateScore + similarity + sharedPeople + 0.5 * partyScore));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Map<String, String> matched = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Pair pair : pairs) {
            if (!matched.containsKey(pair.gold()) && used.add(pair.found())) {
                matched.put(pair.gold(), pair.found());
            } 
        }
        return matched;
    }

    private static Score scoreParticipants(List<GoldArticle.Participant> gold, List<ParticipantFact> found,
            Map<String, String> meetingPairs) {
        List<ParticipantFact> unmatched = new ArrayList<>(found);
        int truePositives = 0;
        for (GoldArticle.Participant expected : gold) {
            String meeting = meetingPairs.get(expected.meeting());
            if (meeting == null) {
                continue;
            }
            String key = nameKey(expected.name());
            for (ParticipantFact participant : unmatched) {
                if (participant.meetingKey().equals(meeting) && nameKey(participant.name()).equals(key)) {
                    unmatched.remove(participant);
                    truePositives++;
                    break;
                }
            }
        }
        return new Score(truePositives, unmatched.size(), gold.size() - truePositives);
    }

    private static Score scoreCommitments(List<GoldArticle.Commitment> gold, Extraction extraction) {
        List<CommitmentFact> found = extraction.commitments();
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] foundUsed = new boolean[found.size()];
        int truePositives = 0;
        for (int f = 0; f < found.size(); f++) {
            String sentence = sentenceOf(found.get(f), extraction.text());
            for (int g = 0; g < gold.size(); g++) {
                if (!goldMatched[g] && sameKind(gold.get(g), found.get(f)) && sameSentence(gold.get(g).sentence(), sentence)) {
                    goldMatched[g] = true;
                    foundUsed[f] = true;
                    truePositives++;
                    break;
                }
            }
        }
        int ignored = 0;
        for (int f = 0; f < found.size(); f++) {
            if (foundUsed[f]) {
                continue;
            }
            String sentence = sentenceOf(found.get(f), extraction.text());
            for (int g = 0; g < gold.size(); g++) {
                boolean restates = sameKind(gold.get(g), found.get(f)) && gold.get(g).alternativeSentences().stream()
                        .anyMatch(alt -> sameSentence(alt, sentence));
                if (restates && !goldMatched[g]) {
                    goldMatched[g] = true;
                    foundUsed[f] = true;
                    truePositives++;
                    break;
                } else if (restates) {
                    foundUsed[f] = true;
                    ignored++;
                    break;
                }
            }
        }
        int falsePositives = found.size() - truePositives - ignored;
        return new Score(truePositives, falsePositives, gold.size() - truePositives);
    }

    private static boolean sameKind(GoldArticle.Commitment gold, CommitmentFact found) {
        return gold.kind().equalsIgnoreCase(found.kind().name());
    }

    private static String sentenceOf(CommitmentFact commitment, String text) {
        return commitment.evidence().isEmpty() ? "" : commitment.evidence().get(0).sentence().of(text);
    }

    static boolean sameSentence(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    private static String letters(String value) {
        return fold(value).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String nameKey(String name) {
        return letters(name);
    }

    private static String fold(String value) {
        return Normalizer.normalize(Objects.toString(value, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String name) {
        return Arrays.stream(fold(name).split("[^\\p{L}\\p{N}+]+"))
                .filter(w -> w.length() > 2 && !Set.of("the", "and", "between", "with").contains(w))
                .collect(Collectors.toSet());
    }

    private static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        Set<T> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
