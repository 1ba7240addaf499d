package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.Tense;

/**
 * Meetings referred to without a name of their own: "the dialogue", "such a meeting", "held a summit",
 * "their previous meetings", "one in Madrid": an earlier meeting they fit, or a new one of the sides told.
 */
final class BackReferences {

    private static final Set<String> GENERIC_HEADS = Set.of("meeting", "meetings", "talks", "conference", "dialogue",
            "summit", "consultation", "consultations");
    private static final Pattern HOLDING = Pattern.compile(
            "\\b(?:held|hold|holds|holding|convened|had|have|has)\\s+(?:their|its|his|her|an?\\s+)?\\s*$");
    /** "launched at a meeting", "agreed during talks": a meeting introduced as the occasion of an act. */
    private static final Pattern OCCASION = Pattern.compile("\\b(?:at|during|after)\\s+(?:an?\\s+)?$");
    /** "hosted X for a summit", "had joined X for a trilateral meeting": the subject took part in it. */
    private static final Pattern HOSTED_FOR = Pattern.compile(
            "\\b(?:host(?:s|ed|ing)?|join(?:s|ed|ing)?|welcom(?:es|ed|ing)|receiv(?:es|ed|ing))\\b[^;]{0,160}?\\bfor\\s+(?:an?\\s+)?$");
    /** "was launched at a meeting": the first meeting of what was just named. */
    private static final Pattern LAUNCHED_AT = Pattern.compile(
            "\\b(?:was|were|had\\s+been|has\\s+been)\\s+(?:launched|inaugurated|established|created|set\\s+up)"
            + "\\s+(?:at|during)\\s+(?:an?\\s+)?$");
    /** "to attend one in Madrid": another meeting of the kind just named, at its own venue and date. */
    private static final Pattern ANOTHER_ONE = Pattern.compile(
            "\\b(?:attend(?:ed|ing)?|h[eo]ld(?:ing)?|host(?:ed|ing)?)\\s+one\\s+(?=in\\b|at\\b)");
    static final Set<String> OTHER_OCCASION = Set.of("previous", "prior", "earlier", "past", "last", "next");

    private final DescribedMeetings descriptions;
    private final Places places;
    private final DateFinder dates;

    BackReferences(DescribedMeetings descriptions, Places places, DateFinder dates) {
        this.descriptions = descriptions;
        this.places = places;
        this.dates = dates;
    }

    /** "the dialogue", "this summit", "The meeting": the latest meeting it fits, or a new one when none does. */
    void resolve(Article article, Sentence sentence, NounPhrase phrase, List<Draft> drafts,
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
            Set<String> sides = new java.util.LinkedHashSet<>(Draft.latest(drafts).parties); // keeps their order for the name
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
        if (theirOwn(article, sentence, phrase, drafts, references, anchor)) {
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
     * "which Yoon and Biden adopted at their summit at the White House on April 26", "X and Y agreed at
     * their talks in Tokyo last month": "their" is the people of different countries named before it,
     * so the meeting is theirs, not the last one told; it is one already told of the same sides when
     * the sentence gives it no date or venue of its own.
     */
    private boolean theirOwn(Article article, Sentence sentence, NounPhrase phrase, List<Draft> drafts,
            List<Reference> references, int anchor) {
        List<PersonMention> owners = article.peopleIn(new Span(sentence.span().start(), phrase.span().start()));
        long countries = owners.stream().map(PersonMention::countryCode).filter(java.util.Objects::nonNull)
                .distinct().count();
        if (!"their".equals(phrase.determiner()) || countries < 2) {
            return false;
        }
        Optional<Draft> withThem = drafts.stream()
                .filter(d -> owners.stream().allMatch(p -> d.people.contains(p.key()))).reduce((a, b) -> b);
        int known = drafts.size();
        Draft draft = withThem.orElseGet(() -> descriptions.findOrAdd(article, sentence, phrase, null, List.of(),
                List.of(), owners, drafts));
        Optional<Draft> told = drafts.size() > known ? toldBefore(article, sentence, draft, drafts) : Optional.empty();
        if (told.isPresent()) {
            drafts.remove(draft);
        }
        Draft theirs = told.orElse(draft);
        owners.forEach(p -> theirs.people.add(p.key()));
        theirs.refer(sentence.index());
        references.add(new Reference(theirs, anchor, null));
        return true;
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

    /** "such a meeting", "the 10th such meeting": the latest meeting of that edition (or the latest one). */
    static Optional<Draft> suchMeeting(NounPhrase phrase, List<Draft> drafts) {
        boolean such = phrase.words().stream().anyMatch(w -> w.equalsIgnoreCase("such"));
        if (!such || drafts.isEmpty()) {
            return Optional.empty();
        }
        return drafts.stream().filter(d -> phrase.edition() != null && phrase.edition().equals(d.edition))
                .reduce((a, b) -> b).or(() -> Optional.of(Draft.latest(drafts)));
    }

    /**
     * "... their ninth trilateral summit. The eighth summit was held in Chengdu": a numbered meeting
     * told without its sides, after a meeting of the same head with another number, is another
     * edition of those meetings.
     */
    static Optional<Draft> otherEdition(NounPhrase phrase, List<Draft> drafts) {
        if (phrase.edition() == null) {
            return Optional.empty();
        }
        return drafts.stream()
                .filter(d -> d.edition != null && !d.edition.equals(phrase.edition()) && d.parties.size() >= 2)
                .filter(d -> d.head != null && sameHead(d.head, phrase.head()))
                .reduce((a, b) -> b);
    }

    /**
     * "Seoul will host the first trilateral summit since 2019 ... the three leaders meet on Monday for
     * the ninth trilateral summit": a numbered meeting told without its sides is the meeting told as
     * the first since a gap, of the same head and words, whose number was not known.
     */
    static Optional<Draft> numberedAtLast(NounPhrase phrase, List<Draft> drafts) {
        if (phrase.edition() == null) {
            return Optional.empty();
        }
        List<String> words = phrase.contentWords();
        return drafts.stream()
                .filter(d -> d.firstSinceAGap && d.edition == null && d.parties.size() >= 2)
                .filter(d -> d.head != null && sameHead(d.head, phrase.head()) && d.contentWords.containsAll(words))
                .reduce((a, b) -> b);
    }

    /** The most recent meeting whose name contains every word of the phrase (same head). */
    static Optional<Draft> byWords(List<Draft> drafts, NounPhrase phrase) {
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
    void readAnotherOne(Article article, Sentence sentence, List<DateMention> found, List<Draft> drafts,
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
        Draft draft = Draft.anotherOf(like);
        draft.name = like.name + " in " + venue.get().city();
        draft.proper = like.proper;
        draft.city = venue.get().city();
        draft.country = venue.get().countryCode();
        draft.date = own;
        draft.firstSentence = sentence.index();
        draft.refer(sentence.index());
        drafts.add(draft);
        references.add(new Reference(draft, at, own));
    }
}
