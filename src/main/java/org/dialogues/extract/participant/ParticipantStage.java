package org.dialogues.extract.participant;

import java.util.ArrayList;
import org.dialogues.extract.text.ClauseText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Layers;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Sentence;

/**
 * Who took part in each meeting: the people the text ties to it ("met with X", "talks between X
 * and Y"), and the people named in a sentence about that meeting alone who serve one of its
 * parties ("X and Y held the dialogue", "representatives including X, ..."), also in the next
 * sentence when it says who held or met. A linked person of no stated country serves the side no
 * one else does; a leader of no stated country at a meeting in a party's country leads the host.
 * People merely mentioned are left out: former office holders, people of other parties, and people
 * in clauses that set the scene ("since President X declared ...", "under President X", "after
 * X's impeachment").
 *
 * <p>The dependency graph ({@link ParticipantRoles}) ties a person to the event of a sentence about
 * one meeting ("X met Y", "talks with X", "led by X", "between X and Y", "his counterpart, X"), and a
 * person the recognizer named without any title or office takes part only so: named in passing
 * ("X, a historian, wrote ...", "X, who met Y last year") they do not.
 */
public final class ParticipantStage implements Stage {

    private static final Pattern SCENE_SETTING = Pattern.compile(
            "\\b(?:since|after|under|when|until|whom|unless|whose)\\b[^,;]{0,40}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLDING = Pattern.compile(
            "\\b(?:held|hold|holding|co-chaired|co-chair|met|meet|meeting)\\b(?:\\s+(?:the|their|with))?"
            + "(?:\\s+\\w+)?\\s+(?:talks|meeting|summit|dialogue|session|consultations?|counterparts?)\\b|\\bmet\\b"
            // "The delegations were led by X and Y", "X was joined by Y"
            + "|\\b(?:led|headed|joined|attended|accompanied|co-chaired|chaired|represented)\\s+by\\b"
            // "Also present were X and Y", "X also attended"
            + "|\\b(?:present|in attendance)\\s+were\\b|\\bwere\\s+(?:also\\s+)?present\\b|\\balso\\s+attended\\b"
            // "X received his South Korean counterpart, Y"
            + "|\\b(?:received|hosted|welcomed|greeted)\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}counterparts?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "X asked his Japanese counterpart, Prime Minister Y, to ...": the two sides speaking to each other
     * right after a meeting is told, also when the sentence telling it names the summit it was held beside.
     */
    private static final Pattern SPEAKING_TO_COUNTERPART = Pattern.compile(
            "\\b(?:asked|told|urged|assured|thanked|briefed|invited|pressed)\\s+(?:his|her|their)\\s+"
            + "(?:[\\w-]+\\s+){0,2}counterparts?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "X sent a message to the meeting", "in a video message": a greeting from afar, not a part in it. */
    private static final Pattern MESSAGE = Pattern.compile(
            "^" + ClauseText.IN_SENTENCE + "{0,40}?\\b(?:sent|send|sends|delivered|delivers|in)\\s+(?:a|an|his|her|their)\\s+"
            + "(?:[\\w-]+\\s+){0,2}(?:message|letter)\\b", Pattern.CASE_INSENSITIVE);
    /** Analysts, professors and researchers comment on a meeting; they do not hold it. */
    private static final String EXPERT = "expert";
    /** What lies between a person and the name of a meeting they take part in: "is attending a", "will join the". */
    private static final Pattern TAKING_PART = Pattern.compile(
            "\\s*(?:(?:is|was|will|would|also|then|has|had|have|to|be)\\s+){0,3}"
            + "(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|participat(?:es|ed|ing|e) in|t(?:akes?|ook|aking) part in"
            + "|host(?:s|ed|ing)?|chair(?:s|ed|ing)?|co-chair(?:s|ed|ing)?)\\s+(?:(?:a|an|the|this|its|his|her|their)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** "met (his|their) ... counterpart(s)" between a person and the people they met. */
    private static final Pattern COUNTERPART = Pattern.compile(
            "\\b(?:met|meet|meets|meeting|received|hosted|welcomed|held talks with|talks with)\\s+(?:with\\s+)?"
            + "(?:his|her|their)\\s+(?:[\\w.-]+\\s+){0,2}counterparts?\\b", Pattern.CASE_INSENSITIVE);
    /** "He will ...", "..., where she and X announced": a pronoun as a subject. */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:^|[,;] (?:where |when |and )?)(?:[Hh]e|[Ss]he)\\b");
    /** " and ", maybe followed by a title ("and Secretary of State "), between two names. */
    private static final String CONJUNCT = "\\s+and\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|for|the)\\s+)*";
    private static final String LEADER = "leader";
    private static final int CONTINUATION_REACH = 2;
    private static final double LINKED = 0.9;
    private static final double CO_MENTIONED = 0.7;

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<PersonMention> people = document.get(Layers.PERSON_MENTIONS);
        List<MeetingMention> meetings = document.get(Layers.MEETINGS);
        List<ParsedSentence> parsed = document.get(Layers.LINGUISTICS).sentences();
        Map<Integer, Integer> meetingsPerSentence = new LinkedHashMap<>();
        meetings.forEach(m -> m.sentences().forEach(i -> meetingsPerSentence.merge(i, 1, Integer::sum)));
        List<ParticipantFact> participants = new ArrayList<>();
        for (MeetingMention meeting : meetings) {
            Map<String, ParticipantFact> found = new LinkedHashMap<>();
            List<Integer> about = new ArrayList<>(meeting.sentences());
            about.addAll(continuations(text, sentences, meeting, meetingsPerSentence));
            for (int index : about) {
                Sentence sentence = sentences.get(index);
                for (PersonMention person : people) {
                    if (person.sentence() != index || person.former()
                            || (sceneSetting(text, sentences.get(index), person) && person.possessiveIn(text))) {
                        continue; // "a month after President X's impeachment": an event of X's, not the meeting
                    }
                    if (heldThen(person, meeting, meetings, index)) {
                        continue;
                    }
                    boolean alone = meetingsPerSentence.getOrDefault(index, 1) == 1
                            || recalledWith(person, meeting, meetings, index);
                    PersonMention described = describe(person, people);
                    if (described.countryCode() == null) {
                        described = withRemainingParty(described, meeting, people);
                    }
                    if (described.countryCode() == null) {
                        described = asHostLeader(described, meeting, people);
                    }
                    if (described.countryCode() == null) {
                        described = conjunctOf(text, parsed.get(index), described, person, people);
                    }
                    if (described.countryCode() == null) {
                        described = counterpartOfOtherSide(text, described, person, people, meeting);
                    }
                    boolean outside = commentsFromOutside(text, sentence, described);
                    boolean part = ParticipantRoles.takesPart(parsed.get(index), person.span());
                    // a name the recognizer found with no title or office takes part only where the structure says so
                    boolean titled = described.title() != null;
                    // the sentence's structure gives them a part: "X met Y", "talks with X", "led by X"
                    boolean byStructure = alone && part && !outside && servesParty(described, meeting);
                    boolean elsewhere = atAnotherOccasion(parsed.get(index), person, meeting);
                    boolean linked = byStructure || ((titled || part) && !elsewhere
                            && (meeting.people().contains(person.key())
                            || attendsByName(text, sentence, person, meeting, people)));
                    if (linked || (alone && titled && servesParty(described, meeting) && !sceneSetting(text, sentence, person)
                            && !outside && !elsewhere)) {
                        add(found, meeting, described, sentence, linked ? LINKED : CO_MENTIONED);
                    }
                }
            }
            pronounSubject(text, sentences, meeting, people, found)
                    .ifPresent(person -> add(found, meeting, person, sentences.get(meeting.sentences().get(0)), CO_MENTIONED));
            participants.addAll(found.values());
        }
        participants.addAll(heldByTheSameGroup(sentences, parsed, meetings, participants));
        return document.with(Layers.PARTICIPANTS, List.copyOf(participants));
    }

    /**
     * "The leaders recalled that they had met in X", "the two last met in Y": a meeting told without
     * names, whose clause has a plural word for people as the subject of its meeting verb, is held by
     * the people of the nearest other meeting who serve its parties, when they serve every one of them.
     */
    private static List<ParticipantFact> heldByTheSameGroup(List<Sentence> sentences, List<ParsedSentence> parsed,
            List<MeetingMention> meetings, List<ParticipantFact> participants) {
        Set<String> withPeople = new java.util.HashSet<>();
        participants.forEach(p -> withPeople.add(p.meetingKey()));
        List<ParticipantFact> added = new ArrayList<>();
        for (MeetingMention meeting : meetings) {
            int index = meeting.sentences().get(0);
            Optional<ParticipantRoles.Group> told = ParticipantRoles.heldByAGroup(parsed.get(index));
            if (withPeople.contains(meeting.key()) || meeting.status() != MeetingStatus.HELD || told.isEmpty()) {
                continue;
            }
            Evidence evidence = new Evidence(sentences.get(index).span(), CO_MENTIONED);
            boolean theirs = told.get() == ParticipantRoles.Group.THEIRS;
            nearestFirst(meeting, meetings).stream().filter(other -> !theirs || withinAYear(meeting, other))
                    .map(other -> servingItsParties(meeting, other, participants))
                    .filter(group -> !group.isEmpty()).findFirst()
                    .ifPresent(group -> group.forEach(p -> added.add(new ParticipantFact(meeting.key(), p.name(),
                            p.title(), p.organization(), p.countryCode(), p.levelCode(), List.of(evidence)))));
        }
        return added;
    }

    /**
     * "Their previous meeting took place in 2019": "their" may be the countries, whose offices have
     * changed hands since, so people are carried over only between meetings at most a year apart
     * (or not dated); "the two leaders last met" names the people themselves.
     */
    private static boolean withinAYear(MeetingMention meeting, MeetingMention other) {
        return meeting.startDate() == null || other.startDate() == null
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(meeting.startDate(), other.startDate())) <= 366;
    }

    /** The other meetings, those told before this one first (the nearest first), then those told after. */
    private static List<MeetingMention> nearestFirst(MeetingMention meeting, List<MeetingMention> meetings) {
        int at = meeting.sentences().get(0);
        return meetings.stream().filter(m -> m != meeting)
                .sorted(java.util.Comparator.comparingInt((MeetingMention m) -> m.sentences().get(0) > at ? 1 : 0)
                        .thenComparingInt(m -> Math.abs(m.sentences().get(0) - at)))
                .toList();
    }

    /**
     * The participants of the other meeting who serve the meeting's parties at its level (the
     * ministers of a ministers' meeting), if they serve all of them.
     */
    private static List<ParticipantFact> servingItsParties(MeetingMention meeting, MeetingMention other,
            List<ParticipantFact> participants) {
        List<ParticipantFact> group = participants.stream()
                .filter(p -> p.meetingKey().equals(other.key()) && meeting.parties().contains(p.countryCode()))
                .filter(p -> meeting.levelCode() == null || meeting.levelCode().equals(p.levelCode())).toList();
        Set<String> served = new java.util.HashSet<>();
        group.forEach(p -> served.add(p.countryCode()));
        return served.equals(meeting.parties()) ? group : List.of();
    }

    /**
     * "He will hold a summit with Polish President X": a meeting whose sentence has a subject pronoun
     * and leaves exactly one side without a participant is held, for that side, by the person named
     * last before the pronoun, when that person serves the side.
     */
    private static java.util.Optional<PersonMention> pronounSubject(String text, List<Sentence> sentences,
            MeetingMention meeting, List<PersonMention> people, Map<String, ParticipantFact> found) {
        List<String> missing = meeting.parties().stream()
                .filter(party -> found.values().stream().noneMatch(p -> party.equals(p.countryCode()))).toList();
        Sentence sentence = sentences.get(meeting.sentences().get(0));
        java.util.regex.Matcher pronoun = SUBJECT_PRONOUN.matcher(sentence.span().of(text));
        if (missing.size() != 1 || found.isEmpty() || !pronoun.find()) {
            return java.util.Optional.empty();
        }
        int at = sentence.span().start() + pronoun.start();
        return people.stream().filter(p -> p.span().end() <= at).reduce((first, second) -> second)
                .map(p -> describe(p, people))
                .filter(p -> !p.former() && missing.get(0).equals(p.countryCode()));
    }

    /**
     * Sentences that carry a meeting's story on without naming it in a way the meeting stage
     * resolves: right after a sentence about this meeting alone (or after another such sentence),
     * about no meeting themselves, and saying who held or met ("X, Y and Z held the talks on the
     * sidelines of ...").
     */
    private static List<Integer> continuations(String text, List<Sentence> sentences, MeetingMention meeting,
            Map<Integer, Integer> meetingsPerSentence) {
        List<Integer> found = new ArrayList<>();
        for (int index : meeting.sentences()) {
            boolean alone = meetingsPerSentence.get(index) == 1;
            // "The Korean delegation was led by X. The American side was led by Y.": a run of such sentences
            for (int next = index + 1; next <= index + CONTINUATION_REACH && next < sentences.size()
                    && !meetingsPerSentence.containsKey(next)
                    && continues(sentences.get(next).span().of(text), alone); next++) {
                if (!found.contains(next)) {
                    found.add(next);
                }
            }
        }
        return found;
    }

    private static boolean continues(String sentence, boolean meetingAlone) {
        return (meetingAlone && HOLDING.matcher(sentence).find()) || SPEAKING_TO_COUNTERPART.matcher(sentence).find();
    }

    /**
     * In a two-party meeting, a linked person of unstated country serves the party the other one
     * does not; so does a person named without a title (found only in a participant's position)
     * beside people of the other side in the same sentence ("Deputy Minister X and Y led the talks").
     */
    private static PersonMention withRemainingParty(PersonMention person, MeetingMention meeting,
            List<PersonMention> people) {
        boolean linked = meeting.people().contains(person.key());
        Set<String> served = new java.util.HashSet<>();
        people.stream().filter(p -> !p.key().equals(person.key()) && (meeting.people().contains(p.key())
                        || (!linked && p.sentence() == person.sentence() && !p.former())))
                .map(p -> knownCountry(p, meeting, people)).filter(java.util.Objects::nonNull)
                .forEach(served::add);
        List<String> remaining = meeting.parties().stream().filter(p -> !served.contains(p)).toList();
        // "President X hosted President Y and Prime Minister Z": a titled person in the meeting's own sentence too
        boolean told = meeting.sentences().contains(person.sentence());
        if (!(linked || person.title() == null || told) || served.isEmpty() || remaining.size() != 1) {
            return person;
        }
        return new PersonMention(person.sentence(), person.span(), person.name(), person.title(),
                person.organization(), remaining.get(0), person.levelCode(), person.former());
    }

    /** The country a person's fullest mention states, or the host's when they are the host's leader. */
    private static String knownCountry(PersonMention person, MeetingMention meeting, List<PersonMention> people) {
        PersonMention described = describe(person, people);
        return described.countryCode() != null ? described.countryCode()
                : asHostLeader(described, meeting, people).countryCode();
    }

    /**
     * "... witnessed by President X" at a meeting in Manila: a leader of no stated country leads the
     * host state, when no one named before them in the sentence does ("the summit President X hosted
     * for President Y and Prime Minister Z": only X).
     */
    private static PersonMention asHostLeader(PersonMention person, MeetingMention meeting, List<PersonMention> people) {
        String host = meeting.countryCode();
        if (!LEADER.equals(person.levelCode()) || host == null || !meeting.parties().contains(host)) {
            return person;
        }
        boolean hostLedBefore = people.stream().anyMatch(p -> p.sentence() == person.sentence()
                && p.span().start() < person.span().start() && !p.key().equals(person.key()) && !p.former()
                && LEADER.equals(describe(p, people).levelCode())
                && (describe(p, people).countryCode() == null || host.equals(describe(p, people).countryCode())));
        if (hostLedBefore) {
            return person;
        }
        return new PersonMention(person.sentence(), person.span(), person.name(), person.title(),
                person.organization(), host, person.levelCode(), person.former());
    }

    /**
     * "Austin and Secretary of State X met their Japanese counterparts": when every side is taken,
     * a person of no stated country joined by "and" to one of a known country stands on that side.
     */
    private static PersonMention conjunctOf(String text, ParsedSentence sentence, PersonMention described,
            PersonMention person, List<PersonMention> people) {
        // the parser often mangles lists of titled names ("X, Secretary of State Y and Defense Secretary Z"),
        // so a bare " and " with only title words between the names counts too
        return people.stream()
                .filter(p -> p.sentence() == person.sentence() && p.span().end() <= person.span().start()
                        && (ParticipantRoles.conjuncts(sentence, p.span(), person.span())
                                || text.substring(p.span().end(), person.span().start()).matches(CONJUNCT)))
                .map(p -> describe(p, people)).filter(p -> p.countryCode() != null && !p.former())
                .reduce((farther, nearer) -> nearer) // "A, B and C": C stands with B, the nearest
                .map(p -> new PersonMention(described.sentence(), described.span(), described.name(),
                        described.title(), described.organization(), p.countryCode(), described.levelCode(),
                        described.former()))
                .orElse(described);
    }

    /**
     * "X and Y met their Philippine counterparts, A and B": at a two-party meeting, a person of no
     * stated country who meets counterparts of one side stands on the other.
     */
    private static PersonMention counterpartOfOtherSide(String text, PersonMention described, PersonMention person,
            List<PersonMention> people, MeetingMention meeting) {
        if (meeting.parties().size() != 2) {
            return described;
        }
        return people.stream()
                .filter(p -> p.sentence() == person.sentence() && p.span().start() > person.span().end()
                        && COUNTERPART.matcher(text.substring(person.span().end(), p.span().start())).find())
                .map(p -> describe(p, people)).map(PersonMention::countryCode)
                .filter(c -> c != null && meeting.parties().contains(c)).findFirst()
                .flatMap(c -> meeting.parties().stream().filter(other -> !other.equals(c)).findFirst())
                .map(other -> new PersonMention(described.sentence(), described.span(), described.name(),
                        described.title(), described.organization(), other, described.levelCode(), described.former()))
                .orElse(described);
    }

    /**
     * "X and Y agreed at their summit last month to revive the dialogue": named beside a meeting
     * only as actors at another occasion, one that this meeting's name does not call so.
     */
    private static boolean atAnotherOccasion(ParsedSentence sentence, PersonMention person, MeetingMention meeting) {
        String name = meeting.name().toLowerCase(java.util.Locale.ROOT);
        return ParticipantRoles.occasion(sentence, person.span()).filter(word -> !name.contains(word)).isPresent();
    }

    private static boolean servesParty(PersonMention person, MeetingMention meeting) {
        return person.countryCode() != null && meeting.parties().contains(person.countryCode());
    }


    /**
     * "X is attending a NATO summit ...": in a sentence that tells of several meetings, the subject
     * of a verb of taking part followed by a meeting's own name takes part in that one.
     */
    private static boolean attendsByName(String text, Sentence sentence, PersonMention person, MeetingMention meeting,
            List<PersonMention> people) {
        String sentenceText = sentence.span().of(text);
        int at = sentenceText.indexOf(meeting.name());
        int from = person.span().end() - sentence.span().start();
        if (at < 0 || from < 0 || at <= from || person.former()) {
            return false;
        }
        boolean someoneBetween = people.stream().anyMatch(p -> p.sentence() == person.sentence()
                && p.span().start() >= person.span().end() && p.span().start() < sentence.span().start() + at);
        return !someoneBetween && TAKING_PART.matcher(sentenceText.substring(from, at)).matches();
    }

    /**
     * "Last year's meeting took place in Seoul, when Austin and then Defense Minister X signed ...":
     * a "then" office holder in a sentence that recalls an earlier meeting belongs to that one, not
     * to the meeting the article reports.
     */
    /** The one earlier meeting a sentence recalls is the meeting of the "then" office holders in it. */
    private static boolean recalledWith(PersonMention person, MeetingMention meeting, List<MeetingMention> meetings,
            int sentence) {
        boolean then = person.title() != null && person.title().toLowerCase(java.util.Locale.ROOT).startsWith("then ");
        long recalled = meetings.stream().filter(m -> m.role() == EvidenceRole.BACKGROUND
                && m.sentences().contains(sentence)).count();
        return then && meeting.role() == EvidenceRole.BACKGROUND && recalled == 1;
    }

    private static boolean heldThen(PersonMention person, MeetingMention meeting, List<MeetingMention> meetings,
            int sentence) {
        boolean then = person.title() != null && person.title().toLowerCase(java.util.Locale.ROOT).startsWith("then ");
        boolean recalled = meetings.stream().anyMatch(m -> m != meeting && m.role() == EvidenceRole.BACKGROUND
                && m.sentences().contains(sentence));
        return then && meeting.role() != EvidenceRole.BACKGROUND && recalled;
    }

    /** An expert, or someone who sent the meeting a message: named in its sentence, yet not at the table. */
    private static boolean commentsFromOutside(String text, Sentence sentence, PersonMention person) {
        String after = text.substring(person.span().end(), sentence.span().end());
        return EXPERT.equals(person.levelCode()) || MESSAGE.matcher(after).find();
    }

    private static boolean sceneSetting(String text, Sentence sentence, PersonMention person) {
        int from = Math.max(sentence.span().start(), person.span().start() - 60);
        String before = text.substring(from, person.span().start());
        java.util.regex.Matcher matcher = SCENE_SETTING.matcher(before);
        if (!matcher.find()) {
            return false;
        }
        // "held their first meeting in Busan in July, when X led a delegation": the time of the meeting told
        boolean meetingsTime = matcher.group().regionMatches(true, 0, "when", 0, 4)
                && before.substring(0, matcher.start()).endsWith(", ");
        return !meetingsTime;
    }

    /** The fullest description of the person in the article: the first mention with a title. */
    private static PersonMention describe(PersonMention person, List<PersonMention> people) {
        return people.stream()
                .filter(p -> p.key().equals(person.key()) && p.title() != null)
                .findFirst().orElse(person);
    }

    private static void add(Map<String, ParticipantFact> found, MeetingMention meeting, PersonMention person,
            Sentence sentence, double confidence) {
        Evidence evidence = new Evidence(sentence.span(), confidence);
        ParticipantFact existing = found.get(person.key());
        if (existing == null) {
            found.put(person.key(), new ParticipantFact(meeting.key(), person.name(), person.title(),
                    person.organization(), person.countryCode(), person.levelCode(), List.of(evidence)));
        } else if (existing.evidence().stream().noneMatch(e -> e.sentence().equals(sentence.span()))) {
            List<Evidence> all = new ArrayList<>(existing.evidence());
            all.add(evidence);
            found.put(person.key(), new ParticipantFact(existing.meetingKey(), existing.name(), existing.title(),
                    existing.organization(), existing.countryCode(), existing.levelCode(), all));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.LINGUISTICS, Layers.PERSON_MENTIONS, Layers.MEETINGS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PARTICIPANTS);
    }
}
