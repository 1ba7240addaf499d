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
import org.dialogues.extract.ParticipantFact;
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
 * trigger and yield nothing; neither does agreeing on how things are ("agreed that ties had
 * improved"), a forecast ("will likely"), or announcing travel, attendance or an agenda ("will
 * visit", "will discuss"). A verb inside the that-clause of another ("reaffirmed that it remains
 * committed to") is content, not a second commitment; "to A and to B" splits only after a verb that
 * takes an infinitive. Headlines (no final punctuation) are skipped.
 */
public final class CommitmentStage implements Stage {

    /**
     * What an expectation must be about to count as a plan: an undertaking ("expected to sign"), not
     * talk ("expected to discuss") or fate ("expected the treaty to survive").
     */
    private static final String EXPECTED_UNDERTAKING = "(?:sign|adopt|announce|launch|establish|conclude|unveil|issue"
            + "|endorse|approve|finali[sz]e|set up|create|agree|pledge|commit)\\b";
    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?<reaffirm>reaffirm(?:ed|s|ing)?|re-?affirm(?:ed|s)|affirm(?:ed|s)|reiterat(?:ed|es|ing)"
            + "|(?:underscored|renewed) (?:its|their) commitment|confirm(?:ed|s|ing)"
            + "|(?:remain(?:s|ed)?|stay(?:s|ed)?) (?:\\w+ly )?committed to|re-?committed to)\\b"
            + "|\\b(?<pledge>pledg(?:ed|es|e|ing)|vow(?:ed|s)?|commit(?:ted|s|ting)? to|promised"
            + "|(?:announced|offered)(?= (?:a |an |an additional |additional |another )?(?:[$€£₩]|US\\$)?\\d[\\d.,]*"
            + "(?: (?:million|billion|trillion))?(?: (?:dollars|euros|won|yen))? (?:\\w+ ){0,3}"
            + "(?:in|of|for|worth|to)\\b))\\b"
            + "|\\b(?<agree>agree(?:d|s|ing)?(?! to disagree)|(?:reached|struck|produced) (?:a|an) (?:[\\w-]+ )?(?:agreement|deal|consensus)"
            + "|(?:raised|elevated|upgraded) (?:their |the |bilateral )?"
            + "(?:relationship|relations|ties)(?: between [\\w'’ -]{1,40}?)? to)\\b"
            + "|\\b(?<signed>signed|inked|adopted|(?:announced|launched|concluded)(?= (?:a|an|the|their) (?:[\\w-]+ ){0,6}"
            + "(?:partnership|agreement|accord|pact|declaration|framework|memorandum)\\b))\\b"
            + "|\\b(?<decide>decid(?:ed|es|e)|resolved to|announced (?:the )?(?:launch|start|opening) of)\\b"
            + "|(?<!['’]s |\\bthe |\\ba |\\bits |\\btheir )\\b(?<plan>plans? to|planning to|intend(?:s|ed)? to"
            + "|(?:are|is|were|was) (?:\\w+ly )?(?:expected|set|due|scheduled|poised) to(?= " + EXPECTED_UNDERTAKING + "))\\b"
            + "|\\b(?<expect>expect(?:s|ed)?) (?<agent>(?:the|both|all) (?:[\\w-]+ ){0,2}?[\\w-]+) to(?= "
            + EXPECTED_UNDERTAKING + ")"
            + "|\\b(?<intent>intention to|includes a plan to)\\b"
            + "|\\b(?<document>(?:plan|agreement|declaration|statement) (?:also )?(?:includes|specifies|contains))\\b"
            + "|\\b(?<will>will|would)\\s+(?!be\\b|not\\b|have\\b|like\\b)(?:\\w+ly\\s+)?\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLLECTIVE = Pattern.compile(
            "\\b(?:both|the two|two sides|they|the sides|each side|the three|all sides|the allies|"
            + "(?:the|all|their) (?:\\w+ )?(?:leaders|ministers|presidents|governments|countries|nations|partners|"
            + "delegations|militaries|counterparts)|"
            + "joint (?:document|statement|declaration)|dialogue|summit|symposium|forum|meeting|talks|consultations?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "They ...", "Both sides ...": a collective subject that opens the clause. */
    private static final Pattern LEADING_COLLECTIVE = Pattern.compile(
            "\\s*(?:they|both (?:sides|countries|nations|governments|leaders|ministers|allies)|the two (?:sides|countries"
            + "|nations|governments|leaders|ministers|presidents|allies|delegations))\\b(?!\\s+and\\b|['’])",
            Pattern.CASE_INSENSITIVE);
    /** "X and his counterpart": the named side and the other, i.e. all the meeting's parties. */
    private static final Pattern COUNTERPART = Pattern.compile(
            "\\band (?:his|her|their) (?:\\w+ )?counterparts?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_BOUNDARY = Pattern.compile(
            "\\b(?:that|said|says|stating|saying|while|whereas|but)\\b|;|,\\s*and\\b", Pattern.CASE_INSENSITIVE);
    /** A relative or purpose word before "will": the modal belongs to a description, not an undertaking. */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:which|that|who|whom|where|whereby|so that)\\b[^,;]*$", Pattern.CASE_INSENSITIVE);
    /** Verbs after which "that" opens a reported undertaking rather than a relative clause. */
    private static final Pattern REPORTING_THAT = Pattern.compile(
            "\\b(?:said|says|stated|announced|added|noted|stressed|emphasi[sz]ed|agreed|confirmed|reaffirmed|declared"
            + "|told \\S+(?: \\S+)?)\\s+that\\b[^,;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|told|announced|promised|assured)\\b", Pattern.CASE_INSENSITIVE);
    /** "signed the pact": a later sentence restating a signing already reported. */
    private static final Pattern RESTATED_DOCUMENT = Pattern.compile(
            "^\\s*(?:it|them|the\\s+(?:document|pact|agreement|accord|deal|memorandum|treaty|declaration|statement|text))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A verb coordinated with the previous one ("reaffirmed X and agreed") shares its subject. */
    private static final Pattern COORDINATED = Pattern.compile("(?:,|\\band|\\bbut|\\bthen)\\s*(?:also\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Between two coordinated verbs there is no reported speech, quotation or new clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(?:that|said|says|stating|saying|while|whereas|which|who)\\b|[;“”\"]", Pattern.CASE_INSENSITIVE);
    /** ", which signed ...": a description of whatever precedes, not the meeting's undertaking. */
    private static final Pattern NON_RESTRICTIVE = Pattern.compile(",\\s*(?:which|who)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "the first visit since the two countries signed ...": a past undertaking used only to measure time. */
    private static final Pattern ELAPSED_SINCE = Pattern.compile("\\bsince\\b[^,;]*$", Pattern.CASE_INSENSITIVE);
    /** A country named as a venue ("in Lima, Peru", a "VILNIUS, Lithuania" dateline) is not an actor. */
    private static final Pattern VENUE = Pattern.compile(
            "(?:\\b(?:in|at|to|near|visited|visiting)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'-]*,?\\s+){0,2}|\\p{Lu}{3,},\\s+)$");
    private static final Pattern DATELINE = Pattern.compile("[\\p{Lu} .'-]{3,}");
    /** ", and Seoul agreed ...": a new clause with its own subject ends the previous undertaking. */
    /** " and Australia " right before the next verb: a short new subject without a comma. */
    private static final Pattern NEW_SUBJECT = Pattern.compile(
            "\\s+and\\s+(?=(?:(?!(?:and|or|then|also|later|jointly|together)\\s)[\\p{L}.'’-]+\\s+){1,4}$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW_CLAUSE = Pattern.compile(",\\s*(?:and|but|while)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** A day between the verb and its object ("agreed on Wednesday to", "reaffirmed Saturday their"). */
    private static final Pattern LEADING_DAY = Pattern.compile(
            "^(?:(?:on|last|this)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\\b,?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "reaffirmed Canada's support", "the U.S. commitment": whose undertaking a reaffirmation is. */
    private static final Pattern OWNED_STANCE = Pattern.compile(
            "^\\s*(?:the\\s+)?(?<owner>.{2,40}?)(?:['’]s?)?\\s+(?:commitment|support|position|pledge|stance)\\b");
    /** A clause that is only a time or place phrase ("in April") has no content. */
    private static final Pattern BARE_PHRASE = Pattern.compile(
            "^(?:in|on|at|during|since|by|last|earlier)(?:\\s+\\S+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** "to A, and to B": each infinitive is its own undertaking. */
    private static final Pattern INFINITIVE_SPLIT = Pattern.compile(
            ",?\\s+and\\s+to\\s+(?=(?!(?:the|a|an|their|its|his|her|this|that|these|those|each|other|all|both)\\b)[a-z]+\\b)");
    /** The trigger takes an infinitive ("agreed to", "agreed on Monday to", "pledged “to"). */
    private static final Pattern INFINITIVE_START = Pattern.compile(
            "\\s*(?:(?:on|last|this)\\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday),?\\s+)?"
            + "[“\"‘]?to\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_TO = Pattern.compile("\\bto$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_SPLIT = Pattern.compile("[”\"]\\s+and\\s+[“\"]");
    /** "reaffirmed that", "agreed on Monday that": the reported content of the verb follows. */
    private static final Pattern THAT_CLAUSE = Pattern.compile(
            "\\s*(?:(?:on\\s+)?\\w+day,?\\s+)?that\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_ACT = Pattern.compile("\\s+(?:also\\s+|\\w+ly\\s+)?" + EXPECTED_UNDERTAKING,
            Pattern.CASE_INSENSITIVE);
    /** "will likely deepen": a forecast, not an undertaking. */
    private static final Pattern HEDGE = Pattern.compile(
            "\\s+(?:likely|probably|possibly|perhaps|eventually|presumably|almost certainly)\\b", Pattern.CASE_INSENSITIVE);
    /** A speaker and a pronoun for the speaker's side before a reported modal. */
    private static final Pattern SPEAKER_SELF = Pattern.compile(
            "(?<speaker>[^,;“”\"]+?)\\s+(?:said|says|stated|added|announced|told \\S+(?: \\S+)?)\\s+(?:that\\s+)?"
            + "(?:it|he|she|(?:his|her|its) (?:country|government|nation)|the country)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OBLIGATION = Pattern.compile(
            "\\b(?:will|would|shall|should|must|need(?:s|ed)? to|ought to|is to|are to|can|could)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "will host the forum", "will visit Tokyo", "will discuss trade": announcing attendance, travel or
     * an agenda undertakes nothing.
     */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\s+(?:also\\s+|\\w+ly\\s+)?(?:host|attend|visit|travel|fly|arrive|chair|co-chair|tour"
            + "|stop (?:in|over|at)|(?:leave|depart|head) for|head to|return to"
            + "|discuss|talk|exchange views|review|consider|study)\\b",
            Pattern.CASE_INSENSITIVE);
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
                            document.get(Layers.PERSON_MENTIONS), participantKeys(document.get(Layers.PARTICIPANTS))));
                }
            }
        }
        return document.with(Layers.COMMITMENTS, List.copyOf(commitments));
    }

    /** A trigger verb; {@code past} when it reports an undertaking already made ("agreed", not "will agree"). */
    private record Trigger(CommitmentKind kind, int start, int end, boolean signed, boolean document, boolean past,
            boolean modal, Optional<Span> agent) {}

    private static Set<String> participantKeys(List<ParticipantFact> participants) {
        Set<String> keys = new LinkedHashSet<>();
        participants.forEach(p -> keys.add(PersonMention.nameKey(p.name())));
        return keys;
    }

    private List<CommitmentFact> read(String text, Sentence sentence, List<MeetingMention> meetings,
            List<PartyMention> parties, List<PersonMention> people, Set<String> participants) {
        List<Trigger> triggers = triggers(text, sentence.span());
        List<CommitmentFact> found = new ArrayList<>();
        Subject previousSubject = null;
        for (int t = 0; t < triggers.size(); t++) {
            Trigger trigger = triggers.get(t);
            int from = subjectFrom(sentence, triggers, t);
            Subject subject = trigger.agent()
                    .map(agent -> subject(text, agent.start(), agent.end(), parties, people))
                    .orElseGet(() -> subject(text, from, trigger.start(), parties, people));
            String before = text.substring(sentence.span().start(), trigger.start());
            if (NON_RESTRICTIVE.matcher(before).find() || ELAPSED_SINCE.matcher(before).find()) {
                continue;
            }
            boolean coordinated = previousSubject != null && COORDINATED.matcher(before).find()
                    && !CLAUSE_BREAK.matcher(text.substring(triggers.get(t - 1).end(), trigger.start())).find();
            if (subject.empty() && trigger.modal()) {
                subject = speaker(text, sentence.span().start(), trigger.start(), parties, people);
            }
            if (subject.empty() && (trigger.modal() || trigger.agent().isPresent()) && !coordinated) {
                continue; // "..., stating the attack will lead to ...": the modal has a subject of its own
            }
            if ((subject.empty() || coordinated) && previousSubject != null) {
                subject = previousSubject;
            } else if (subject.empty()) {
                subject = subject(text, sentence.span().start(), trigger.start(), parties, people, false);
            }
            previousSubject = subject;
            int clauseEnd = t + 1 < triggers.size() ? clauseEnd(text, trigger, triggers.get(t + 1)) : sentence.span().end();
            if (trigger.signed() && restatesOrRecalls(text, sentence.span().start(), trigger, clauseEnd)
                    || sharedAssessment(text, trigger, clauseEnd)) {
                continue;
            }
            Optional<MeetingMention> meeting = meetingFor(sentence.index(), trigger, subject, meetings);
            if (meeting.isEmpty() || trigger.kind() == CommitmentKind.PLAN && outsider(subject, meetings, participants)) {
                continue;
            }
            if (subject.empty() && trigger.kind() == CommitmentKind.REAFFIRM) {
                subject = stanceOwner(text, trigger, clauseEnd, parties);
            }
            Set<String> who = partiesOf(subject, meeting.get(), trigger);
            String meetingKey = meeting.get().key();
            if (who.isEmpty() && jointOfKnownParty(subject, meetings)) {
                who = subject.parties(); // the article's meetings miss this one: keep it, unattached
                meetingKey = null;
            }
            if (who.isEmpty()) {
                continue;
            }
            CommitmentKind kind = meeting.get().status() == MeetingStatus.PLANNED && !trigger.past()
                    && trigger.kind() != CommitmentKind.REAFFIRM ? CommitmentKind.PLAN : trigger.kind();
            boolean infinitive = TRAILING_TO.matcher(text.substring(trigger.start(), trigger.end())).find();
            for (String clause : clauses(text.substring(trigger.end(), clauseEnd), infinitive)) {
                found.add(new CommitmentFact(meetingKey, kind, who, clause,
                        List.of(new Evidence(sentence.span(), CONFIDENCE))));
            }
        }
        return found;
    }

    /** The undertaking ends where the next trigger's own clause begins (", and Seoul agreed"). */
    private static int clauseEnd(String text, Trigger trigger, Trigger next) {
        Matcher boundary = NEW_CLAUSE.matcher(text).region(trigger.end(), next.start());
        int end = next.start();
        while (boundary.find()) {
            end = boundary.start();
        }
        if (end == next.start()) {
            Matcher subject = NEW_SUBJECT.matcher(text).region(trigger.end(), next.start());
            if (subject.find()) {
                end = subject.start(); // "Korea will supply ships and Australia will train crews"
            }
        }
        return end;
    }

    /** A verb's subject lies after the previous verb: "A will X and B will Y" gives Y to B alone. */
    private static int subjectFrom(Sentence sentence, List<Trigger> triggers, int index) {
        return index == 0 ? sentence.span().start() : Math.max(sentence.span().start(), triggers.get(index - 1).end());
    }

    /**
     * "agreed that cooperation had grown": agreeing on how things are is a shared view; only an
     * agreed that-clause about what shall happen ("would be met", "should continue") undertakes.
     */
    private static boolean sharedAssessment(String text, Trigger trigger, int clauseEnd) {
        String after = text.substring(trigger.end(), clauseEnd);
        return trigger.kind() == CommitmentKind.AGREE && !trigger.signed() && THAT_CLAUSE.matcher(after).lookingAt()
                && !OBLIGATION.matcher(after).find();
    }

    /** "Seoul said it would ...", "the minister said his country would ...": the speaker undertakes. */
    private static Subject speaker(String text, int sentenceStart, int modalStart, List<PartyMention> parties,
            List<PersonMention> people) {
        Matcher self = SPEAKER_SELF.matcher(text).region(sentenceStart, modalStart);
        if (!self.find()) {
            return new Subject(false, Set.of(), Set.of(), false);
        }
        return subject(text, self.start("speaker"), self.end("speaker"), parties, people);
    }

    /** "The Prime Minister reaffirmed Canada's support": the owner of the stance is the party. */
    private static Subject stanceOwner(String text, Trigger trigger, int clauseEnd, List<PartyMention> parties) {
        Matcher stance = OWNED_STANCE.matcher(text).region(trigger.end(), clauseEnd);
        if (!stance.lookingAt()) {
            return new Subject(false, Set.of(), Set.of(), false);
        }
        Span owner = new Span(stance.start("owner"), stance.end("owner") + 2);
        Set<String> named = new LinkedHashSet<>();
        parties.stream().filter(p -> owner.contains(p.span())).forEach(p -> named.add(p.partyCode()));
        return new Subject(false, named, Set.of(), false);
    }

    /** Two or more parties acting together, one of them a party of some meeting in the article. */
    private static boolean jointOfKnownParty(Subject subject, List<MeetingMention> meetings) {
        return subject.parties().size() >= 2 && meetings.stream()
                .filter(m -> m.role() != EvidenceRole.BACKGROUND)
                .anyMatch(m -> m.parties().stream().anyMatch(subject.parties()::contains));
    }

    /** "signed the pact at ..." restates an earlier signing; "has signed" recalls an older one. */
    private static boolean restatesOrRecalls(String text, int sentenceStart, Trigger trigger, int clauseEnd) {
        String before = text.substring(Math.max(sentenceStart, trigger.start() - 30), trigger.start());
        return RESTATED_DOCUMENT.matcher(text.substring(trigger.end(), clauseEnd)).lookingAt()
                || PERFECT.matcher(before).find();
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
            } else if (matcher.group("agree") != null || matcher.group("signed") != null) {
                kind = CommitmentKind.AGREE;
            } else if (matcher.group("decide") != null) {
                kind = CommitmentKind.DECIDE;
            } else if (matcher.group("plan") != null || matcher.group("intent") != null || matcher.group("expect") != null) {
                kind = CommitmentKind.PLAN;
            } else if (matcher.group("document") != null) {
                kind = CommitmentKind.PLAN;
                document = true;
            } else if (undertakingModal(text, span.start(), matcher.start(), matcher.group("will"))
                    && !ATTENDANCE.matcher(text).region(matcher.end("will"), span.end()).lookingAt()
                    && !HEDGE.matcher(text).region(matcher.end("will"), span.end()).lookingAt()) {
                // "will sign a pact": a future act of the meeting is planned, "will expand" is pledged
                kind = FUTURE_ACT.matcher(text).region(matcher.end("will"), span.end()).lookingAt()
                        ? CommitmentKind.PLAN : CommitmentKind.PLEDGE;
            } else {
                continue;
            }
            int end = matcher.group("will") != null ? matcher.end("will") : matcher.end();
            boolean past = matcher.group("will") == null && matcher.group("expect") == null && matcher.group().split("\\s")[0].toLowerCase().endsWith("ed");
            Optional<Span> agent = Optional.ofNullable(matcher.group("agent"))
                    .map(a -> new Span(matcher.start("agent"), matcher.end("agent")));
            triggers.add(new Trigger(kind, matcher.start(), end, matcher.group("signed") != null, document, past,
                    matcher.group("will") != null, agent));
        }
        return withoutReportedContent(text, triggers);
    }

    /**
     * "reaffirmed that the allies remain committed to ...", "agreed that both will ...": a trigger
     * inside the that-clause of an earlier one is what was reaffirmed or agreed, not a second commitment.
     */
    private static List<Trigger> withoutReportedContent(String text, List<Trigger> triggers) {
        List<Trigger> kept = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Trigger previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            String between = previous == null ? "" : text.substring(previous.end(), trigger.start());
            boolean nested = previous != null && THAT_CLAUSE.matcher(between).lookingAt()
                    && !between.contains(";") && !NEW_CLAUSE.matcher(between).find()
                    && !COORDINATED.matcher(between).find(); // "reaffirmed that X and agreed that Y": two verbs
            if (!nested) {
                kept.add(trigger);
            }
        }
        return kept;
    }

    /**
     * "will" undertakes unless it sits in a relative or purpose clause ("a pact that will allow",
     * "so that they will"); "would" undertakes only in reported speech ("Yoon said Seoul would").
     */
    private static boolean undertakingModal(String text, int sentenceStart, int modalStart, String modal) {
        String before = text.substring(sentenceStart, modalStart);
        boolean relative = RELATIVE.matcher(before).find() && !REPORTING_THAT.matcher(before).find();
        if (relative) {
            return false;
        }
        return modal.equalsIgnoreCase("will") || REPORTED.matcher(before).find();
    }

    /** Who undertakes: collective words, parties and people named before the trigger in its clause. */
    private record Subject(boolean collective, Set<String> parties, Set<String> people, boolean onlyPeople) {
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
        boolean partyNamed = false;
        for (PartyMention party : parties) {
            if (subject.contains(party.span()) && !insidePerson(party, people) && !venue(text, from, party)) {
                named.add(party.partyCode());
                partyNamed |= !titleOf(party, people, subject);
            }
        }
        if (COUNTERPART.matcher(words).find() || LEADING_COLLECTIVE.matcher(words).lookingAt()) {
            // "They welcomed Japan's offer and agreed": a party named after the collective subject is an object
            return new Subject(true, Set.of(), persons, false);
        }
        boolean collective = COLLECTIVE.matcher(words).find();
        return new Subject(collective, named, persons, !collective && !partyNamed && !persons.isEmpty());
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

    private static boolean venue(String text, int from, PartyMention party) {
        String after = text.substring(party.span().end(), Math.min(text.length(), party.span().end() + 4));
        boolean dateline = DATELINE.matcher(party.span().of(text)).matches() && after.matches("\\s*(?:--|—|–|,|\\().*");
        return dateline || VENUE.matcher(text.substring(Math.max(from, party.span().start() - 30), party.span().start())).find();
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
    private static Set<String> partiesOf(Subject subject, MeetingMention meeting, Trigger trigger) {
        if (!subject.parties().isEmpty()) {
            return meeting.parties().containsAll(subject.parties()) ? subject.parties() : Set.of();
        }
        if (subject.collective() || trigger.document() || trigger.signed()) {
            return meeting.parties();
        }
        return Set.of();
    }

    /**
     * The undertaking after the trigger, split where quoted undertakings or, after a verb taking an
     * infinitive, infinitives are joined by "and".
     */
    static List<String> clauses(String after, boolean triggerEndsInTo) {
        List<String> clauses = new ArrayList<>();
        for (String quoted : QUOTED_SPLIT.split(after)) {
            // "agreed to A and to B" are two undertakings; "their commitment to A and to B" is one
            boolean infinitive = triggerEndsInTo || INFINITIVE_START.matcher(quoted).lookingAt();
            for (String part : infinitive ? INFINITIVE_SPLIT.split(quoted) : new String[] {quoted}) {
                String clause = tidy(part);
                if (clause.length() > 3 && !BARE_PHRASE.matcher(clause).matches()) {
                    clauses.add(clause);
                }
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
        tidy = LEADING_DAY.matcher(tidy).replaceFirst("");
        tidy = tidy.replaceAll("^[“\"'‘\\s]+", "")
                .replaceAll("^(?:to|on|that)\\s+", "")
                .replaceAll("[\\s,;.”\"’'“]+$", "")
                .replaceAll("\\s+(?:and|,)$", "")
                .replaceAll("[\\s,;]+$", "");
        return tidy.strip();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.PARTY_MENTIONS, Layers.PERSON_MENTIONS, Layers.MEETINGS,
                Layers.PARTICIPANTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.COMMITMENTS);
    }
}
