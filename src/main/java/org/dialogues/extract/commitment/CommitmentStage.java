package org.dialogues.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Layers;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Span;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Sentence;

/**
 * Commitments: sentences in which the parties of a meeting agree, reaffirm, pledge, plan or
 * decide. Each trigger verb yields one commitment ("reaffirmed X and agreed to Y" gives two), and
 * quoted undertakings joined by "and" are separate ("agreed “to A” and “B”"). The subject must be
 * the parties themselves ("both sides", "the two", "they", the meeting, its joint document) or
 * parties and people of the meeting; an undertaking by anyone else ("Moscow plans to ...") is not
 * the meeting's commitment. Concern, condemnation, shared assessments and exchanged views have no
 * trigger and yield nothing. Headlines (no final punctuation) are skipped.
 */
public final class CommitmentStage implements Stage {

    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?<reaffirm>reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing)|(?:underscored|renewed) (?:its|their) commitment|confirm(?:ed|s|ing))\\b"
            + "|\\b(?<pledge>pledg(?:ed|es|e|ing)|vow(?:ed|s)?|committed to|promised)\\b"
            + "|\\b(?<agree>agree(?:d|s|ing)?|signed)\\b"
            + "|\\b(?<decide>decid(?:ed|es|e)|resolved to)\\b"
            + "|(?<!['’]s |\\bthe |\\ba |\\bits |\\btheir )\\b(?<plan>plans? to|planning to|intend(?:s|ed)? to)\\b"
            + "|\\b(?<intent>intention to|includes a plan to)\\b"
            + "|\\b(?<document>(?:plan|agreement|declaration|statement) (?:also )?(?:includes|specifies|contains))\\b"
            + "|\\b(?<will>will)\\s+(?!be\\b|not\\b|have\\b)(?:\\w+ly\\s+)?\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLLECTIVE = Pattern.compile(
            "\\b(?:both|the two|two sides|they|the sides|each side|the three|all sides|the allies|"
            + "joint (?:document|statement|declaration)|dialogue|summit|symposium|forum|meeting|talks|consultations?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_BOUNDARY = Pattern.compile(
            "\\b(?:that|said|says|stating|saying|while|whereas|but)\\b|;", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_SPLIT = Pattern.compile("[”\"]\\s+and\\s+[“\"]");
    private static final double CONFIDENCE = 0.8;

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<MeetingMention> meetings = document.get(Layers.MEETINGS);
        List<CommitmentFact> commitments = new ArrayList<>();
        if (!meetings.isEmpty()) {
            for (Sentence sentence : document.get(Layers.SENTENCES)) {
                if (sentence.terminated() && !sentence.text(text).endsWith("?")) {
                    commitments.addAll(read(text, sentence, meetings, document.get(Layers.PARTY_MENTIONS),
                            document.get(Layers.PERSON_MENTIONS)));
                }
            }
        }
        return document.with(Layers.COMMITMENTS, List.copyOf(commitments));
    }

    private record Trigger(CommitmentKind kind, int start, int end, boolean signed, boolean document) {}

    private List<CommitmentFact> read(String text, Sentence sentence, List<MeetingMention> meetings,
            List<PartyMention> parties, List<PersonMention> people) {
        List<Trigger> triggers = triggers(text, sentence.span());
        List<CommitmentFact> found = new ArrayList<>();
        Subject previousSubject = null;
        for (int t = 0; t < triggers.size(); t++) {
            Trigger trigger = triggers.get(t);
            Subject subject = subject(text, sentence.span().start(), trigger.start(), parties, people);
            if (subject.empty() && previousSubject != null) {
                subject = previousSubject;
            } else if (subject.empty()) {
                subject = subject(text, sentence.span().start(), trigger.start(), parties, people, false);
            }
            previousSubject = subject;
            Optional<MeetingMention> meeting = meetingFor(sentence.index(), trigger, subject, meetings);
            if (meeting.isEmpty()) {
                continue;
            }
            Set<String> who = partiesOf(subject, meeting.get(), trigger);
            if (who.isEmpty()) {
                continue;
            }
            int clauseEnd = t + 1 < triggers.size() ? triggers.get(t + 1).start() : sentence.span().end();
            CommitmentKind kind = meeting.get().status() == MeetingStatus.PLANNED && trigger.kind() != CommitmentKind.REAFFIRM
                    ? CommitmentKind.PLAN : trigger.kind();
            for (String clause : clauses(text.substring(trigger.end(), clauseEnd))) {
                found.add(new CommitmentFact(meeting.get().key(), kind, who, clause,
                        List.of(new Evidence(sentence.span(), CONFIDENCE))));
            }
        }
        return found;
    }

    private static List<Trigger> triggers(String text, Span span) {
        List<Trigger> triggers = new ArrayList<>();
        Matcher matcher = TRIGGER.matcher(text).region(span.start(), span.end());
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        while (matcher.find()) {
            CommitmentKind kind;
            boolean document = false;
            if (matcher.group("reaffirm") != null) {
                kind = CommitmentKind.REAFFIRM;
            } else if (matcher.group("pledge") != null) {
                kind = CommitmentKind.PLEDGE;
            } else if (matcher.group("agree") != null) {
                kind = CommitmentKind.AGREE;
            } else if (matcher.group("decide") != null) {
                kind = CommitmentKind.DECIDE;
            } else if (matcher.group("plan") != null || matcher.group("intent") != null) {
                kind = CommitmentKind.PLAN;
            } else if (matcher.group("document") != null) {
                kind = CommitmentKind.PLAN;
                document = true;
            } else {
                kind = CommitmentKind.PLEDGE;
            }
            int end = matcher.group("will") != null ? matcher.end("will") : matcher.end();
            triggers.add(new Trigger(kind, matcher.start(), end, matcher.group().equalsIgnoreCase("signed"), document));
        }
        return triggers;
    }

    /** Who undertakes: collective words, parties and people named before the trigger in its clause. */
    private record Subject(boolean collective, Set<String> parties, Set<String> people) {
        boolean empty() {
            return !collective && parties.isEmpty() && people.isEmpty();
        }
    }

    private static Subject subject(String text, int sentenceStart, int triggerStart, List<PartyMention> parties,
            List<PersonMention> people) {
        return subject(text, sentenceStart, triggerStart, parties, people, true);
    }

    private static Subject subject(String text, int sentenceStart, int triggerStart, List<PartyMention> parties,
            List<PersonMention> people, boolean clauseOnly) {
        int from = sentenceStart;
        if (clauseOnly) {
            Matcher boundary = SUBJECT_BOUNDARY.matcher(text).region(sentenceStart, triggerStart);
            while (boundary.find()) {
                from = boundary.end();
            }
            int comma = text.lastIndexOf(',', triggerStart);
            if (comma >= from && text.substring(comma, triggerStart).strip().equals(",")) {
                from = triggerStart; // "..., reaffirmed": the subject is the one before the comma
            }
        }
        Span subject = new Span(from, triggerStart);
        String words = subject.of(text);
        Set<String> named = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (PersonMention person : people) {
            if (subject.contains(person.span()) && person.countryCode() != null) {
                named.add(person.countryCode());
                persons.add(person.key());
            }
        }
        for (PartyMention party : parties) {
            if (subject.contains(party.span()) && !insidePerson(party, people)) {
                named.add(party.partyCode());
            }
        }
        return new Subject(COLLECTIVE.matcher(words).find(), named, persons);
    }

    private static boolean insidePerson(PartyMention party, List<PersonMention> people) {
        return people.stream().anyMatch(p -> p.span().contains(party.span()));
    }

    /** The meeting the sentence is about, else the one its people met at, else the latest before it. */
    private static Optional<MeetingMention> meetingFor(int sentence, Trigger trigger, Subject subject,
            List<MeetingMention> meetings) {
        List<MeetingMention> here = meetings.stream().filter(m -> m.sentences().contains(sentence)).toList();
        if (trigger.signed()) {
            Optional<MeetingMention> introduced = here.stream()
                    .filter(m -> m.sentences().get(0) == sentence).findFirst();
            if (introduced.isPresent()) {
                return introduced;
            }
        }
        if (!subject.people().isEmpty()) {
            Optional<MeetingMention> theirs = meetings.stream()
                    .filter(m -> m.people().containsAll(subject.people()))
                    .filter(m -> m.sentences().get(0) <= sentence)
                    .max(Comparator.comparingInt(m -> m.sentences().get(0)));
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        Optional<MeetingMention> current = here.stream().filter(m -> m.role() != EvidenceRole.BACKGROUND)
                .reduce((a, b) -> b);
        if (current.isPresent()) {
            return current;
        }
        for (EvidenceRole role : List.of(EvidenceRole.REPORT, EvidenceRole.ANNOUNCEMENT)) {
            Optional<MeetingMention> latest = meetings.stream()
                    .filter(m -> m.role() == role)
                    .filter(m -> m.sentences().stream().anyMatch(i -> i < sentence))
                    .max(Comparator.comparingInt(m -> m.sentences().stream().filter(i -> i < sentence)
                            .max(Integer::compare).orElse(-1)));
            if (latest.isPresent()) {
                return latest;
            }
        }
        return meetings.stream().filter(m -> m.role() != EvidenceRole.BACKGROUND).findFirst();
    }

    /** The parties of the commitment: all of the meeting's for a collective subject, else those named, if they belong to it. */
    private static Set<String> partiesOf(Subject subject, MeetingMention meeting, Trigger trigger) {
        if (!subject.parties().isEmpty()) {
            return meeting.parties().containsAll(subject.parties()) ? subject.parties() : Set.of();
        }
        if (subject.collective() || trigger.document() || trigger.signed()) {
            return meeting.parties();
        }
        return Set.of();
    }

    /** The undertaking after the trigger, split where quoted undertakings are joined by "and". */
    static List<String> clauses(String after) {
        List<String> clauses = new ArrayList<>();
        for (String part : QUOTED_SPLIT.split(after)) {
            String clause = tidy(part);
            if (clause.length() > 3) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    private static String tidy(String clause) {
        String tidy = clause.strip();
        int quoteEnd = tidy.indexOf(",”");
        if (quoteEnd > 0) {
            tidy = tidy.substring(0, quoteEnd);
        }
        tidy = tidy.replaceAll("^[“\"'‘\\s]+", "")
                .replaceAll("^(?:to|on|that)\\s+", "")
                .replaceAll("[\\s,;.”\"’'“]+$", "")
                .replaceAll("\\s+(?:and|,)$", "");
        return tidy.strip();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.PARTY_MENTIONS, Layers.PERSON_MENTIONS, Layers.MEETINGS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.COMMITMENTS);
    }
}
