package org.dialogues.extract.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.Layers;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.EntityMention;
import org.dialogues.extract.linguistic.Linguistics;
import org.dialogues.extract.linguistic.ParsedSentence;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;

/**
 * Finds people on the linguistic layer's tokens. A titled person is a run of capitalized words
 * (with particles such as "van", initials such as "C.", hyphenated Korean given names kept whole)
 * standing next to a reference title: title first ("U.S. Secretary of State Antony Blinken"), in
 * apposition ("Cho Chang Rae, South Korea's Defense Policy Director"; "the diplomatic adviser to the
 * French president, Emmanuel Bonne"), or in a list ("President X, U.S. President Y and ..."). People
 * in a reference office on the article's date are also found by their full name alone, and a known
 * person's country is that of the office then held. Anyone else is a person where the recognizer
 * says so (PERSON), less the title words it swallows; whether they took part is read from the
 * sentence's structure by the participant stage. Later bare surnames ("Cho", "Blinken") resolve to
 * the full names found anywhere in the article.
 *
 * <p>A person's country comes, in order, from a party named in the title ("Japanese", "of Japan",
 * "Japan's"), an organization in it, the party they were seen serving before, the counterparts a
 * list stands in apposition to ("their Australian counterparts, ..."), the delegation they lead
 * ("NATO leaders, led by ..."), and last the form of a romanized Korean name; the organization
 * may also follow from the portfolio in the title ("Defense Minister" of Korea).
 */
public final class PersonStage implements Stage {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "del", "di", "du",
            "la", "le", "bin", "al", "ter", "dos");
    private static final Set<String> LEFT_MODIFIERS = Set.of("acting", "then", "former", "deputy", "vice", "first",
            "senior", "chief", "top", "new", "incoming", "outgoing");
    private static final Set<String> APPOSITIVE_CONNECTORS = Set.of("the", "who", "was", "is", "then", "now", "a",
            "an", "currently", "also", "as", "former", "his", "her", "their");
    private static final Set<String> GIVEN_NAMES_LIKE_RANKS = Set.of("Gen");
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");
    private static final Set<String> EXTENSION_WORDS = Set.of("of", "for", "to", "the", "and", "at", "on");
    private static final String COUNTERPART = "counterpart";
    private static final java.util.regex.Pattern SUBJECT_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:to|for|on|toward|towards)\\s+(?:the\\s+)?(?:north\\s+|south\\s+)?$");
    private static final java.util.regex.Pattern SUBJECT_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:affairs|policy|issues|relations)\\b");
    /** Head words of organization names: "X Y Administration" names a body, not a person X Y. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("administration", "agency", "ministry", "department",
            "office", "council", "commission", "command", "institute", "university", "corporation", "company",
            "group", "center", "centre", "foundation", "bureau", "service", "program", "programme", "forces",
            "association", "academy", "committee", "organization", "organisation");
    private static final Set<String> HEADING_VERBS = Set.of("heads", "headed", "leads", "led", "commands",
            "commanded", "chairs", "chaired", "runs", "directs", "oversees");
    private static final int COUNTERPART_LIST_REACH = 20;
    private static final String KOREA = "KR";
    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final Set<String> LEADING = Set.of("led", "headed", "chaired", "represented");
    private static final Set<String> PORTFOLIO_HOLDERS = Set.of("minister", "secretary", "ministry");
    private static final Set<String> PORTFOLIO_NOISE = Set.of("ministry", "department", "of", "and", "the", "u",
            "s", "affairs", "national", "");
    private static final java.util.regex.Pattern PORTFOLIO_BODY = java.util.regex.Pattern.compile(
            "^(?:U\\.S\\. )?(?:Ministry|Department) of ");

    private final Map<String, List<String[]>> titlesByFirstWord = new HashMap<>();
    private final Map<String, String> titleLevels = new HashMap<>();
    private final List<ReferenceData.Organization> organizations;
    private final NameVocabulary vocabulary;
    private final KnownPeople knownPeople;

    public PersonStage(ReferenceData reference) {
        for (ReferenceData.Title title : reference.titles()) {
            String[] words = title.name().toLowerCase(Locale.ROOT).split("\\s+");
            titlesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            titleLevels.put(String.join(" ", words), title.levelCode());
        }
        titlesByFirstWord.computeIfAbsent(COUNTERPART, k -> new ArrayList<>()).add(new String[] {COUNTERPART});
        titlesByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> -w.length)));
        this.organizations = reference.organizations();
        this.vocabulary = new NameVocabulary(reference);
        this.knownPeople = new KnownPeople(reference.offices());
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<PartyMention> parties = document.get(Layers.PARTY_MENTIONS);
        // offices are read as of the article's date: who held one then, and for which party
        LocalDate published = document.find(Layers.PUBLICATION).map(Publication::date).orElse(null);
        List<PersonMention> full = new ArrayList<>();
        List<NamelessTitle> nameless = new ArrayList<>();
        Map<Integer, List<Token>> tokensBySentence = new HashMap<>();
        Linguistics linguistics = document.get(Layers.LINGUISTICS);
        List<ParsedSentence> parsed = linguistics.sentences();
        List<EntityMention> entities = linguistics.entities();
        for (Sentence sentence : sentences) {
            List<Token> tokens = Token.of(text, parsed.get(sentence.index()));
            tokensBySentence.put(sentence.index(), tokens);
            List<PersonMention> titled = titled(text, sentence, tokens, parties, nameless, published);
            full.addAll(titled);
            List<PersonMention> named = new ArrayList<>(titled);
            named.addAll(knownByName(text, sentence, titled, published));
            named.addAll(byOrganization(text, sentence, tokens, named, parties));
            full.addAll(named.subList(titled.size(), named.size()));
            full.addAll(recognized(text, sentence, tokens, named, parties, entities, published));
        }
        full = completed(full);
        Map<String, PersonMention> known = firstFullMentions(full);
        List<PersonMention> all = new ArrayList<>(full);
        all.addAll(resolveNameless(text, nameless, full));
        for (Sentence sentence : sentences) {
            all.addAll(shortMentions(sentence, tokensBySentence.get(sentence.index()), full, known));
        }
        all.addAll(JoinedPronouns.resolve(text, sentences, all));
        all.sort(Comparator.comparing(PersonMention::span));
        return document.with(Layers.PERSON_MENTIONS, List.copyOf(all));
    }

    /** "South Korea's defense minister met ...": a title standing for a person the article names elsewhere. */
    private record NamelessTitle(int sentence, Span span, String title, String countryCode) {
    }

    /** A title without a name, unless it is plural in sense, former, or a mere "counterpart". */
    private static Optional<NamelessTitle> namelessTitle(String text, Sentence sentence, List<Token> tokens, int from,
            int to, String title, List<PartyMention> parties) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        boolean former = span.of(text).toLowerCase(Locale.ROOT).contains("former");
        if (former || title.equals(COUNTERPART) || tokens.get(to - 1).possessive()) {
            return Optional.empty();
        }
        return Optional.of(new NamelessTitle(sentence.index(), span, title, countryIn(parties, span).orElse(null)));
    }

    /**
     * Each nameless title held by exactly one person named in the article with that title (and that
     * country, when the title states one) becomes a mention of that person.
     */
    private List<PersonMention> resolveNameless(String text, List<NamelessTitle> nameless, List<PersonMention> full) {
        List<PersonMention> found = new ArrayList<>();
        for (NamelessTitle title : nameless) {
            Map<String, PersonMention> holders = new LinkedHashMap<>();
            full.stream().filter(p -> p.title() != null && !p.former() && holdsTitle(p, title))
                    .forEach(p -> holders.putIfAbsent(p.key(), p));
            boolean covered = full.stream().anyMatch(p -> p.span().overlaps(title.span()));
            if (covered) {
                continue;
            }
            if (holders.size() == 1) {
                PersonMention person = holders.values().iterator().next();
                found.add(new PersonMention(title.sentence(), title.span(), person.name(), person.title(),
                        person.organization(), person.countryCode(), person.levelCode(), false));
            } else if (holders.isEmpty() && title.countryCode() != null) {
                soleUntitled(full, title.countryCode()).ifPresent(person -> found.add(titledAs(text, person, title)));
            }
        }
        return found;
    }

    /**
     * "South Korea's defense minister met ... Lee Jong-sup and Hamada used the session": the one
     * person of that country the article names without any title is the holder of the title.
     */
    private static Optional<PersonMention> soleUntitled(List<PersonMention> full, String country) {
        Map<String, PersonMention> ofCountry = new LinkedHashMap<>();
        full.stream().filter(p -> country.equals(p.countryCode()) && !p.former())
                .forEach(p -> ofCountry.putIfAbsent(p.key(), p));
        boolean untitled = ofCountry.size() == 1 && full.stream()
                .noneMatch(p -> p.key().equals(ofCountry.keySet().iterator().next()) && p.title() != null);
        return untitled ? Optional.of(ofCountry.values().iterator().next()) : Optional.empty();
    }

    private PersonMention titledAs(String text, PersonMention person, NamelessTitle title) {
        String titleText = trimPunctuation(title.span().of(text));
        ReferenceData.Organization organization = portfolioOf(titleText, title.countryCode());
        return new PersonMention(title.sentence(), title.span(), person.name(), titleText,
                organization == null ? null : organization.name(), title.countryCode(), titleLevels.get(title.title()),
                false);
    }

    private static boolean holdsTitle(PersonMention person, NamelessTitle title) {
        String held = " " + person.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        boolean sameCountry = title.countryCode() == null || title.countryCode().equals(person.countryCode());
        return sameCountry && held.contains(" " + title.title().replaceAll("[^\\p{L}]+", " ") + " ");
    }

    /**
     * A person's country, organization and office stated at one full mention hold for the others:
     * "Ministry of National Defense" told once gives the country to every mention of its official.
     */
    private static List<PersonMention> completed(List<PersonMention> full) {
        Map<String, PersonMention> best = new HashMap<>();
        for (PersonMention mention : full) {
            best.merge(mention.key(), mention, (a, b) -> a.countryCode() == null && b.countryCode() != null ? b : a);
        }
        List<PersonMention> completed = new ArrayList<>();
        for (PersonMention mention : full) {
            PersonMention source = best.get(mention.key());
            boolean fill = mention.countryCode() == null && source.countryCode() != null
                    && (mention.title() == null || source.title() != null);
            completed.add(fill ? new PersonMention(mention.sentence(), mention.span(), mention.name(),
                    mention.title() == null ? source.title() : mention.title(),
                    mention.title() == null ? source.organization() : mention.organization(), source.countryCode(),
                    mention.title() == null ? source.levelCode() : mention.levelCode(), mention.former()) : mention);
        }
        return completed;
    }

    /** "Jan van Dijk", "Ahmad bin Salleh": a lower-case particle between two words of a name. */
    private boolean innerParticle(List<Token> tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && PARTICLES.contains(tokens.get(at).text())
                && isNameToken(tokens, at - 1, false) && isNameToken(tokens, at + 1, false);
    }

    /**
     * People described by the body they serve rather than by a title: "X, who heads U.S. Forces
     * Korea, ..." and "X of South Korea's Defense Ministry". The body must be a known organization
     * or a party's capitalized office ("Japan's Defense Ministry"), so firms and places "of" a
     * country are not taken for people.
     */
    private List<PersonMention> byOrganization(String text, Sentence sentence, List<Token> tokens,
            List<PersonMention> named, List<PartyMention> parties) {
        List<PersonMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && (isNameToken(tokens, end, false) || (end > i && innerParticle(tokens, end)))) {
                end++;
            }
            int length = end - i;
            int from = i;
            i = Math.max(end, i + 1);
            if (length < 2 || length > 4 || (from > 0 && tokens.get(from - 1).isCapitalized())
                    || tokens.get(end - 1).possessive() || covered(named, tokens.get(from))) {
                continue;
            }
            int bodyStart = bodyStart(tokens, end);
            if (bodyStart < 0) {
                continue;
            }
            int bodyEnd = bodyStart;
            while (bodyEnd < tokens.size() && (tokens.get(bodyEnd).isCapitalized()
                    || Set.of("of", "the", "for", "and").contains(tokens.get(bodyEnd).lower()))) {
                bodyEnd++;
            }
            while (bodyEnd > bodyStart && !tokens.get(bodyEnd - 1).isCapitalized()) {
                bodyEnd--;
            }
            if (bodyEnd == bodyStart) {
                continue;
            }
            Span body = new Span(tokens.get(bodyStart).start(), tokens.get(bodyEnd - 1).end());
            Optional<String> party = countryIn(parties, body);
            ReferenceData.Organization organization = organizationIn(text, body, party.orElse(null));
            // after "who heads" the body is surely one ("U.S. Forces Korea"); after "of" it needs "Japan's ..."
            boolean headed = !tokens.get(end).is("of");
            boolean partyOffice = party.isPresent() && partyOffice(tokens, bodyStart, bodyEnd, parties, !headed);
            if (organization == null && !partyOffice) {
                continue;
            }
            String country = party.orElse(organization == null ? null : organization.partyCode());
            Span name = new Span(tokens.get(from).start(), tokens.get(end - 1).end());
            String title = (headed ? "head of " : "") + trimPunctuation(body.of(text));
            found.add(new PersonMention(sentence.index(), name, name.of(text), title,
                    organization == null ? null : organization.name(), country, null, false));
        }
        return found;
    }

    /** Where the body begins after a name: "of [the]" or ", who heads|leads|commands|chairs|runs|directs". */
    private static int bodyStart(List<Token> tokens, int end) {
        if (end < tokens.size() && tokens.get(end).is("of")) {
            return end + 1;
        }
        boolean who = end + 2 < tokens.size() && tokens.get(end).is(",") && tokens.get(end + 1).is("who")
                && HEADING_VERBS.contains(tokens.get(end + 2).lower());
        return who ? end + 3 : -1;
    }

    /** "South Korea's Defense Ministry", "U.S. Forces Korea": a party followed by capitalized office words. */
    private boolean partyOffice(List<Token> tokens, int from, int to, List<PartyMention> parties, boolean possessive) {
        for (int k = from; k + 1 < to; k++) {
            Token token = tokens.get(k);
            Token next = tokens.get(k + 1);
            if ((token.possessive() || !possessive) && partyAt(parties, token).isPresent() && next.isCapitalized()
                    && vocabulary.contains(next.text())) {
                return true;
            }
        }
        return false;
    }

    /** People introduced with a title in this sentence. */
    private List<PersonMention> titled(String text, Sentence sentence, List<Token> tokens, List<PartyMention> parties,
            List<NamelessTitle> nameless, LocalDate published) {
        List<PersonMention> found = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TitleMatch> match = matchTitle(tokens, i, parties);
            if (match.isEmpty() || i < coveredUntil) {
                continue;
            }
            int titleEnd = match.get().end();
            String titleName = match.get().key();
            int left = extendLeft(tokens, i, parties);
            int right = extendRight(tokens, titleEnd, parties);
            // "President X, U.S. President Y and ...": a name right after the title makes a list, not an appositive
            Optional<int[]> following = nameAfter(tokens, right, left).filter(n -> n[1] - n[0] >= 2 && n[0] == right);
            Optional<int[]> appositive = following.isPresent() ? Optional.empty() : nameBefore(tokens, left);
            int[] name;
            int phraseStart = left;
            int phraseEnd;
            if (appositive.isPresent()) {
                name = appositive.get();
                phraseEnd = clauseEnd(tokens, titleEnd);
            } else {
                name = nameAfter(tokens, right, left).orElse(null);
                phraseEnd = name == null ? right : name[0];
                if (name != null && name[1] - name[0] < 2) {
                    continue; // a lone capitalized word is resolved later as a surname, if it is one
                }
            }
            coveredUntil = Math.max(phraseEnd, name == null ? titleEnd : name[1]);
            if (name == null) {
                namelessTitle(text, sentence, tokens, phraseStart, right, titleName, parties).ifPresent(nameless::add);
                continue;
            }
            int titleFrom = tokens.get(phraseStart).start();
            int titleTo = tokens.get(Math.max(phraseStart, phraseEnd - 1)).end();
            String titleText = trimPunctuation(text.substring(titleFrom, Math.max(titleFrom, titleTo)));
            Span titleSpan = new Span(titleFrom, Math.max(titleFrom, titleTo));
            Span nameSpan = new Span(tokens.get(name[0]).start(), tokens.get(name[1] - 1).end());
            // "X, Deputy Assistant to the President, U.S. National Space Council": the office follows a comma
            Span officeSpan = appositive.isPresent() ? new Span(titleFrom, officeEnd(tokens, phraseEnd, sentence)) : titleSpan;
            // "President Yoon Suk Yeol of the Republic of Korea": the country follows the name
            Span ofSpan = appositive.isEmpty() ? ofParty(tokens, name[1]) : null;
            String country = holderCountryIn(text, parties, titleSpan).or(() -> holderCountryIn(text, parties, officeSpan))
                    .or(() -> ofSpan == null ? Optional.empty() : countryIn(parties, ofSpan)).orElse(null);
            ReferenceData.Organization organization = organizationIn(text, titleSpan, country);
            if (country == null && organization != null) {
                country = organization.partyCode();
            }
            if (country == null) {
                int personStart = Math.min(phraseStart, name[0]); // "led by X (Under Secretary ...)"
                country = knownPeople.partyOn(nameSpan.of(text), published).or(() -> counterpartsOf(tokens, personStart, parties))
                        .or(() -> ledBy(tokens, personStart, parties))
                        .orElse(KoreanNames.hasKoreanForm(nameSpan.of(text)) ? KOREA : null);
            }
            if (organization == null) {
                // the rest of an appositive may name another side's office ("... at the Pentagon"): country first
                organization = organizationIn(text, officeSpan, country);
            }
            if (country == null && organization != null) {
                country = organization.partyCode();
            }
            if (organization == null && country != null) {
                organization = portfolioOf(titleText, country);
            }
            boolean former = text.substring(titleSpan.start(), titleSpan.end()).toLowerCase(Locale.ROOT).contains("former");
            found.add(new PersonMention(sentence.index(), nameSpan, nameSpan.of(text), titleText,
                    organization == null ? null : organization.name(), country, titleLevels.get(titleName), former));
        }
        return found;
    }

    /**
     * People the recognizer names (PERSON) whom no title, office or body introduced ("Kim Min-ho
     * and Paul Martin met"). Whether they took part is for the participant stage to read from the
     * sentence's structure. Two errors of the recognizer are undone: title words it swallows are
     * dropped ("Secretary Hale" is Hale, resolved later as a surname), and a name it files under an
     * ORGANIZATION behind a title word ("Defense Lloyd Austin") is taken back.
     */
    private List<PersonMention> recognized(String text, Sentence sentence, List<Token> tokens,
            List<PersonMention> named, List<PartyMention> parties, List<EntityMention> entities, LocalDate published) {
        List<PersonMention> found = new ArrayList<>();
        List<List<Token>> candidates = new ArrayList<>(koreanForms(tokens));
        for (EntityMention entity : entities) {
            if (entity.sentence() == sentence.index() && (entity.is(PERSON) || entity.is(ORGANIZATION))) {
                candidates.add(tokens.stream()
                        .filter(t -> t.index() >= entity.firstToken() && t.index() < entity.endToken()).toList());
            }
        }
        for (List<Token> words : candidates) {
            boolean person = words.stream().allMatch(t -> PERSON.equals(t.ner()))
                    || (words.size() == 2 && KoreanNames.hasKoreanForm(words.get(0).text() + " " + words.get(1).text()));
            int first = 0;
            while (first < words.size() && (vocabulary.contains(words.get(first).text()) || !words.get(first).isWord())) {
                first++;
            }
            List<Token> nameWords = words.subList(first, words.size());
            boolean takenBack = person || (first > 0 && nameWords.stream().allMatch(this::personalNameWord));
            // "Research Institute": a body the recognizer took for a person
            boolean body = nameWords.stream().anyMatch(t -> ORGANIZATION_HEADS.contains(t.lower()));
            if (nameWords.size() < 2 || !takenBack || body || !nameWords.get(nameWords.size() - 1).isCapitalized()
                    || partyAt(parties, nameWords.get(0)).isPresent()) {
                continue;
            }
            Span span = new Span(nameWords.get(0).start(), nameWords.get(nameWords.size() - 1).end());
            List<PersonMention> known = new ArrayList<>(named);
            known.addAll(found);
            if (known.stream().anyMatch(m -> m.span().overlaps(span))) {
                continue;
            }
            String name = span.of(text);
            int at = tokens.indexOf(words.get(first));
            String country = knownPeople.partyOn(name, published).or(() -> counterpartsOf(tokens, at, parties))
                    .orElse(KoreanNames.hasKoreanForm(name) ? KOREA : null);
            // a name of the reference offices, none held on the article's date: a former holder named in passing
            boolean former = published != null && knownPeople.knows(name) && knownPeople.officeOn(name, published).isEmpty();
            found.add(new PersonMention(sentence.index(), span, name, null, null, country, null, former));
        }
        return found;
    }

    /**
     * "led by Han Seo-yeon and ...": the recognizer often misses a romanized Korean name with a
     * hyphenated given name, so a run of proper nouns of that form is a candidate name too.
     */
    private static List<List<Token>> koreanForms(List<Token> tokens) {
        List<List<Token>> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            List<Token> pair = tokens.subList(i, i + 2);
            // two words only: the three-word form ("Yoon Suk Yeol") fits place names too, so the recognizer decides
            if (KoreanNames.hasKoreanForm(pair.get(0).text() + " " + pair.get(1).text())) {
                found.add(List.copyOf(pair));
                i++;
            }
        }
        return found;
    }

    /** A capitalized word of no reference name, as the words of a personal name are. */
    private boolean personalNameWord(Token token) {
        return token.isWord() && token.isCapitalized() && !vocabulary.contains(token.text())
                && token.text().chars().anyMatch(Character::isLowerCase);
    }

    /**
     * "their Australian counterparts, Foreign Minister X and Defence Minister Y": the party of the
     * counterparts a list of titled people stands in apposition to.
     */
    private static Optional<String> counterpartsOf(List<Token> tokens, int phraseStart, List<PartyMention> parties) {
        int i = phraseStart - 1;
        int limit = Math.max(0, phraseStart - COUNTERPART_LIST_REACH);
        while (i >= limit && !tokens.get(i).lower().startsWith(COUNTERPART)) {
            Token token = tokens.get(i);
            boolean listPart = token.isCapitalized() || token.is(",") || token.is("and") || token.lower().equals("of")
                    || token.lower().equals("for");
            if (!listPart) {
                return Optional.empty();
            }
            i--;
        }
        if (i < limit || i < 1 || i + 1 >= tokens.size() || !tokens.get(i + 1).is(",")) {
            return Optional.empty();
        }
        return partyAt(parties, tokens.get(i - 1)).map(PartyMention::partyCode);
    }

    /**
     * People in a reference office on the article's date, named in full without a title ("Kishida and
     * Biden agreed ..."): they take the party and title of that office.
     */
    private List<PersonMention> knownByName(String text, Sentence sentence, List<PersonMention> titled,
            LocalDate published) {
        List<PersonMention> found = new ArrayList<>();
        String sentenceText = sentence.span().of(text);
        for (ReferenceData.Office office : knownPeople.holdersOn(published)) {
            String name = office.personName();
            int at = sentenceText.indexOf(name);
            while (at >= 0) {
                int start = sentence.span().start() + at;
                Span span = new Span(start, start + name.length());
                boolean whole = containsWord(sentenceText.substring(Math.max(0, at - 1),
                        Math.min(sentenceText.length(), at + name.length() + 1)), name);
                boolean covered = titled.stream().anyMatch(m -> m.span().contains(start));
                if (whole && !covered) {
                    found.add(new PersonMention(sentence.index(), span, name, office.title(), null,
                            office.partyCode(), titleLevels.get(office.title().toLowerCase(Locale.ROOT)), false));
                }
                at = sentenceText.indexOf(name, at + name.length());
            }
        }
        return found;
    }

    /** "NATO leaders, led by Secretary General X": the party of the group a titled person leads. */
    private static Optional<String> ledBy(List<Token> tokens, int phraseStart, List<PartyMention> parties) {
        int by = phraseStart - 1;
        if (by < 2 || !tokens.get(by).is("by") || !LEADING.contains(tokens.get(by - 1).lower())) {
            return Optional.empty();
        }
        int i = by - 2;
        if (tokens.get(i).is(",")) {
            i--;
        }
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            Optional<PartyMention> party = partyAt(parties, tokens.get(k));
            if (party.isPresent()) {
                return party.map(PartyMention::partyCode);
            }
        }
        return Optional.empty();
    }

    /**
     * "Defense Minister", "Secretary of State", "deputy minister for national defense policy": the
     * ministry or department of that portfolio among the country's organizations, when exactly one fits best.
     */
    private ReferenceData.Organization portfolioOf(String title, String country) {
        Set<String> words = contentWords(title);
        if (java.util.Collections.disjoint(words, PORTFOLIO_HOLDERS)) {
            return null;
        }
        ReferenceData.Organization best = null;
        int bestOverlap = 0;
        boolean tie = false;
        for (ReferenceData.Organization organization : organizations) {
            String name = organization.name();
            if (!country.equals(organization.partyCode()) || !PORTFOLIO_BODY.matcher(name).find()) {
                continue;
            }
            Set<String> portfolio = contentWords(name);
            portfolio.removeAll(PORTFOLIO_NOISE);
            portfolio.retainAll(words);
            if (portfolio.size() > bestOverlap) {
                best = organization;
                bestOverlap = portfolio.size();
                tie = false;
            } else if (portfolio.size() == bestOverlap && bestOverlap > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static Set<String> contentWords(String phrase) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            words.add(word.equals("defence") ? "defense" : word);
        }
        return words;
    }

    /** The "of [the] Party" right after a name, if any. */
    private static Span ofParty(List<Token> tokens, int after) {
        if (after + 1 >= tokens.size() || !tokens.get(after).is("of")) {
            return null;
        }
        int end = Math.min(tokens.size(), after + 6);
        return new Span(tokens.get(after).start(), tokens.get(end - 1).end());
    }

    /**
     * End of an appositive's office description: the next semicolon, closing parenthesis, ", and",
     * a comma before a lower-case word (the clause resumes), or the sentence end.
     */
    private static int officeEnd(List<Token> tokens, int from, Sentence sentence) {
        for (int i = from; i < tokens.size(); i++) {
            String value = tokens.get(i).text();
            boolean nextPerson = value.equals(",") && i + 1 < tokens.size() && tokens.get(i + 1).is("and");
            // "X, the defense minister, met Y, Australia's ...": a lower-case word after the comma is the verb
            boolean clauseGoesOn = value.equals(",") && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                    && !tokens.get(i + 1).isCapitalized() && !tokens.get(i + 1).is("the");
            if (value.equals(";") || value.equals(")") || nextPerson || clauseGoesOn) {
                return tokens.get(i).start();
            }
        }
        return sentence.span().end();
    }

    /** A title matched at a token: where it ends (exclusive) and its words as the reference spells them. */
    private record TitleMatch(int end, String key) {
    }

    /**
     * The longest reference title starting at a token. A party named inside the title ("chairman of
     * the U.S. Joint Chiefs of Staff") is skipped, so the longer title wins over its first word.
     */
    private Optional<TitleMatch> matchTitle(List<Token> tokens, int at, List<PartyMention> parties) {
        List<String[]> candidates = titlesByFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return Optional.empty();
        }
        for (String[] words : candidates) {
            int j = at;
            int k = 0;
            while (k < words.length && j < tokens.size()) {
                Token token = tokens.get(j);
                if (token.lower().equals(words[k]) && (k == words.length - 1 || !token.possessive())) {
                    k++;
                    j++;
                } else if (k > 0 && partyAt(parties, token).isPresent()) {
                    j++;
                } else {
                    break;
                }
            }
            if (k == words.length) {
                return Optional.of(new TitleMatch(j, String.join(" ", words)));
            }
        }
        return Optional.empty();
    }

    private int extendLeft(List<Token> tokens, int from, List<PartyMention> parties) {
        int left = from;
        while (left > 0) {
            Token previous = tokens.get(left - 1);
            boolean party = partyAt(parties, previous).isPresent();
            boolean modifier = LEFT_MODIFIERS.contains(previous.lower())
                    || (previous.isCapitalized() && vocabulary.contains(previous.text()) && !DETERMINERS.contains(previous.lower()))
                    || party;
            if (!modifier || previous.is("and")) {
                break;
            }
            left--;
        }
        return left;
    }

    private int extendRight(List<Token> tokens, int from, List<PartyMention> parties) {
        int right = from;
        if (right >= tokens.size() || !Set.of("of", "for", "to").contains(tokens.get(right).lower())) {
            return right;
        }
        int candidate = right;
        while (candidate < tokens.size()) {
            Token token = tokens.get(candidate);
            boolean vocabularyWord = token.isWord() && vocabulary.contains(token.text());
            boolean party = partyAt(parties, token).isPresent();
            if (!(EXTENSION_WORDS.contains(token.lower()) || vocabularyWord || party)) {
                break;
            }
            candidate++;
            if (vocabularyWord || party) {
                right = candidate;
            }
        }
        return right;
    }

    /** "Name, [the|who was then ...] <title>" or "Name (<title>)": the name tokens before the comma, if any. */
    private Optional<int[]> nameBefore(List<Token> tokens, int left) {
        int i = left - 1;
        while (i >= 0 && APPOSITIVE_CONNECTORS.contains(tokens.get(i).lower())) {
            i--;
        }
        if (i < 1 || !(tokens.get(i).text().equals(",") || tokens.get(i).text().equals("("))) {
            return Optional.empty();
        }
        int end = i;
        if (end >= 2 && tokens.get(end - 1).is(".") && NAME_SUFFIXES.contains(tokens.get(end - 2).text())) {
            end--; // "Charles Q. Brown Jr., chairman of ..."
        }
        int start = end;
        while (start > 0 && isNameToken(tokens, start - 1, true)) {
            start--;
        }
        while (start < end && PARTICLES.contains(tokens.get(start).lower())) {
            start++;
        }
        return end - start >= 2 && tokens.get(end - 1).isCapitalized() ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /** "van", "der" of "Maria van der Berg": particles, however many, then a capitalized word. */
    private static boolean particleBeforeName(List<Token> tokens, int at) {
        int i = at;
        while (i < tokens.size() && PARTICLES.contains(tokens.get(i).text())) {
            i++;
        }
        return i > at && i < tokens.size() && tokens.get(i).isCapitalized();
    }

    /** The name after a title phrase: the longest run of name words ending the capitalized run that follows. */
    private Optional<int[]> nameAfter(List<Token> tokens, int from, int left) {
        int i = from;
        boolean determiner = left > 0 && DETERMINERS.contains(tokens.get(left - 1).lower());
        if (i < tokens.size() && tokens.get(i).text().equals(",") && determiner) {
            i++;
        }
        int runStart = i;
        int end = i;
        boolean nameSeen = false;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            boolean particle = particleBeforeName(tokens, end);
            if (isNameToken(tokens, end, false) || (particle && nameSeen)) {
                nameSeen = true;
                end++;
            } else if (nameSeen) {
                break;
            } else if (token.isCapitalized() && vocabulary.contains(token.text())) {
                end++;
            } else if (token.is(".") && end > runStart && vocabulary.contains(tokens.get(end - 1).text())) {
                end++; // the period of an abbreviated rank: "Commander Gen. X"
            } else if (particle || (EXTENSION_WORDS.contains(token.lower()) && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalized() && vocabulary.contains(tokens.get(end + 1).text()))) {
                end++;
            } else {
                break;
            }
        }
        int start = end;
        while (start > runStart && isNameToken(tokens, start - 1, true)) {
            start--;
        }
        while (start < end && PARTICLES.contains(tokens.get(start).lower()) && start > runStart
                && !tokens.get(start - 1).isCapitalized()) {
            start++;
        }
        // "Under Secretary of State for Arms Control": words right after a preposition continue the title
        boolean afterPreposition = start > 0 && EXTENSION_WORDS.contains(tokens.get(start - 1).text());
        boolean bodyGoesOn = end < tokens.size() && tokens.get(end).isCapitalized()
                && ORGANIZATION_HEADS.contains(tokens.get(end).lower()); // "... Acquisition Program Administration"
        if (start >= end || !tokens.get(end - 1).isCapitalized() || bodyGoesOn || afterPreposition) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start, end});
    }

    private boolean isNameToken(List<Token> tokens, int at, boolean particlesAllowed) {
        Token token = tokens.get(at);
        if (!token.isWord()) {
            return false;
        }
        if (token.isInitial()) {
            return true;
        }
        if (particlesAllowed && PARTICLES.contains(token.text())) {
            return true;
        }
        boolean vocabularyWord = vocabulary.contains(token.text()) && !givenNameWithoutPeriod(tokens, at);
        return token.isCapitalized() && !vocabularyWord && !token.text().contains(".")
                && token.text().chars().anyMatch(Character::isLowerCase);
    }

    /** News writes the rank "Gen." with its period; without one, "Gen" is a given name ("Gen Tanaka"). */
    private static boolean givenNameWithoutPeriod(List<Token> tokens, int at) {
        boolean periodFollows = at + 1 < tokens.size() && tokens.get(at + 1).is(".");
        boolean nameFollows = at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized() && tokens.get(at + 1).isWord();
        return GIVEN_NAMES_LIKE_RANKS.contains(tokens.get(at).text()) && !periodFollows && nameFollows;
    }

    private static int clauseEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && !Set.of(",", ";", ":", "(", ")", "“", "\"").contains(tokens.get(i).text())
                && !tokens.get(i).is("who")) {
            i++;
        }
        return i;
    }

    /** Bare surnames and short forms ("Cho", "Blinken", "President von der Leyen") of people named in full. */
    private List<PersonMention> shortMentions(Sentence sentence, List<Token> tokens, List<PersonMention> full,
            Map<String, PersonMention> known) {
        List<PersonMention> found = new ArrayList<>();
        for (Token token : tokens) {
            if (!token.isCapitalized() || !token.isWord() || covered(full, token)) {
                continue;
            }
            resolveSurname(token.text(), known).ifPresent(person -> found.add(new PersonMention(sentence.index(),
                    new Span(token.start(), token.end()), person.name(), person.title(), person.organization(),
                    person.countryCode(), person.levelCode(), person.former())));
        }
        return found;
    }

    private static boolean covered(List<PersonMention> full, Token token) {
        return full.stream().anyMatch(m -> m.span().contains(token.start()));
    }

    private Optional<PersonMention> resolveSurname(String word, Map<String, PersonMention> known) {
        if (vocabulary.contains(word)) {
            return Optional.empty();
        }
        return known.values().stream().filter(person -> surnames(person).contains(word)).findFirst();
    }

    /**
     * The words a person is called by alone: the last word (before a "Jr." or "III"), and the first
     * for Korean-order names (Cho Tae-yul).
     */
    static Set<String> surnames(PersonMention person) {
        String[] words = person.name().split("\\s+");
        if (SurnameFirstNames.surnameFirst(words, person.countryCode())) {
            // "Suh Wook", "Wang Yi": called "Suh", "Wang"; with the country unknown, either word
            return person.countryCode() == null ? Set.of(words[0], words[1]) : Set.of(words[0]);
        }
        return surnames(person.name());
    }

    static Set<String> surnames(String name) {
        // "Ferdinand Marcos Jr." is later "Marcos"
        String[] words = name.replaceAll("(?:\\s+(?:Jr|Sr|II|III|IV)\\.?)+$", "").split("\\s+");
        String last = words[words.length - 1];
        boolean koreanOrder = words.length >= 2 && (words[1].contains("-") || (words.length == 3
                && java.util.Arrays.stream(words).allMatch(w -> w.length() <= 5 && !w.endsWith("."))));
        return koreanOrder ? Set.of(words[0]) : Set.of(last);
    }

    private static Map<String, PersonMention> firstFullMentions(List<PersonMention> full) {
        Map<String, PersonMention> known = new LinkedHashMap<>();
        for (PersonMention mention : full) {
            known.putIfAbsent(mention.key(), mention);
        }
        return known;
    }

    private static Optional<PartyMention> partyAt(List<PartyMention> parties, Token token) {
        return parties.stream().filter(p -> p.span().contains(token.start())).findFirst();
    }

    private static Optional<String> countryIn(List<PartyMention> parties, Span span) {
        return parties.stream().filter(p -> span.contains(p.span())).map(PartyMention::partyCode).findFirst();
    }

    /**
     * The country a title says its holder serves: a party named in it, except one the office deals
     * with ("ambassador to South Korea", "envoy for North Korea", "director general for North
     * American affairs").
     */
    private static Optional<String> holderCountryIn(String text, List<PartyMention> parties, Span span) {
        return parties.stream().filter(p -> span.contains(p.span()) && !subjectOfOffice(text, p.span()))
                .map(PartyMention::partyCode).findFirst();
    }

    private static boolean subjectOfOffice(String text, Span party) {
        String before = text.substring(Math.max(0, party.start() - 12), party.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(party.end(), Math.min(text.length(), party.end() + 12)).toLowerCase(Locale.ROOT);
        return SUBJECT_BEFORE.matcher(before).find() || SUBJECT_AFTER.matcher(after).lookingAt();
    }

    private ReferenceData.Organization organizationIn(String text, Span span, String country) {
        String phrase = span.of(text);
        ReferenceData.Organization best = null;
        int bestLength = 0;
        for (ReferenceData.Organization organization : organizations) {
            for (String name : names(organization)) {
                boolean fits = country == null || country.equals(organization.partyCode());
                if (name.length() > bestLength && fits && containsWord(phrase, name)) {
                    best = organization;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }

    private static List<String> names(ReferenceData.Organization organization) {
        List<String> names = new ArrayList<>(organization.aliases());
        names.add(organization.name());
        return names;
    }

    private static boolean containsWord(String phrase, String name) {
        int at = phrase.indexOf(name);
        return at >= 0 && (at == 0 || !Character.isLetter(phrase.charAt(at - 1)))
                && (at + name.length() == phrase.length() || !Character.isLetter(phrase.charAt(at + name.length())));
    }

    private static String trimPunctuation(String value) {
        return value.replaceAll("^[\\s,;:]+|[\\s,;:.]+$", "");
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.LINGUISTICS, Layers.PARTY_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PERSON_MENTIONS);
    }
}
