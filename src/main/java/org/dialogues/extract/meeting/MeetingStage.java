package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.Layers;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.DateMention;
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
 *
 * <p>Each meeting noun is also read through the dependency parse of its sentence ({@link Clauses}):
 * "the Nth meeting/session of the X Group (XG)" is edition N of the X Group, a name cut by a
 * parenthesized acronym is read whole, "the Nth round of talks" numbers the talks, "talks between
 * the chiefs of A and B" are A's and B's; {@link ClauseReading} then gives each meeting the date
 * attached to its clause and the status its clause tells (will hold, is scheduled to, postponed).
 * Meetings the text does not name are named by their sides and who met ({@link DescriptiveNames}).
 * A held meeting told near the top that no sentence of its own dates takes the day of the story's
 * lead ({@link MeetingDates#fromStoryLead}); "A hosted B and C" of three sides is one meeting of the
 * three, and "they had met in X in May and in Y in June" one earlier meeting per occasion.
 *
 * <p>This class only orders the steps: per sentence {@link NounPhraseMentions}, {@link AcronymMentions},
 * {@link Encounters}, {@link BackReferences}, then {@link MeetingDates} and {@link MeetingVenues}; per
 * article the dates and venues that need every sentence read, then {@link Mentions}.
 */
public final class MeetingStage implements Stage {

    private final DateFinder dates;
    private final EditionDating editions;
    private final NounPhraseMentions nounPhrases;
    private final AcronymMentions acronyms;
    private final Encounters encounters;
    private final PhoneCalls phoneCalls;
    private final BackReferences backReferences;
    private final MeetingDates meetingDates;
    private final MeetingVenues venues;
    private final Mentions mentions;

    public MeetingStage(ReferenceData reference, DateFinder dates) {
        AliasMatcher aliases = new AliasMatcher(reference);
        SeriesCatalog catalog = new SeriesCatalog(reference, aliases);
        Places places = new Places(reference);
        Sides sides = new Sides(places);
        DescribedMeetings descriptions = new DescribedMeetings(catalog, new MeetingNames(aliases, catalog), sides);
        this.dates = dates;
        this.editions = new EditionDating(reference);
        this.encounters = new Encounters(catalog, sides);
        this.phoneCalls = new PhoneCalls(encounters);
        this.backReferences = new BackReferences(descriptions, places, dates);
        this.nounPhrases = new NounPhraseMentions(descriptions, backReferences, encounters);
        this.acronyms = new AcronymMentions(catalog);
        this.meetingDates = new MeetingDates(dates);
        this.venues = new MeetingVenues(places);
        this.mentions = new Mentions(catalog, editions);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        Publication publication = document.get(Layers.PUBLICATION);
        ReferenceDate reference = ReferenceDate.of(publication.date(), publication.precision());
        Article article = new Article(document.get(Layers.TEXT), publication.date(),
                dates.referenceOf(document.get(Layers.TEXT), reference),
                document.get(Layers.SENTENCES), document.get(Layers.PARTY_MENTIONS), document.get(Layers.PERSON_MENTIONS),
                document.get(Layers.LINGUISTICS));
        List<Draft> drafts = readSentences(article);
        Optional<Integer> year = article.reference().knowsYear() ? Optional.empty() : articleYear(article, drafts);
        if (year.isPresent()) {
            // an undated article that holds a yearly edition "this year" is read again knowing its year
            article = article.inYear(year.get(), dates);
            drafts = readSentences(article);
        }
        MeetingDates.fromEncounterBefore(drafts);
        MeetingDates.byOrder(drafts);
        meetingDates.fromStoryLead(article, drafts);
        PreviousOccasions.place(drafts);
        MeetingVenues.inCountryVisited(article, drafts);
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
        Tense tense = article.clauses(sentence).tense().orElseGet(() -> StatusCues.tense(sentenceText));
        List<DateMention> found = dates.findAgainst(text, span.start(), span.end(), article.reference(), tense);
        List<PersonMention> people = article.peopleIn(span);
        List<Reference> references = new ArrayList<>();
        nounPhrases.read(article, sentence, people, drafts, references);
        acronyms.read(article, sentence, drafts, references);
        encounters.read(article, sentence, people, found, drafts, references);
        phoneCalls.read(article, sentence, people, found, drafts, references);
        encounters.readJointSubjects(article, sentence, people, drafts, references);
        Encounters.readAttendance(article, sentence, people, references);
        backReferences.readAnotherOne(article, sentence, found, drafts, references);
        meetingDates.attach(article, span, found, references);
        PreviousOccasions.read(article, sentence, found, references);
        ClauseReading.read(article, sentence, found, references);
        venues.attach(article, span, references);
        MeetingDates.linkByOrder(article, span, references);
        meetingDates.fromLead(article, sentence, drafts, references);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.PUBLICATION, Layers.SENTENCES, Layers.LINGUISTICS, Layers.PARTY_MENTIONS,
                Layers.PERSON_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MEETINGS);
    }
}
