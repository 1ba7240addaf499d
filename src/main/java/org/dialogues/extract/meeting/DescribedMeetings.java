package org.dialogues.extract.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.text.Sentence;

/** Meetings described by a noun phrase: their sides, series and name, merged with one already read when it is the same. */
final class DescribedMeetings {

    /** "on the sidelines of the X": X is the occasion, its sides are not the subject's. */
    private static final Pattern SIDELINES = Pattern.compile(
            "\\b(?:sidelines?|margins?)\\s+of\\s+(?:the|this|an?)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*(?:He|She)\\b");

    private final SeriesCatalog catalog;
    private final MeetingNames names;
    private final Sides sides;

    DescribedMeetings(SeriesCatalog catalog, MeetingNames names, Sides sides) {
        this.catalog = catalog;
        this.names = names;
        this.sides = sides;
    }

    /** The sides named by the nationality of the "counterparts" met: "with their Japanese counterparts" is Japan. */
    private static Set<String> counterparts(Article article, Sentence sentence, NounPhrase phrase) {
        Clauses clauses = article.clauses(sentence);
        Set<String> sides = new LinkedHashSet<>();
        clauses.tokenAt(phrase.span().end() - 1).flatMap(head -> clauses.counterpartsOf(head.index()))
                .ifPresent(words -> article.partiesIn(words).forEach(p -> sides.add(p.partyCode())));
        return sides;
    }

    /** A meeting described by its name: find it among those already read (same series key and edition) or add it. */
    Draft findOrAdd(Article article, Sentence sentence, NounPhrase phrase, String acronym,
            List<PartyMention> phraseParties, List<PersonMention> linked, List<PersonMention> people,
            List<Draft> drafts) {
        String text = article.text();
        Set<String> parties = new LinkedHashSet<>();
        phraseParties.forEach(p -> parties.add(p.partyCode()));
        PersonMention subject = linked.isEmpty() ? null : MeetingPeople.subject(people, phrase.span().start(), linked);
        if (subject == null && !linked.isEmpty() && PRONOUN_SUBJECT.matcher(sentence.span().of(text)).lookingAt()) {
            subject = MeetingPeople.lastNamedBefore(article, sentence.span().start(), linked).orElse(null);
        }
        if (subject != null && subject.countryCode() != null) {
            parties.add(subject.countryCode());
        }
        linked.stream().map(PersonMention::countryCode).filter(Objects::nonNull).forEach(parties::add);
        Optional<ReferenceData.Series> known = catalog.find(catalog.key(phrase.text(text), Set.of()))
                .or(() -> catalog.findByAcronym(acronym));
        known.ifPresent(s -> parties.addAll(s.parties()));
        boolean occasion = SIDELINES.matcher(text.substring(sentence.span().start(), phrase.span().start())).find();
        if (parties.size() < 2 && !occasion) {
            parties.addAll(Sides.subjectParties(article, sentence.span(), phrase.span().start()));
            article.peopleIn(new Span(sentence.span().start(), phrase.span().start())).stream()
                    .map(PersonMention::countryCode).filter(Objects::nonNull).forEach(parties::add);
            if (parties.size() == 1) {
                parties.addAll(Sides.homeSides(article.peopleIn(new Span(sentence.span().start(), phrase.span().start()))));
            }
        }
        Set<String> counterparts = counterparts(article, sentence, phrase);
        if (!counterparts.isEmpty() && !occasion) {
            if (parties.isEmpty() && sentence.index() > 0
                    && Sides.collective(text.substring(sentence.span().start(), phrase.span().start()))) {
                // "They held a 2+2 with their Japanese counterparts": they are the sides of the sentence before
                parties.addAll(Sides.subjectParties(article, article.previousSentence(sentence), Integer.MAX_VALUE));
            }
            parties.addAll(counterparts);
        }
        if (parties.size() == 1 && !occasion && !linked.isEmpty()) {
            sides.host(article, sentence, parties.iterator().next()).ifPresent(parties::add);
        }
        boolean theirs = phrase.edition() != null && ("its".equals(phrase.determiner()) || "their".equals(phrase.determiner()));
        Draft channel = null;
        if (parties.size() < 2 && !occasion && !drafts.isEmpty() && theirs) {
            channel = Draft.latest(drafts);
            parties.addAll(channel.parties); // "its second meeting took place in ...": the sides just named
        }
        boolean fromLead = parties.isEmpty() && !occasion && LeadSentence.mayLend(sentence.index(), drafts);
        if (fromLead) {
            // "X and Y agreed on Monday to ... . The agreement came at the Z meeting": the sides of the lead
            parties.addAll(Sides.subjectParties(article, article.previousSentence(sentence), Integer.MAX_VALUE));
        }
        if (parties.isEmpty() && !occasion && !drafts.isEmpty() && Sides.collective(
                text.substring(sentence.span().start(), phrase.span().start()))) {
            parties.addAll(Draft.latest(drafts).parties); // "They also discussed holding a ... Conference"
        }
        Optional<Draft> numbered = parties.size() < 2 && !occasion ? BackReferences.numberedAtLast(phrase, drafts)
                : Optional.empty();
        if (numbered.isPresent()) {
            // "the first trilateral summit since 2019 ... the ninth trilateral summit": its number
            Draft first = numbered.get();
            first.edition = phrase.edition();
            if (first.series == null) {
                SeriesCatalog.SeriesKey its = catalog.key(phrase.text(text), first.parties);
                first.series = names.seriesName(phrase, its, known.or(() -> catalog.find(its)));
            }
            first.refer(sentence.index());
            linked.forEach(p -> first.people.add(p.key()));
            return first;
        }
        Optional<Draft> sibling = parties.size() < 2 && !occasion ? BackReferences.otherEdition(phrase, drafts)
                : Optional.empty();
        sibling.ifPresent(other -> parties.addAll(other.parties));
        SeriesCatalog.SeriesKey key = catalog.key(phrase.text(text), parties);
        if (known.isEmpty()) {
            known = catalog.find(key);
        }
        Draft same = alreadyRead(drafts, text, phrase, acronym, key, known, parties, linked);
        if (same != null) {
            same.refer(sentence.index());
            linked.forEach(p -> same.people.add(p.key()));
            return same;
        }
        Draft draft = new Draft();
        draft.name = MeetingNames.nameOf(phrase, text, acronym);
        draft.head = phrase.head();
        draft.contentWords = MeetingNames.nameWords(phrase, key, known);
        draft.seriesKey = key.value();
        draft.edition = phrase.edition();
        draft.acronym = acronym != null ? acronym : known.map(ReferenceData.Series::acronym).orElse(null);
        draft.proper = phrase.proper() || known.isPresent();
        draft.informal = !draft.proper && MeetingNames.INFORMAL_HEADS.contains(phrase.head());
        draft.parties.addAll(parties);
        draft.series = sibling.isPresent() ? sibling.get().series : names.seriesName(phrase, key, known);
        if (channel != null && phrase.head().equals("round")) {
            // "its 11th round": a reader needs the channel's name, and the round is one of its meetings
            draft.name = draft.name + " of the " + (channel.series != null ? channel.series : unnumbered(channel.name));
            draft.series = channel.series;
        }
        draft.status = StatusCues.status(window(text, sentence.span(), phrase.span()));
        draft.level = MeetingNames.level(phrase, known);
        draft.occasion = occasion;
        draft.datedByLead = fromLead || drafts.isEmpty();
        draft.firstSentence = sentence.index();
        draft.refer(sentence.index());
        if (subject != null) {
            draft.people.add(subject.key());
        }
        linked.forEach(p -> draft.people.add(p.key()));
        drafts.add(draft);
        return draft;
    }

    /** The meeting read before that this one is: same series and edition, same acronym and edition, or same sides told informally. */
    private static Draft alreadyRead(List<Draft> drafts, String text, NounPhrase phrase, String acronym,
            SeriesCatalog.SeriesKey key, Optional<ReferenceData.Series> known, Set<String> parties,
            List<PersonMention> linked) {
        Draft same = earlier(phrase) ? null : sameMeeting(drafts, key.value(), phrase.edition());
        String knownAcronym = acronym != null ? acronym : known.map(ReferenceData.Series::acronym).orElse(null);
        if (same == null && knownAcronym != null && phrase.edition() != null) {
            // "At 56th SCM, ..." in the headline, then "the 56th Security Consultative Meeting (SCM)"
            same = drafts.stream().filter(d -> knownAcronym.equals(d.acronym) && phrase.edition().equals(d.edition))
                    .findFirst().orElse(null);
            if (same != null && same.name.length() < phrase.text(text).length()) {
                same.name = MeetingNames.nameOf(phrase, text, acronym);
            }
        }
        if (same == null && !phrase.proper() && phrase.edition() == null && known.isEmpty() && linked.isEmpty()) {
            same = drafts.stream().filter(d -> d.informal && d.parties.equals(parties)).reduce((a, b) -> b).orElse(null);
        }
        return same;
    }

    /** "the previous X dialogue took place in ...": an earlier meeting of the series, not the one reported. */
    private static boolean earlier(NounPhrase phrase) {
        return phrase.edition() == null && phrase.words().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> w.equals("previous") || w.equals("prior") || w.equals("earlier"));
    }

    private static Draft sameMeeting(List<Draft> drafts, String key, Integer edition) {
        for (Draft draft : drafts) {
            // "a bilateral meeting" ... "their first bilateral meeting in Busan": a numbered one is another
            boolean numberedOther = edition != null && draft.edition == null && !draft.proper;
            boolean editions = !numberedOther
                    && (edition == null || draft.edition == null || edition.equals(draft.edition));
            if (key.equals(draft.seriesKey) && editions && !key.startsWith("|")) {
                return draft;
            }
        }
        return null;
    }

    /** "first joint security consultation" without its number: the channel, not one of its meetings. */
    private static String unnumbered(String name) {
        return java.util.Arrays.stream(name.split(" ")).filter(w -> Ordinals.parse(w).isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String window(String text, Span sentence, Span phrase) {
        int from = Math.max(sentence.start(), phrase.start() - 60);
        int to = Math.min(sentence.end(), phrase.end() + 60);
        return text.substring(from, to);
    }
}
