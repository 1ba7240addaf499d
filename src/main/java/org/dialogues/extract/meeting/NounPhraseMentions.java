package org.dialogues.extract.meeting;

import java.util.List;
import org.dialogues.extract.text.ClauseText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Token;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.text.Sentence;

/**
 * Meetings read from a meeting noun and the phrase before it: a new or known meeting it describes,
 * one just named that it says more about, a meeting referred back to, or people meeting.
 */
final class NounPhraseMentions {

    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9+\\-]{1,11})\\)");
    /** "came to Seoul straight from the X summit": a meeting travelled from is where people were, not a report of it. */
    private static final Pattern CAME_FROM = Pattern.compile(
            "\\b(?:came|come|comes|coming|arrived|arriving|returned|returning|flew|flying|headed|heading)\\b"
            + ClauseText.IN_CLAUSE + "{0,40}\\bfrom\\s+(?:the\\s+)?$");
    /** "the first talks since ...": a first-after-an-event, not the first edition. */
    private static final Pattern FIRST_SINCE = Pattern.compile("^" + ClauseText.IN_SENTENCE + "{0,80}?\\bsince\\b");
    /** ", the first defense talks ...": an appositive after a comma describes the meeting just named. */
    private static final Pattern COMMA_THE = Pattern.compile(",\\s*the\\s+$");
    /** "the first meeting of the three leaders since a session in New York in 2017": the last one before it. */
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+(?:a|an|the|their|its)\\s+$");
    /** "It was the second Yoon-Kishida meeting in two months": a sentence that says what the meeting just told was. */
    private static final Pattern IT_WAS = Pattern.compile(
            "^\\W*(?:It|This|That|The\\s+(?:meeting|talks|summit|session|dialogue|call))\\s+"
            + "(?:was|were|is|marked|marks|became|becomes)\\s+(?:also\\s+)?(?:only\\s+)?(?:the\\s+|their\\s+)?$");

    private final DescribedMeetings descriptions;
    private final BackReferences backReferences;
    private final Encounters encounters;

    NounPhraseMentions(DescribedMeetings descriptions, BackReferences backReferences, Encounters encounters) {
        this.descriptions = descriptions;
        this.backReferences = backReferences;
        this.encounters = encounters;
    }

    /** Each meeting noun of the sentence, read with the words before it ("the 55th Korea-U.S. SCM"). */
    void read(Article article, Sentence sentence, List<PersonMention> people, List<Draft> drafts,
            List<Reference> references) {
        String text = article.text();
        Span span = sentence.span();
        Matcher head = MeetingHeads.find(text, span.start(), span.end());
        while (head.find()) {
            if (insideParty(article, head.start())) {
                continue;
            }
            if (head.group().equals("2+2") && MeetingHeads.followedByHead(text, head.end(), span.end())) {
                continue; // "the 2+2 meeting": read once, from "meeting"
            }
            readNounPhrase(article, sentence, head.start(), head.end(), people, drafts, references);
        }
    }

    /** An earlier meeting of the sides of the one just told, held where and when the phrase says. */
    private void previousOne(Article article, Sentence sentence, NounPhrase phrase, int headStart, List<Draft> drafts,
            List<Reference> references) {
        Draft current = references.get(references.size() - 1).draft();
        int known = drafts.size();
        Draft earlier = descriptions.findOrAdd(article, sentence, phrase, null, List.of(), List.of(), List.of(), drafts);
        if (drafts.size() == known) {
            return; // a meeting already told, not one before it
        }
        if (earlier.parties.size() < 2) {
            earlier.parties.addAll(current.parties);
        }
        references.add(new Reference(earlier, headStart, null));
    }

    private static boolean insideParty(Article article, int offset) {
        return article.parties().stream().anyMatch(p -> p.span().contains(offset));
    }

    private void readNounPhrase(Article article, Sentence sentence, int headStart, int headEnd,
            List<PersonMention> people, List<Draft> drafts, List<Reference> references) {
        String text = article.text();
        Span span = sentence.span();
        NounPhrase phrase = NounPhrase.before(text, span.start(), headStart, headEnd);
        String after = text.substring(headEnd, span.end());
        Matcher acronymMatch = ACRONYM.matcher(after);
        String acronym = acronymMatch.find() ? acronymMatch.group(1) : null;
        Clauses clauses = article.clauses(sentence);
        Optional<Integer> headToken = clauses.tokenAt(headStart).map(Token::index);
        boolean ofBody = false;
        if (headToken.isPresent()) {
            Structured structured = structured(clauses, headToken.get(), phrase, acronym);
            phrase = structured.phrase();
            acronym = structured.acronym();
            ofBody = structured.ofBody();
        }
        if (!references.isEmpty() && phrase.edition() == null
                && SINCE.matcher(text.substring(span.start(), phrase.span().start())).find()) {
            previousOne(article, sentence, phrase, headStart, drafts, references);
            return;
        }
        if (phrase.head().startsWith("session") && !ofBody) {
            return; // a session is a meeting only as "the Nth session of" a named body
        }
        List<PersonMention> linked = MeetingPeople.linkedPeople(after, headEnd, people);
        List<PartyMention> phraseParties = article.partiesIn(phrase.span()).stream()
                .filter(p -> !p.isMetonym()).toList();

        phrase = phrase.withProper(MeetingNames.properName(text, phrase, phraseParties));
        if (CAME_FROM.matcher(text.substring(span.start(), phrase.span().start())).find()) {
            return;
        }
        if (!references.isEmpty() && phraseParties.isEmpty() && acronym == null
                && MeetingHeads.appositive(text.substring(span.start(), phrase.span().start()))) {
            Draft named = references.get(references.size() - 1).draft();
            references.add(new Reference(named, headStart, null));
            return;
        }
        if (!drafts.isEmpty() && references.isEmpty() && acronym == null
                && IT_WAS.matcher(text.substring(span.start(), phrase.span().start())).matches()
                && Draft.latest(drafts).parties.containsAll(phraseParties.stream().map(PartyMention::partyCode).toList())) {
            // the meeting just told, counted among others, not a meeting of its own
            Draft told = Draft.latest(drafts);
            told.refer(sentence.index());
            references.add(new Reference(told, headStart, null));
            return;
        }
        if (Integer.valueOf(1).equals(phrase.edition()) && !phrase.proper() && phraseParties.isEmpty()
                && (FIRST_SINCE.matcher(after).find() || COMMA_THE.matcher(text.substring(span.start(), phrase.span().start())).find())
                && !references.isEmpty()) {
            // "held the 56th SCM on Wednesday, the first defense talks since ...": said of the meeting just named
            Draft named = references.get(references.size() - 1).draft();
            named.refer(sentence.index());
            references.add(new Reference(named, headStart, null));
            return;
        }
        boolean firstSinceAGap = FirstOccasion.afterAGap(phrase, text, after);
        if (firstSinceAGap) {
            phrase = phrase.withoutEdition();
        }
        NounPhrase numbered = phrase;
        Optional<Draft> such = BackReferences.suchMeeting(phrase, drafts)
                .or(() -> Editions.ofTheGroup(numbered, after, drafts));
        if (such.isPresent()) {
            // "the 10th such meeting", "the fourth meeting of the group": the meeting just named, numbered
            if (such.get().edition == null && phrase.edition() != null && phrase.edition() > 1) {
                such.get().edition = phrase.edition();
            }
            such.get().refer(sentence.index());
            references.add(new Reference(such.get(), headStart, null));
            return;
        }
        Optional<Span> betweenPhrase = headToken.flatMap(clauses::between);
        if (phraseParties.isEmpty() && betweenPhrase.isPresent()) {
            // "talks between the defence chiefs of A and B": the parties named in the between-phrase
            phraseParties = article.partiesIn(betweenPhrase.get()).stream().filter(p -> !p.isMetonym()).toList();
        }
        Optional<Span> ofWhom = headToken.flatMap(clauses::ofWhom);
        if (phraseParties.isEmpty() && ofWhom.isPresent() && !ofBody) {
            // "a meeting of the foreign ministers of A, B and C": the sides named in the of-phrase
            List<PartyMention> named = article.partiesIn(ofWhom.get()).stream().filter(p -> !p.isMetonym()).toList();
            if (named.stream().map(PartyMention::partyCode).distinct().count() >= 2) {
                phraseParties = named;
            }
        }
        String kind = headToken.flatMap(clauses::kindOfPeople).orElse(null);
        boolean described = phrase.proper() || phrase.edition() != null || !phraseParties.isEmpty() || acronym != null
                || !phrase.bare() && !"the".equals(phrase.determiner()) && !headToken.map(clauses::denied).orElse(true)
                        && headToken.flatMap(clauses::subjectOf).map(subject -> sidesIn(article, subject) >= 2)
                        .orElse(false);
        if (!described && linked.isEmpty()) {
            backReferences.resolve(article, sentence, phrase, drafts, references, headStart);
            markFirstSinceAGap(references, headStart, firstSinceAGap);
            return;
        }
        if (!described && phrase.bare() && !MeetingNames.INFORMAL_HEADS.contains(phrase.head()) && !references.isEmpty()) {
            Draft current = references.get(references.size() - 1).draft();
            linked.forEach(p -> current.people.add(p.key())); // "this summit ..., X is coordinating consultations with Y"
            return;
        }
        if (!described && MeetingNames.INFORMAL_HEADS.contains(phrase.head())) {
            boolean between = linked.size() == 2 && after.matches("(?s)^" + ClauseText.IN_SENTENCE + "{0,40}?\\bbetween\\s.*");
            PersonMention subject = between ? linked.get(0) : MeetingPeople.subject(people, headStart, linked);
            for (PersonMention other : between ? linked.subList(1, 2) : linked) {
                encounters.encounter(article, sentence, phrase.text(text), subject, other, headStart, null, drafts,
                        references);
            }
            return;
        }
        if (phrase.proper() && phrase.edition() == null && phraseParties.isEmpty() && linked.isEmpty()) {
            Optional<Draft> earlier = BackReferences.byWords(drafts, phrase);
            if (earlier.isPresent()) {
                earlier.get().refer(sentence.index());
                references.add(new Reference(earlier.get(), headStart, null));
                return;
            }
        }
        Draft draft = descriptions.findOrAdd(article, sentence, phrase, acronym, phraseParties, linked, people, drafts);
        if (draft.kind == null) {
            draft.kind = kind;
        }
        references.add(new Reference(draft, headStart, null));
        markFirstSinceAGap(references, headStart, firstSinceAGap);
    }

    /** The meeting this head was read as, told as "the first X since ...", may take its number later. */
    private static void markFirstSinceAGap(List<Reference> references, int headStart, boolean firstSinceAGap) {
        if (firstSinceAGap) {
            references.stream().filter(r -> r.anchor() == headStart).forEach(r -> r.draft().firstSinceAGap = true);
        }
    }

    /** "A and B held security talks": how many sides the subject of the meeting's clause names. */
    private static long sidesIn(Article article, Span subject) {
        return article.partiesIn(subject).stream().filter(p -> !p.isMetonym()).map(PartyMention::partyCode)
                .distinct().count();
    }

    /** The phrase as its parse reads it, and its acronym. */
    private record Structured(NounPhrase phrase, String acronym, boolean ofBody) {
    }

    /**
     * Where the parse sees more than the words before the head: "the 18th session of the X Working
     * Group" names the group's 18th meeting; "a bilateral X Group (XG) meeting" keeps its words across
     * the parenthesis.
     */
    private static Structured structured(Clauses clauses, int head, NounPhrase phrase, String acronym) {
        Structured read = parsed(clauses, head, phrase, acronym);
        return read.acronym() == null ? read : spelledOut(clauses, head, read);
    }

    /**
     * "a bilateral Extended Deterrence Strategy and Consultation Group (EDSCG) meeting": the parse
     * may cut the name at "and"; the acronym says where its words begin.
     */
    private static Structured spelledOut(Clauses clauses, int head, Structured read) {
        Span span = read.phrase().span();
        Optional<Integer> first = clauses.expansionOf(read.acronym())
                .filter(t -> clauses.token(t).span().start() < span.start());
        if (first.isEmpty()) {
            return read;
        }
        Span widened = new Span(clauses.token(first.get()).span().start(), span.end());
        NounPhrase phrase = read.ofBody()
                ? clauses.bodyPhrase(widened, head, read.acronym(), read.phrase().head())
                : clauses.phrase(widened, head, read.acronym());
        if (read.phrase().edition() != null) {
            phrase = phrase.withEdition(read.phrase().edition());
        }
        return new Structured(phrase.withProper(true), read.acronym(), read.ofBody());
    }

    private static Structured parsed(Clauses clauses, int head, NounPhrase phrase, String acronym) {
        Optional<Integer> body = clauses.namedBodyOf(head);
        if (phrase.edition() != null && body.isPresent()) {
            String own = clauses.acronymAfter(body.get()).orElse(acronym);
            NounPhrase named = clauses.bodyPhrase(clauses.modifiedSpan(body.get()), body.get(), own, phrase.head());
            return new Structured(named.withEdition(phrase.edition()).withProper(true), own, true);
        }
        Optional<Integer> round = clauses.roundOf(head);
        if (phrase.edition() == null && round.isPresent()) {
            return new Structured(phrase.withEdition(round.get()), acronym, false);
        }
        if (phrase.bare()) {
            // the words before the head stopped at a parenthesis: the parse reads the name across it
            Span modified = clauses.modifiedSpan(head);
            Optional<String> inner = clauses.acronymIn(modified);
            if (modified.start() < phrase.span().start() && inner.isPresent()) {
                return new Structured(clauses.phrase(modified, head, inner.get()),
                        acronym != null ? acronym : inner.get(), false);
            }
        }
        return new Structured(phrase, acronym, false);
    }
}
