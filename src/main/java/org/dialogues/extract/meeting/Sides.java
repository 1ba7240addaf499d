package org.dialogues.extract.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.text.Sentence;

/** The sides of a meeting: parties named as its subject, the host country of its venue, South Korea's unplaced office holders. */
final class Sides {

    /** A party named as a venue or as what is talked about, not as a side: "in Singapore", "against North Korea". */
    private static final Pattern NOT_A_SIDE = Pattern.compile(
            "\\b(?:in|at|to|into|against|over|toward|towards|about|on|from|across|for)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_WHOM = Pattern.compile("\\b(\\p{L}+)\\s+from\\s+(?:the\\s+)?$");
    /** An upper-case place opening a line and followed by a date or a dash: a wire dateline. */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "[\\p{Lu}][\\p{Lu}.' -]{2,30}(?:,\\s*[A-Z][a-z]{2,9}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:--|—|–)");
    private static final Pattern OF_WHAT = Pattern.compile("\\b(\\p{L}+)\\s+of\\s+(?:the\\s+)?$");
    /** Nouns whose "of X" names a side: the leaders, ministers or governments of a country. */
    private static final Set<String> SIDE_HOLDERS = Set.of("leaders", "leader", "ministers", "minister", "heads",
            "head", "chiefs", "officials", "diplomats", "envoys", "delegations", "delegation", "governments",
            "government", "presidents", "president", "representatives", "militaries", "forces", "secretaries",
            "members", "allies", "advisers", "advisors", "counterparts", "directors", "officers", "generals",
            "commanders", "chairmen", "chairs", "negotiators", "lawmakers", "legislators", "parliamentarians",
            "ambassadors", "premiers", "chancellors", "deputies", "teams", "navies", "armies", "ministries",
            "agencies", "authorities", "administrations");
    /** "NATO leaders", "Japanese defense officials": up to two words, then the noun for the people of a side. */
    private static final Pattern HOLDER_AFTER = Pattern.compile(
            "\\s+(?:[\\p{L}-]+\\s+){0,2}?(" + String.join("|", SIDE_HOLDERS) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final int OBJECT_REACH = 80;
    /** "they", "both", "the two", "the allies": a subject standing for sides already told. */
    private static final Pattern COLLECTIVE_SUBJECT = Pattern.compile(
            "\\b(?:they|both|the two|the sides|the allies|the three)\\b", Pattern.CASE_INSENSITIVE);
    /** The home side: an unplaced office holder with a romanized Korean name is on it. */
    static final String HOME = "KR";
    private static final Pattern KOREAN_NAME = Pattern.compile("[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+");

    private final Places places;

    Sides(Places places) {
        this.places = places;
    }

    static boolean collective(String subject) {
        return COLLECTIVE_SUBJECT.matcher(subject).find();
    }

    /** Parties named before the meeting in its sentence (the subject: "South Korea and the EU held ..."). */
    static Set<String> subjectParties(Article article, Span sentence, int before) {
        Set<String> parties = new LinkedHashSet<>();
        for (PartyMention mention : article.partiesIn(sentence)) {
            if (mention.span().start() < before && !mention.isMetonym() && isSide(article.text(), mention)) {
                parties.add(mention.partyCode());
            }
        }
        return parties;
    }

    /**
     * "... met NATO leaders", "met the defense ministers of Japan": the parties of the people met, named
     * right after the meeting verb (up to the clause's end), each as the holder of a side.
     */
    static Set<String> objectParties(Article article, Span sentence, int verbEnd) {
        String text = article.text();
        int end = verbEnd;
        while (end < sentence.end() && end - verbEnd < OBJECT_REACH && ",;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        Set<String> parties = new LinkedHashSet<>();
        for (PartyMention mention : article.partiesIn(new Span(verbEnd, end))) {
            Matcher holder = HOLDER_AFTER.matcher(text).region(mention.span().end(), end);
            String before = text.substring(Math.max(verbEnd, mention.span().start() - 40), mention.span().start());
            boolean heldBy = holder.lookingAt() || wordBefore(OF_WHAT, before).filter(SIDE_HOLDERS::contains).isPresent();
            if (heldBy && !mention.isMetonym()) {
                parties.add(mention.partyCode());
            }
        }
        return parties;
    }

    private static boolean isSide(String text, PartyMention mention) {
        int start = mention.span().start();
        if (DATELINE_PLACE.matcher(text).region(start, text.length()).lookingAt() && lineStart(text, start)) {
            return false; // "SINGAPORE, June 1 (Agency) --": where the story was filed
        }
        String before = text.substring(Math.max(0, start - 40), start);
        if (wordBefore(FROM_WHOM, before).filter(SIDE_HOLDERS::contains).isPresent()) {
            return true; // "officials from Poland", "a delegation from Japan"
        }
        if (wordBefore(OF_WHAT, before).filter(word -> !SIDE_HOLDERS.contains(word)).isPresent()) {
            return false; // "the denuclearization of North Korea", but "the leaders of South Korea"
        }
        return !NOT_A_SIDE.matcher(before).find();
    }

    /** The word before "of" / "from" that ends {@code before} ("the leaders of"), in lower case. */
    private static Optional<String> wordBefore(Pattern cue, String before) {
        Matcher matcher = cue.matcher(before);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static boolean lineStart(String text, int at) {
        int lineBegin = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(lineBegin, at).isBlank();
    }

    /**
     * "Chancellor X held talks with President Y in Seoul": when only the visitor's country is known,
     * the other side is the host, the country of the venue named in the sentence.
     */
    Optional<String> host(Article article, Sentence sentence, String knownSide) {
        return places.find(article.text(), sentence.span().start(), sentence.span().end())
                .map(Places.Place::countryCode)
                .filter(country -> !country.equals(knownSide));
    }

    static PersonMention withCountry(PersonMention person, String country) {
        return new PersonMention(person.sentence(), person.span(), person.name(), person.title(),
                person.organization(), country, person.levelCode(), person.former());
    }

    /**
     * "Kim Dong-su, the defense minister, held talks with Japan's defense minister": an office holder
     * named without a country but with a romanized Korean name (family name, hyphenated given name),
     * meeting a foreigner, is on South Korea's side.
     */
    static PersonMention homeSide(PersonMention person, PersonMention counterpart) {
        boolean unplaced = person.countryCode() == null && !person.former()
                && KOREAN_NAME.matcher(person.name()).matches();
        boolean foreign = counterpart.countryCode() != null && !counterpart.countryCode().equals(HOME);
        return unplaced && foreign ? withCountry(person, HOME) : person;
    }

    /** "Polish President A and President Lee Han-soo ... at a summit": the unplaced Korean office holder's side. */
    static Set<String> homeSides(List<PersonMention> subjects) {
        Set<String> sides = new LinkedHashSet<>();
        for (PersonMention person : subjects) {
            for (PersonMention other : subjects) {
                String side = homeSide(person, other).countryCode();
                if (person.countryCode() == null && side != null) {
                    sides.add(side);
                }
            }
        }
        return sides;
    }

    static boolean koreanNamed(PersonMention person) {
        return !person.former() && KOREAN_NAME.matcher(person.name()).matches();
    }
}
