package org.dialogues.extract.meeting;

import java.util.ArrayList;
import org.dialogues.extract.text.ClauseText;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateMention;

/**
 * Meetings told by what people did rather than by a name: "X met (with) A and B", "X hosted A", "a courtesy visit
 * with C", "received a courtesy call from D", "A, B and C met", "A and B signed", "was attended by D": one meeting per pair of sides.
 */
final class Encounters {

    private static final Pattern ENCOUNTER = Pattern.compile(
            "\\b(?:met(?:\\s+with)?|meets?(?:\\s+with)?|held\\s+talks\\s+with|(?:sat|sits?|sitting)\\s+down\\s+with|hosted|hosts|(?<=will\\s)host|(?:paid\\s+|received\\s+)?a\\s+courtesy\\s+(?:call|visit)\\s+(?:on|with|to|from)"
            // "X called on President Y": a courtesy call ("called on Y to ..." urges, and is no meeting)
            + "|(?:called|calls|(?<='s\\s)call)\\s+on)\\b");
    /** "called on X to withdraw": after the person, an infinitive says the call was an appeal. */
    private static final Pattern APPEAL = Pattern.compile("^\\s*(?:,[^,]{0,60},\\s*)?to\\s+\\p{Ll}");
    private static final Pattern JOINT_ACT = Pattern.compile(
            "\\b(?:met|signed|held talks|agreed|sat down|shook hands)\\b");
    /** "the 2+2, in which A and B met C and D": the people met inside the meeting just named, not in a new one. */
    private static final Pattern IN_WHICH = Pattern.compile(
            "^" + ClauseText.IN_SENTENCE + "{0,60}?,\\s*(?:(?:in|at|during)\\s+which|where)\\b" + ClauseText.IN_SENTENCE + "{0,120}$");
    /** "..., for the 48th ": the purpose phrase of an encounter, up to the meeting's name. */
    private static final Pattern FOR_THE = Pattern.compile(
            "^[^;]*\\bfor\\s+(?:(?:the|their|its|this|an?)\\s+)?(?:[\\w.-]+\\s+){0,3}$");
    private static final int PURPOSE_REACH = 90;
    /** "A and B met": the person before "and" shares the subject's side of the encounter. */
    private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,|,?\\s+and)\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,5}$");
    private static final Pattern ATTENDED_BY = Pattern.compile(
            "\\b(?:was|were|is|are|will\\s+be)\\s+(?:also\\s+)?(?:attended|co-chaired|chaired|co-hosted)\\s+by\\b");

    private final GroupMeetings groups;
    private final Sides sides;

    Encounters(SeriesCatalog catalog, Sides sides) {
        this.groups = new GroupMeetings(catalog);
        this.sides = sides;
    }

    /** "X met (with) A ... and B ...": one meeting per person met, each with the date written next to it. */
    void read(Article article, Sentence sentence, List<PersonMention> people,
            List<DateMention> found, List<Draft> drafts, List<Reference> references) {
        String text = article.text();
        Span span = sentence.span();
        Matcher verb = ENCOUNTER.matcher(text).region(span.start(), span.end());
        List<int[]> verbs = new ArrayList<>();
        while (verb.find()) {
            if (hosting(text, new int[] {verb.start(), verb.end()}) && namedBefore(references, verb.start())) {
                continue; // "the summit that A hosted for B and C": the hosting tells the meeting just named
            }
            if (!NonEvents.noEncounter(text.substring(Math.max(span.start(), verb.start() - NonEvents.REACH), verb.start()))) {
                verbs.add(new int[] {verb.start(), verb.end()});
            }
        }
        // "On Friday, X met A and B": a date before the verb holds for everyone met
        DateMention previous = verbs.isEmpty() ? null : found.stream()
                .filter(d -> d.end() <= verbs.get(0)[0]).reduce((a, b) -> b).orElse(null);
        String previousCountry = null;
        PersonMention previousSubject = null;
        Set<String> objectsSoFar = new HashSet<>();
        if (!verbs.isEmpty() && MeetingPeople.subject(people, verbs.get(0)[0], List.of()) == null) {
            groups.partiesMet(article, sentence, verbs.get(0)[0], found, drafts, references);
        }
        for (int v = 0; v < verbs.size(); v++) {
            int from = verbs.get(v)[1];
            int to = v + 1 < verbs.size() ? verbs.get(v + 1)[0] : span.end();
            PersonMention nearest = MeetingPeople.subject(people, verbs.get(v)[0], List.of());
            // "X met A ..., followed by a courtesy visit with B": X is still the one meeting
            PersonMention subject = nearest != null && objectsSoFar.contains(nearest.key()) ? previousSubject : nearest;
            previousSubject = subject;
            List<PersonMention> objects = people.stream()
                    .filter(p -> p.span().start() >= from && p.span().start() < to)
                    .filter(p -> subject == null || !p.key().equals(subject.key()))
                    .filter(p -> !p.possessiveIn(text))   // "a week after X's resignation": X is not met
                    .toList();
            if (hosting(text, verbs.get(v)) && subject != null && hostedGroup(article, sentence, subject, objects,
                    verbs.get(v)[0], drafts, references)) {
                continue;
            }
            int objectsEnd = objects.isEmpty() ? from : objects.get(objects.size() - 1).span().end();
            if (appeal(text, verbs.get(v), objectsEnd, to)) {
                continue;
            }
            Optional<Draft> told = subject == null ? Optional.empty()
                    : toldInClause(text, references, verbs.get(v)[0]).or(() -> purpose(text, references, objectsEnd, to));
            if (told.isPresent()) {
                joinTold(told.get(), text, people, subject, objects, sentence);
                continue;
            }
            Draft met = null;
            for (int o = 0; o < objects.size(); o++) {
                int clauseEnd = o + 1 < objects.size() ? objects.get(o + 1).span().start() : to;
                int clauseStart = objects.get(o).span().end();
                Optional<DateMention> dated = found.stream()
                        .filter(d -> d.start() >= clauseStart && d.start() < clauseEnd).findFirst();
                DateMention own = dated.orElse(previous);
                previous = own;
                PersonMention object = objects.get(o);
                String before = previousCountry;
                if (object.countryCode() == null && previousCountry != null) {
                    object = Sides.withCountry(object, previousCountry); // "Polish minister A and defense minister B"
                }
                previousCountry = object.countryCode();
                objectsSoFar.add(object.key());
                if (met != null && object.countryCode() != null && object.countryCode().equals(before)
                        && COORDINATED.matcher(text.substring(objects.get(o - 1).span().end(), object.span().start())).matches()) {
                    // "met Foreign Minister A and Defense Minister B on Tuesday": one meeting of the two sides
                    met.people.add(object.key());
                    if (met.date == null) {
                        met.date = own;
                    }
                    continue;
                }
                String verbText = text.substring(verbs.get(v)[0], verbs.get(v)[1]);
                String label = verbText.contains("courtesy") ? "courtesy visit"
                        : verbText.startsWith("call") ? "courtesy call" : "meeting";
                int known = references.size();
                // only the first person met can be the host; later names may just set the scene
                encounter(article, sentence, label, subject, object, clauseStart, own, drafts, references, o == 0);
                met = references.size() > known ? references.get(references.size() - 1).draft() : null;
                if (met != null && o == 0) {
                    coordinatedWith(text, people, subject).forEach(met.people::add);
                }
            }
        }
    }

    /** "called on A to ...": an appeal to the person, not a call paid on them. */
    private static boolean appeal(String text, int[] verb, int objectsEnd, int clauseEnd) {
        return text.substring(verb[0], verb[1]).startsWith("call")
                && APPEAL.matcher(text.substring(objectsEnd, clauseEnd)).find();
    }

    private static boolean namedBefore(List<Reference> references, int verbStart) {
        return references.stream().anyMatch(r -> r.anchor() < verbStart);
    }

    private static boolean hosting(String text, int[] verb) {
        return text.substring(verb[0], verb[1]).startsWith("host");
    }

    /**
     * "A of X hosted B of Y and C of Z": a host receiving guests of two other sides at once holds one
     * meeting of the three, not one with each guest.
     */
    private boolean hostedGroup(Article article, Sentence sentence, PersonMention host, List<PersonMention> guests,
            int verb, List<Draft> drafts, List<Reference> references) {
        List<PersonMention> everyone = new ArrayList<>(guests);
        everyone.add(0, host);
        Set<String> countries = new LinkedHashSet<>();
        everyone.stream().map(PersonMention::countryCode).filter(c -> c != null).forEach(countries::add);
        if (countries.size() < 3) {
            return false;
        }
        groups.multilateral(article, sentence, everyone, countries, verb, drafts, references);
        return true;
    }

    /** The meeting named just before ", in which" (or ", where") that introduces this encounter. */
    private static Optional<Draft> toldInClause(String text, List<Reference> references, int verbStart) {
        return references.stream().filter(r -> r.anchor() < verbStart).reduce((a, b) -> b)
                .filter(r -> IN_WHICH.matcher(text.substring(r.anchor(), verbStart)).find())
                .map(Reference::draft);
    }

    /**
     * "A hosted B, chairman of the X, for the 48th Y": the meeting named as the purpose of the
     * encounter is the encounter. ("A met B at the Z summit" stays a meeting of its own, held beside Z.)
     */
    private static Optional<Draft> purpose(String text, List<Reference> references, int objectsEnd, int clauseEnd) {
        return references.stream().filter(r -> r.anchor() >= objectsEnd && r.anchor() < clauseEnd).findFirst()
                .filter(r -> r.anchor() - objectsEnd <= PURPOSE_REACH)
                .filter(r -> FOR_THE.matcher(text.substring(objectsEnd, r.anchor())).find())
                .map(Reference::draft);
    }

    /** "A and B met C": the people of the subject's side named with it, joined by "and" or commas. */
    private static List<String> coordinatedWith(String text, List<PersonMention> people, PersonMention subject) {
        List<String> joined = new ArrayList<>();
        PersonMention last = subject;
        for (int i = people.indexOf(subject) - 1; i >= 0; i--) {
            PersonMention before = people.get(i);
            if (!COORDINATED.matcher(text.substring(before.span().end(), last.span().start())).matches()) {
                break;
            }
            if (subject.countryCode() != null && subject.countryCode().equals(before.countryCode())) {
                joined.add(before.key());
            }
            last = before;
        }
        return joined;
    }

    /** Everyone on either side of the encounter took part in the meeting told, if their side is one of its parties. */
    private static void joinTold(Draft draft, String text, List<PersonMention> people, PersonMention subject,
            List<PersonMention> objects, Sentence sentence) {
        List<PersonMention> joined = new ArrayList<>(objects);
        joined.add(subject);
        PersonMention last = subject;
        for (int i = people.indexOf(subject) - 1; i >= 0; i--) {
            PersonMention before = people.get(i);
            if (!COORDINATED.matcher(text.substring(before.span().end(), last.span().start())).matches()) {
                break;
            }
            joined.add(before);
            last = before;
        }
        joined.stream()
                .filter(p -> p.countryCode() == null || draft.parties.isEmpty() || draft.parties.contains(p.countryCode()))
                .forEach(p -> draft.people.add(p.key()));
        draft.refer(sentence.index());
    }

    /** "The meeting ... was attended by A, B and C": those named after the cue took part, with their sides. */
    static void readAttendance(Article article, Sentence sentence, List<PersonMention> people,
            List<Reference> references) {
        Matcher cue = ATTENDED_BY.matcher(article.text()).region(sentence.span().start(), sentence.span().end());
        if (!cue.find()) {
            return;
        }
        Optional<Reference> meeting = references.stream().filter(r -> r.anchor() < cue.start()).reduce((a, b) -> b);
        if (meeting.isEmpty()) {
            return;
        }
        Draft draft = meeting.get().draft();
        for (PersonMention person : people) {
            if (person.span().start() >= cue.end()) {
                draft.people.add(person.key());
                if (person.countryCode() != null) {
                    draft.parties.add(person.countryCode());
                }
            }
        }
    }

    /** "Prime Minister A and President B signed the accord in London": the people named before the act met. */
    void readJointSubjects(Article article, Sentence sentence, List<PersonMention> people, List<Draft> drafts,
            List<Reference> references) {
        Matcher act = JOINT_ACT.matcher(article.text()).region(sentence.span().start(), sentence.span().end());
        if (!act.find()) {
            return;
        }
        int verb = act.start();
        List<PersonMention> subjects = people.stream().filter(p -> p.span().end() <= verb)
                .filter(p -> p.countryCode() != null).toList();
        if (subjects.size() < 2) {
            return;
        }
        int between = subjects.get(0).span().end();
        int last = subjects.get(subjects.size() - 1).span().start();
        if (last <= between || !article.text().substring(between, last).contains(" and ")) {
            return;
        }
        Set<String> countries = new LinkedHashSet<>();
        subjects.forEach(p -> countries.add(p.countryCode()));
        if (countries.size() >= 3) {
            groups.multilateral(article, sentence, subjects, countries, verb, drafts, references);
            return;
        }
        PersonMention first = subjects.get(0);
        for (PersonMention other : subjects.subList(1, subjects.size())) {
            if (!other.countryCode().equals(first.countryCode())) {
                encounter(article, sentence, "meeting", first, other, verb, null, drafts, references);
            }
        }
    }

    /** One bilateral meeting between two people of different sides, found among those told or added. */
    void encounter(Article article, Sentence sentence, String label, PersonMention met,
            PersonMention metBy, int anchor, DateMention own, List<Draft> drafts, List<Reference> references) {
        encounter(article, sentence, label, met, metBy, anchor, own, drafts, references, true);
    }

    private void encounter(Article article, Sentence sentence, String label, PersonMention met,
            PersonMention metBy, int anchor, DateMention own, List<Draft> drafts, List<Reference> references,
            boolean mayHost) {
        PersonMention subject = met;
        PersonMention other = metBy;
        if (!mayHost) {
            // no host to infer
        } else if (met != null && met.countryCode() != null && metBy.countryCode() == null) {
            other = sides.host(article, sentence, met.countryCode()).map(c -> Sides.withCountry(metBy, c)).orElse(metBy);
        } else if (met != null && met.countryCode() == null && metBy.countryCode() != null) {
            subject = sides.host(article, sentence, metBy.countryCode()).map(c -> Sides.withCountry(met, c)).orElse(met);
        }
        if (subject != null && mayHost && subject.countryCode() == null && other.countryCode() == null) {
            // "Ambassador Kim Min-su met with Under Secretary John Smith in Washington": Korea abroad meets its host
            Optional<String> abroad = sides.host(article, sentence, Sides.HOME);
            if (abroad.isPresent() && Sides.koreanNamed(subject) && !Sides.koreanNamed(other)) {
                subject = Sides.withCountry(subject, Sides.HOME);
                other = Sides.withCountry(other, abroad.get());
            }
        }
        if (subject != null && mayHost) {
            subject = Sides.homeSide(subject, other);
            other = Sides.homeSide(other, subject);
        }
        if (subject == null || subject.countryCode() == null || other.countryCode() == null
                || subject.countryCode().equals(other.countryCode())) {
            return;
        }
        Set<String> parties = new LinkedHashSet<>(List.of(subject.countryCode(), other.countryCode()));
        Set<String> people = Set.of(subject.key(), other.key());
        Optional<Draft> named = references.stream().map(Reference::draft)
                .filter(d -> !d.informal && d.parties.equals(parties) && d.edition == null).findFirst();
        if (named.isPresent()) {
            // "A and B held a summit in Tokyo ... and agreed ...": the meeting of this sentence
            named.get().people.addAll(people);
            return;
        }
        for (Draft draft : drafts) {
            // a courtesy call is paid on someone: it is the meeting told before only if that one had them
            boolean samePeople = draft.people.isEmpty() && !label.startsWith("courtesy") || draft.people.containsAll(people);
            if (draft.informal && draft.parties.equals(parties) && samePeople && !draft.proper
                    && !draft.namesAnotherOccasion() // "the previous round" was not this encounter
                    && calling(draft.head) == label.equals(PhoneCalls.LABEL)
                    && (own == null || draft.date == null || sameDay(own, draft.date))) {
                draft.people.addAll(people);
                draft.refer(sentence.index());
                references.add(new Reference(draft, anchor, own));
                return;
            }
        }
        Draft draft = new Draft();
        draft.name = label + " between " + subject.name() + " and " + other.name();
        draft.head = label.contains("visit") ? "visit" : label.equals(PhoneCalls.LABEL) ? label : "meeting";
        draft.contentWords = List.of(draft.head);
        draft.informal = true;
        draft.encounter = true;
        draft.parties.addAll(parties);
        draft.people.addAll(people);
        draft.status = StatusCues.status(sentence.span().of(article.text()));
        draft.firstSentence = sentence.index();
        draft.date = own;
        draft.refer(sentence.index());
        drafts.add(draft);
        references.add(new Reference(draft, anchor, own));
    }

    /** A call is told again as a call, never as the meeting in person it came before or after. */
    private static boolean calling(String head) {
        return head != null && (head.endsWith("call") || head.endsWith("calls") || head.contains("conversation"));
    }

    private static boolean sameDay(DateMention a, DateMention b) {
        return a.date().equals(b.date());
    }
}
