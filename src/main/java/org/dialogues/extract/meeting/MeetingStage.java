package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Layers;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.extract.time.OrderCue;
import org.dialogues.extract.time.ReferenceDate;
import org.dialogues.extract.time.Tense;

/**
 * Finds meetings and what is said about them, sentence by sentence:
 * <ul>
 *   <li>named and described meetings, read from a head noun (dialogue, summit, symposium, forum,
 *       consultations, talks, meeting, conference, 2+2) leftwards: ordinal edition, parties
 *       ("Korea-U.S."), name words; an acronym in parentheses after it; "with X" / "between X and
 *       Y" naming the people;</li>
 *   <li>encounters told by a verb: "X met (with) A on March 5 and B on March 6", "proceeded to meet
 *       B", "a courtesy visit with C": one bilateral meeting per person met;</li>
 *   <li>references back: "the dialogue", "the meeting", "The Symposium", "the Space Forum" refer to
 *       the most recent meeting they fit, so a meeting mentioned many times is one meeting;</li>
 *   <li>for each, the dates, venue and status cues nearest to it in its sentences.</li>
 * </ul>
 * Meetings with fewer than two parties that carry no name (a "Cabinet meeting") are dropped.
 */
public final class MeetingStage implements Stage {

    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9+\\-]{1,11})\\)");
    /** "came to Seoul straight from the X summit": a meeting travelled from is where people were, not a report of it. */
    private static final Pattern CAME_FROM = Pattern.compile(
            "\\b(?:came|come|comes|coming|arrived|arriving|returned|returning|flew|flying|headed|heading)\\b"
            + "[^,.;]{0,40}\\bfrom\\s+(?:the\\s+)?$");
    /** "the first talks since ...": a first-after-an-event, not the first edition. */
    private static final Pattern FIRST_SINCE = Pattern.compile("^[^.;]{0,80}?\\bsince\\b");
    /** ", the first defense talks ...": an appositive after a comma describes the meeting just named. */
    private static final Pattern COMMA_THE = Pattern.compile(",\\s*the\\s+$");

    private final SeriesCatalog catalog;
    private final Places places;
    private final DateFinder dates;
    private final EditionDating editions;
    private final MeetingDates meetingDates;
    private final MeetingVenues venues;
    private final Sides partySides;
    private final Mentions mentions;
    private final MeetingNames names;
    private final Encounters encounters;
    private final AcronymMentions acronyms;
    private final DescribedMeetings descriptions;
    private final BackReferences backReferences;

    public MeetingStage(ReferenceData reference, DateFinder dates) {
        AliasMatcher aliases = new AliasMatcher(reference);
        this.catalog = new SeriesCatalog(reference, aliases);
        this.places = new Places(reference);
        this.dates = dates;
        this.editions = new EditionDating(reference);
        this.meetingDates = new MeetingDates(dates);
        this.venues = new MeetingVenues(places);
        this.partySides = new Sides(places);
        this.mentions = new Mentions(catalog, editions);
        this.names = new MeetingNames(aliases, catalog);
        this.encounters = new Encounters(catalog, partySides);
        this.acronyms = new AcronymMentions(catalog);
        this.descriptions = new DescribedMeetings(catalog, names, partySides);
        this.backReferences = new BackReferences(descriptions, places, dates);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        Publication publication = document.get(Layers.PUBLICATION);
        ReferenceDate reference = ReferenceDate.of(publication.date(), publication.precision());
        Article article = new Article(document.get(Layers.TEXT), publication.date(),
                dates.referenceOf(document.get(Layers.TEXT), reference),
                document.get(Layers.SENTENCES), document.get(Layers.PARTY_MENTIONS), document.get(Layers.PERSON_MENTIONS));
        List<Draft> drafts = readSentences(article);
        Optional<Integer> year = article.reference().knowsYear() ? Optional.empty() : articleYear(article, drafts);
        if (year.isPresent()) {
            // an undated article that holds a yearly edition "this year" is read again knowing its year
            article = article.inYear(year.get(), dates);
            drafts = readSentences(article);
        }
        MeetingDates.fromEncounterBefore(drafts);
        MeetingDates.byOrder(drafts);
        venues.inCountryVisited(article, drafts);
        venues.atDateline(article, drafts);
        return document.with(Layers.MEETINGS, mentions.finish(article, drafts));
    }

    private List<Draft> readSentences(Article article) {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            readSentence(article, sentence, drafts);
        }
        return drafts;
    }

    /** The year an undated article was written in, from a yearly edition it says is held "this year". */
    private Optional<Integer> articleYear(Article article, List<Draft> drafts) {
        Set<Integer> years = new LinkedHashSet<>();
        for (Draft draft : drafts) {
            for (int index : draft.sentences) {
                String sentence = article.sentences().get(index).span().of(article.text());
                editions.articleYear(draft.series, draft.edition, sentence).ifPresent(years::add);
            }
        }
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    private void readSentence(Article article, Sentence sentence, List<Draft> drafts) {
        String text = article.text();
        Span span = sentence.span();
        String sentenceText = span.of(text);
        Tense tense = StatusCues.tense(sentenceText);
        List<DateMention> found = dates.findAgainst(text, span.start(), span.end(), article.reference(), tense);
        List<PersonMention> people = article.peopleIn(span);
        List<Reference> references = new ArrayList<>();
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
        acronyms.read(article, sentence, drafts, references);
        encounters.read(article, sentence, people, found, drafts, references);
        encounters.readJointSubjects(article, sentence, people, drafts, references);
        Encounters.readAttendance(article, sentence, people, references);
        backReferences.readAnotherOne(article, sentence, found, drafts, references);
        meetingDates.attach(article, span, found, references);
        venues.attach(article, span, references);
        MeetingDates.linkByOrder(article, span, references);
        meetingDates.fromLead(article, sentence, drafts, references);
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
        if (Integer.valueOf(1).equals(phrase.edition()) && !phrase.proper() && phraseParties.isEmpty()
                && (FIRST_SINCE.matcher(after).find() || COMMA_THE.matcher(text.substring(span.start(), phrase.span().start())).find())
                && !references.isEmpty()) {
            // "held the 56th SCM on Wednesday, the first defense talks since ...": said of the meeting just named
            Draft named = references.get(references.size() - 1).draft();
            named.refer(sentence.index());
            references.add(new Reference(named, headStart, null));
            return;
        }
        if (FirstOccasion.afterAGap(phrase, text, after)) {
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
        boolean described = phrase.proper() || phrase.edition() != null || !phraseParties.isEmpty() || acronym != null;
        if (!described && linked.isEmpty()) {
            backReferences.resolve(article, sentence, phrase, drafts, references, headStart);
            return;
        }
        if (!described && phrase.bare() && !MeetingNames.INFORMAL_HEADS.contains(phrase.head()) && !references.isEmpty()) {
            Draft current = references.get(references.size() - 1).draft();
            linked.forEach(p -> current.people.add(p.key())); // "this summit ..., X is coordinating consultations with Y"
            return;
        }
        if (!described && MeetingNames.INFORMAL_HEADS.contains(phrase.head())) {
            boolean between = linked.size() == 2 && after.matches("(?s)^[^.;]{0,40}?\\bbetween\\s.*");
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
        references.add(new Reference(draft, headStart, null));
    }


    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.PUBLICATION, Layers.SENTENCES, Layers.PARTY_MENTIONS, Layers.PERSON_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MEETINGS);
    }
}
