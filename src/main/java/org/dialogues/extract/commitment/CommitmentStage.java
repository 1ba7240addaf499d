package org.dialogues.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Layers;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Linguistics;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.linguistic.Token;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Sentence;

/**
 * Commitments: predicates of the dependency parse by which the parties of a meeting agree,
 * reaffirm, pledge, plan or decide ({@link Predicates}), one commitment per predicate and content
 * clause ("reaffirmed X and agreed to Y" gives two; "agreed to A and to B" gives two). The subject
 * must be the parties themselves ("both sides", "the two", "they", the meeting, its joint
 * document) or parties and people of the meeting; an undertaking by anyone else ("Moscow plans to
 * ...") is not the meeting's commitment. The text is the content clause; the sentence is the
 * evidence. Headlines (no final punctuation) and questions are skipped.
 */
public final class CommitmentStage implements Stage {

    /** Nouns that, plural or counted ("the two sides", "the ministers"), speak for all the parties. */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("side", "country", "nation", "government", "leader",
            "minister", "president", "partner", "delegation", "military", "counterpart", "ally", "party", "state",
            "chief", "secretary", "head", "envoy", "official", "representative", "neighbor", "neighbour");
    /** The meeting or its document as the subject: "the dialogue agreed", "the joint statement said". */
    private static final Set<String> MEETING_NOUNS = Set.of("dialogue", "summit", "symposium", "forum", "meeting",
            "talk", "talks", "consultation", "statement", "declaration", "document", "communique", "communiqué",
            "session", "plan", "agreement");
    private static final Set<String> GROUP_WORDS = Set.of("they", "we", "both", "two", "three", "four", "all", "each");
    private static final double CONFIDENCE = 0.8;

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<MeetingMention> meetings = document.get(Layers.MEETINGS);
        List<CommitmentFact> commitments = new ArrayList<>();
        if (!meetings.isEmpty()) {
            Linguistics linguistics = document.get(Layers.LINGUISTICS);
            Set<String> participants = participantKeys(document.get(Layers.PARTICIPANTS));
            for (Sentence sentence : document.get(Layers.SENTENCES)) {
                if (sentence.terminated() && !sentence.text(text).strip().endsWith("?")) {
                    commitments.addAll(read(text, linguistics.sentences().get(sentence.index()), meetings,
                            document.get(Layers.PARTY_MENTIONS), document.get(Layers.PERSON_MENTIONS), participants));
                }
            }
        }
        return document.with(Layers.COMMITMENTS, List.copyOf(commitments));
    }

    private static Set<String> participantKeys(List<ParticipantFact> participants) {
        Set<String> keys = new LinkedHashSet<>();
        participants.forEach(p -> keys.add(PersonMention.nameKey(p.name())));
        return keys;
    }

    private List<CommitmentFact> read(String text, ParsedSentence sentence, List<MeetingMention> meetings,
            List<PartyMention> parties, List<PersonMention> people, Set<String> participants) {
        List<CommitmentFact> found = new ArrayList<>();
        for (Predicate predicate : Predicates.in(sentence)) {
            Subject subject = subject(sentence, predicate.subjects(), parties, people);
            if (subject.empty() && predicate.kind() == CommitmentKind.REAFFIRM) {
                subject = stanceOwner(sentence, predicate, parties);
            }
            Optional<MeetingMention> meeting = meetingFor(sentence.index(), predicate, subject, meetings);
            if (meeting.isEmpty() || predicate.kind() == CommitmentKind.PLAN && outsider(subject, meetings, participants)) {
                continue;
            }
            Set<String> who = partiesOf(subject, meeting.get(), predicate);
            String meetingKey = meeting.get().key();
            if (who.isEmpty() && jointOfKnownParty(subject, meetings)) {
                who = subject.parties(); // the article's meetings miss this one: keep it, unattached
                meetingKey = null;
            }
            if (who.isEmpty()) {
                continue;
            }
            CommitmentKind kind = meeting.get().status() == MeetingStatus.PLANNED && !predicate.past()
                    && predicate.kind() != CommitmentKind.REAFFIRM ? CommitmentKind.PLAN : predicate.kind();
            for (List<Integer> content : predicate.contents()) {
                String clause = Content.text(text, sentence, content);
                if (clause.length() > 3) {
                    found.add(new CommitmentFact(meetingKey, kind, who, clause,
                            List.of(new Evidence(sentence.span(), CONFIDENCE))));
                }
            }
        }
        return found;
    }

    /** Who undertakes: a collective subject, and the parties and people named in the subject. */
    private record Subject(boolean collective, Set<String> parties, Set<String> people, boolean onlyPeople) {
        static final Subject NONE = new Subject(false, Set.of(), Set.of(), false);

        boolean empty() {
            return !collective && parties.isEmpty() && people.isEmpty();
        }
    }

    private static Subject subject(ParsedSentence sentence, List<Integer> tokens,
            List<PartyMention> parties, List<PersonMention> people) {
        if (tokens.isEmpty()) {
            return Subject.NONE;
        }
        Span span = new Span(sentence.tokens().get(tokens.get(0)).span().start(),
                sentence.tokens().get(tokens.get(tokens.size() - 1)).span().end());
        Set<String> named = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (PersonMention person : people) {
            if (span.contains(person.span()) && person.countryCode() != null) {
                named.add(person.countryCode());
                persons.add(person.key());
            }
        }
        boolean partyNamed = false;
        for (PartyMention party : parties) {
            if (span.contains(party.span()) && !insidePerson(party, people)) {
                named.add(party.partyCode());
                partyNamed |= !titleOf(party, people, span);
            }
        }
        int head = headOf(sentence, tokens);
        if (group(sentence, head) || counterpart(sentence, tokens)) {
            // "they", "both sides", "X and his counterpart": all the meeting's parties, whatever else is named
            return new Subject(true, Set.of(), persons, false);
        }
        boolean collective = collective(sentence, head);
        return new Subject(collective, named, persons, !collective && !partyNamed && !persons.isEmpty());
    }

    private static int headOf(ParsedSentence sentence, List<Integer> tokens) {
        for (int t : tokens) {
            if (sentence.parentsOf(t).stream().noneMatch(d -> tokens.contains(d.governor()))) {
                return t;
            }
        }
        return tokens.get(0);
    }

    /** "They", "both", "the two sides", "both countries": the parties as a group. */
    private static boolean group(ParsedSentence sentence, int head) {
        Token token = sentence.tokens().get(head);
        if (GROUP_WORDS.contains(token.lowerLemma()) && !token.isNoun()) {
            return true;
        }
        if (COLLECTIVE_NOUNS.contains(token.lowerLemma()) && sentence.childrenOf(head).stream()
                .anyMatch(d -> d.base().equals("conj")
                        && COLLECTIVE_NOUNS.contains(sentence.tokens().get(d.dependent()).lowerLemma()))) {
            return true; // "the Secretary and the Minister": the two sides' officials together
        }
        return token.isNoun() && sentence.childrenOf(head).stream()
                .filter(d -> d.relation().equals("det") || d.relation().equals("nummod")
                        || d.relation().equals("det:predet"))
                .anyMatch(d -> Set.of("both", "two", "three", "four", "each", "all").contains(
                        sentence.tokens().get(d.dependent()).lowerLemma()))
                && sentence.childrenOf(head).stream().noneMatch(d -> d.base().equals("nmod"));
    }

    /** "The ministers", "their leaders", "the dialogue", "the joint statement". */
    private static boolean collective(ParsedSentence sentence, int head) {
        Token token = sentence.tokens().get(head);
        String lemma = token.lowerLemma();
        return MEETING_NOUNS.contains(lemma) || MEETING_NOUNS.contains(token.word().toLowerCase(java.util.Locale.ROOT))
                || COLLECTIVE_NOUNS.contains(lemma) && token.pos().equals("NNS");
    }

    private static boolean counterpart(ParsedSentence sentence, List<Integer> tokens) {
        return tokens.stream().anyMatch(t -> sentence.tokens().get(t).lowerLemma().equals("counterpart")
                && sentence.parentsOf(t).stream().anyMatch(d -> d.base().equals("conj")));
    }

    /** "The Prime Minister reaffirmed Canada's support": the owner of the stance is the party. */
    private static Subject stanceOwner(ParsedSentence sentence, Predicate predicate,
            List<PartyMention> parties) {
        Optional<Integer> owner = Predicates.child(sentence, predicate.token(), "obj")
                .flatMap(o -> Predicates.child(sentence, o, "nmod:poss"));
        if (owner.isEmpty()) {
            return Subject.NONE;
        }
        Span span = sentence.tokens().get(owner.get()).span();
        Set<String> named = new LinkedHashSet<>();
        parties.stream().filter(p -> p.span().start() < span.end() && span.start() < p.span().end())
                .forEach(p -> named.add(p.partyCode()));
        return new Subject(false, named, Set.of(), false);
    }

    /** Two or more parties acting together, one of them a party of some meeting in the article. */
    private static boolean jointOfKnownParty(Subject subject, List<MeetingMention> meetings) {
        return subject.parties().size() >= 2 && meetings.stream()
                .filter(m -> m.role() != EvidenceRole.BACKGROUND)
                .anyMatch(m -> m.parties().stream().anyMatch(subject.parties()::contains));
    }

    /**
     * One person who took part in none of the article's meetings voices no meeting's plan ("the premier
     * has said he intends to"). Only for plans: participants are often missed, and a reaffirmation or
     * agreement by a named official is the meeting's.
     */
    private static boolean outsider(Subject subject, List<MeetingMention> meetings, Set<String> participants) {
        return subject.onlyPeople() && subject.people().size() == 1 && subject.people().stream().noneMatch(participants::contains) && meetings.stream()
                .noneMatch(m -> m.people().stream().anyMatch(subject.people()::contains));
    }

    /** "Japanese Prime Minister Ishiba": a demonym in a person's title names no separate actor. */
    private static boolean titleOf(PartyMention party, List<PersonMention> people, Span subject) {
        return party.isDemonym() && people.stream().filter(p -> subject.contains(p.span()))
                .anyMatch(p -> p.span().start() >= party.span().end() && p.span().start() - party.span().end() < 40);
    }

    private static boolean insidePerson(PartyMention party, List<PersonMention> people) {
        return people.stream().anyMatch(p -> p.span().contains(party.span()));
    }

    /** The meeting the sentence is about, else the one its people met at, else the latest before it. */
    private static Optional<MeetingMention> meetingFor(int sentence, Predicate trigger, Subject subject,
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
                .filter(m -> !trigger.past() || m.status() != MeetingStatus.PLANNED)
                .reduce((a, b) -> b);
        if (current.isPresent()) {
            return current;
        }
        // "decided to hold annual summits": the planned meeting is what was decided, not where
        Optional<MeetingMention> planned = here.stream().filter(m -> m.role() != EvidenceRole.BACKGROUND)
                .reduce((a, b) -> b);
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
        return planned.or(() -> meetings.stream().filter(m -> m.role() != EvidenceRole.BACKGROUND).findFirst());
    }
    /** The parties of the commitment: all of the meeting's for a collective subject, else those named, if they belong to it. */
    private static Set<String> partiesOf(Subject subject, MeetingMention meeting, Predicate predicate) {
        if (!subject.parties().isEmpty()) {
            return meeting.parties().containsAll(subject.parties()) ? subject.parties() : Set.of();
        }
        if (subject.collective() || predicate.document() || predicate.signed()) {
            return meeting.parties();
        }
        return Set.of();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.LINGUISTICS, Layers.PARTY_MENTIONS, Layers.PERSON_MENTIONS,
                Layers.MEETINGS, Layers.PARTICIPANTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.COMMITMENTS);
    }
}
