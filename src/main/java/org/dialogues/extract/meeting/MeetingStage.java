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
    private static final Set<String> GENERIC_HEADS = Set.of("meeting", "meetings", "talks", "conference", "dialogue",
            "summit", "consultation", "consultations");
    private static final Pattern HOLDING = Pattern.compile(
            "\\b(?:held|hold|holds|holding|convened|had|have|has)\\s+(?:their|its|his|her|an?\\s+)?\\s*$");
    /** "came to Seoul straight from the X summit": a meeting travelled from is where people were, not a report of it. */
    private static final Pattern CAME_FROM = Pattern.compile(
            "\\b(?:came|come|comes|coming|arrived|arriving|returned|returning|flew|flying|headed|heading)\\b"
            + "[^,.;]{0,40}\\bfrom\\s+(?:the\\s+)?$");
    /** "launched at a meeting", "agreed during talks": a meeting introduced as the occasion of an act. */
    private static final Pattern OCCASION = Pattern.compile("\\b(?:at|during|after)\\s+(?:an?\\s+)?$");
    /** "hosted X for a summit", "had joined X for a trilateral meeting": the subject took part in it. */
    private static final Pattern HOSTED_FOR = Pattern.compile(
            "\\b(?:host(?:s|ed|ing)?|join(?:s|ed|ing)?|welcom(?:es|ed|ing)|receiv(?:es|ed|ing))\\b[^;]{0,160}?\\bfor\\s+(?:an?\\s+)?$");
    /** "was launched at a meeting": the first meeting of what was just named. */
    private static final Pattern LAUNCHED_AT = Pattern.compile(
            "\\b(?:was|were|had\\s+been|has\\s+been)\\s+(?:launched|inaugurated|established|created|set\\s+up)"
            + "\\s+(?:at|during)\\s+(?:an?\\s+)?$");
    /** "the first talks since ...": a first-after-an-event, not the first edition. */
    private static final Pattern FIRST_SINCE = Pattern.compile("^[^.;]{0,80}?\\bsince\\b");
    /** ", the first defense talks ...": an appositive after a comma describes the meeting just named. */
    private static final Pattern COMMA_THE = Pattern.compile(",\\s*the\\s+$");
    /** "to attend one in Madrid": another meeting of the kind just named, at its own venue and date. */
    private static final Pattern ANOTHER_ONE = Pattern.compile(
            "\\b(?:attend(?:ed|ing)?|h[eo]ld(?:ing)?|host(?:ed|ing)?)\\s+one\\s+(?=in\\b|at\\b)");
    private static final Set<String> OTHER_OCCASION = Set.of("previous", "prior", "earlier", "past", "last", "next");

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
        readAnotherOne(article, sentence, found, drafts, references);
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
        Optional<Draft> such = suchMeeting(phrase, drafts)
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
            resolveBack(article, sentence, phrase, drafts, references, headStart);
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
            Optional<Draft> earlier = byWords(drafts, phrase);
            if (earlier.isPresent()) {
                earlier.get().refer(sentence.index());
                references.add(new Reference(earlier.get(), headStart, null));
                return;
            }
        }
        Draft draft = descriptions.findOrAdd(article, sentence, phrase, acronym, phraseParties, linked, people, drafts);
        references.add(new Reference(draft, headStart, null));
    }

    /** A meeting of the same sides already told, when this sentence gives the occasion no date or venue of its own. */
    private Optional<Draft> toldBefore(Article article, Sentence sentence, Draft occasion, List<Draft> drafts) {
        Span span = sentence.span();
        boolean ownFacts = places.find(article.text(), span.start(), span.end()).isPresent()
                || !dates.find(article.text(), span.start(), span.end(), article.published(), Tense.PAST).isEmpty();
        return ownFacts ? Optional.empty() : drafts.stream()
                .filter(d -> d != occasion && d.parties.equals(occasion.parties) && d.date != null)
                .reduce((a, b) -> b);
    }

    private static Draft firstEdition(Draft of, Sentence sentence) {
        Draft first = new Draft();
        first.name = "first " + (of.acronym != null ? of.acronym + " " : "") + of.head;
        first.head = of.head;
        first.contentWords = of.contentWords;
        first.seriesKey = of.seriesKey;
        first.series = of.series;
        first.acronym = of.acronym;
        first.edition = 1;
        first.proper = of.proper;
        first.informal = of.informal;
        first.level = of.level;
        first.parties.addAll(of.parties);
        first.firstSentence = sentence.index();
        first.refer(sentence.index());
        return first;
    }

    /** "such a meeting", "the 10th such meeting": the latest meeting of that edition (or the latest one). */
    private static Optional<Draft> suchMeeting(NounPhrase phrase, List<Draft> drafts) {
        boolean such = phrase.words().stream().anyMatch(w -> w.equalsIgnoreCase("such"));
        if (!such || drafts.isEmpty()) {
            return Optional.empty();
        }
        return drafts.stream().filter(d -> phrase.edition() != null && phrase.edition().equals(d.edition))
                .reduce((a, b) -> b).or(() -> Optional.of(Draft.latest(drafts)));
    }

    /** "the dialogue", "this summit", "The meeting": the latest meeting it fits, or a new one when none does. */
    private void resolveBack(Article article, Sentence sentence, NounPhrase phrase, List<Draft> drafts,
            List<Reference> references, int anchor) {
        String before = article.text(sentence.span().start(), phrase.span().start());
        boolean indefinite = phrase.determiner() == null || Set.of("a", "an").contains(phrase.determiner());
        if (indefinite && LAUNCHED_AT.matcher(before).find() && !drafts.isEmpty()) {
            // "The NCG was launched at a meeting in Seoul": that meeting was the first of the group just named
            Draft launched = references.isEmpty() ? Draft.latest(drafts) : references.get(references.size() - 1).draft();
            Draft first = firstEdition(launched, sentence);
            drafts.add(first);
            references.add(new Reference(first, anchor, null));
            return;
        }
        boolean held = HOLDING.matcher(before).find() || HOSTED_FOR.matcher(before).find();
        if (indefinite && (held || OCCASION.matcher(before).find())) {
            // "X and Y held a summit", "held talks", "signed it at a meeting": a new meeting of the subject's sides
            if (held && NonEvents.negated(before.replaceFirst("\\S+\\s+(?:their|its|his|her|an?\\s+)?\\s*$", ""))) {
                return; // "did not hold formal bilateral talks"
            }
            int known = drafts.size();
            Draft draft = descriptions.findOrAdd(article, sentence, phrase, null, List.of(), List.of(),
                    article.peopleIn(sentence.span()), drafts);
            boolean occasion = drafts.size() > known && !held;
            if (occasion && draft.parties.size() < 2) {
                drafts.remove(draft); // "announced it at a meeting": one side's own meeting, not a dialogue
                return;
            }
            Optional<Draft> told = occasion ? toldBefore(article, sentence, draft, drafts) : Optional.empty();
            if (told.isPresent()) {
                // "the three leaders met at a stand-alone summit": said again of the meeting already told
                drafts.remove(draft);
                told.get().refer(sentence.index());
                references.add(new Reference(told.get(), anchor, null));
                return;
            }
            article.peopleIn(new Span(sentence.span().start(), phrase.span().start()))
                    .forEach(p -> draft.people.add(p.key()));
            references.add(new Reference(draft, anchor, null));
            return;
        }
        if (phrase.determiner() == null || Set.of("a", "an", "another").contains(phrase.determiner())) {
            return;
        }
        if (anotherOccasion(phrase) && !drafts.isEmpty()) {
            // "their previous trilateral meetings", "the next summit": the same sides, another meeting
            Set<String> sides = Set.copyOf(Draft.latest(drafts).parties);
            if (phrase.head().endsWith("s") && onePerVenue(article, sentence, phrase, sides, drafts, references)) {
                return;
            }
            Draft draft = descriptions.findOrAdd(article, sentence, phrase, null, List.of(), List.of(), List.of(), drafts);
            if (draft.parties.size() < 2) {
                draft.parties.addAll(sides);
            }
            references.add(new Reference(draft, anchor, null));
            return;
        }
        Optional<Draft> earlier = byWords(drafts, phrase);
        if (earlier.isEmpty() && GENERIC_HEADS.contains(phrase.head()) && !drafts.isEmpty()) {
            earlier = Optional.of(Draft.latest(drafts));
        }
        if (earlier.isPresent()) {
            earlier.get().refer(sentence.index());
            references.add(new Reference(earlier.get(), anchor, null));
            return;
        }
        if (phrase.determiner().equals("possessive")) {
            return;
        }
        Draft draft = descriptions.findOrAdd(article, sentence, phrase, null, List.of(), List.of(),
                article.peopleIn(sentence.span()), drafts);
        if (draft.parties.size() < 2 && sentence.index() > 0) {
            // "... South Korea, the United States and Japan ... . The summit that ...": the parties were just named
            draft.parties.addAll(Sides.subjectParties(article, article.previousSentence(sentence), Integer.MAX_VALUE));
        }
        references.add(new Reference(draft, anchor, null));
    }

    /**
     * "Their previous meetings took place in A in 2022 and in B in 2023": past meetings told together
     * are one meeting per venue, each dated by the date written after its venue.
     */
    private boolean onePerVenue(Article article, Sentence sentence, NounPhrase phrase, Set<String> sides,
            List<Draft> drafts, List<Reference> references) {
        String text = article.text();
        List<Places.Place> venues = new ArrayList<>();
        int from = phrase.span().end();
        Optional<Places.Place> next;
        while ((next = places.find(text, from, sentence.span().end())).isPresent()) {
            venues.add(next.get());
            from = next.get().start() + next.get().city().length();
        }
        if (venues.size() < 2 || sides.size() < 2) {
            return false;
        }
        for (int i = 0; i < venues.size(); i++) {
            Places.Place venue = venues.get(i);
            int end = i + 1 < venues.size() ? venues.get(i + 1).start() : sentence.span().end();
            DateMention own = dates.findAgainst(text, venue.start(), end, article.reference(), Tense.PAST).stream()
                    .findFirst().orElse(null);
            Draft draft = new Draft();
            draft.name = phrase.text(text) + " in " + venue.city();
            draft.head = phrase.head();
            draft.contentWords = phrase.contentWords();
            draft.informal = true;
            draft.parties.addAll(sides);
            draft.city = venue.city();
            draft.country = venue.countryCode();
            draft.date = own;
            draft.firstSentence = sentence.index();
            draft.refer(sentence.index());
            drafts.add(draft);
            references.add(new Reference(draft, venue.start(), own));
        }
        return true;
    }

    private static boolean anotherOccasion(NounPhrase phrase) {
        return Set.of("next", "last").contains(phrase.determiner())
                || phrase.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).anyMatch(OTHER_OCCASION::contains);
    }

    /** The most recent meeting whose name contains every word of the phrase (same head). */
    private static Optional<Draft> byWords(List<Draft> drafts, NounPhrase phrase) {
        List<String> words = phrase.contentWords();
        return drafts.stream()
                .filter(d -> d.head != null && sameHead(d.head, phrase.head()))
                .filter(d -> d.contentWords.containsAll(words))
                .max(Comparator.comparingInt(d -> d.sentences.get(d.sentences.size() - 1)));
    }

    private static boolean sameHead(String a, String b) {
        return stem(a).equals(stem(b));
    }

    private static String stem(String head) {
        return head.replaceAll("(s|ia|ums)$", "");
    }

    /** "attending a NATO summit, after attending one in Madrid in June last year": two meetings of one kind. */
    private void readAnotherOne(Article article, Sentence sentence, List<DateMention> found, List<Draft> drafts,
            List<Reference> references) {
        Matcher one = ANOTHER_ONE.matcher(article.text()).region(sentence.span().start(), sentence.span().end());
        if (!one.find()) {
            return;
        }
        int at = one.end();
        Optional<Reference> kind = references.stream().filter(r -> r.anchor() < one.start()).reduce((a, b) -> b);
        Optional<Places.Place> venue = places.find(article.text(), at, Math.min(sentence.span().end(), at + 40));
        if (kind.isEmpty() || venue.isEmpty()) {
            return;
        }
        Draft like = kind.get().draft();
        DateMention own = found.stream().filter(d -> d.start() >= at).findFirst().orElse(null);
        Draft draft = new Draft();
        draft.name = like.name + " in " + venue.get().city();
        draft.head = like.head;
        draft.contentWords = like.contentWords;
        draft.series = like.series;
        draft.seriesKey = null;
        draft.proper = like.proper;
        draft.informal = like.informal;
        draft.level = like.level;
        draft.parties.addAll(like.parties);
        draft.city = venue.get().city();
        draft.country = venue.get().countryCode();
        draft.date = own;
        draft.firstSentence = sentence.index();
        draft.refer(sentence.index());
        drafts.add(draft);
        references.add(new Reference(draft, at, own));
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
