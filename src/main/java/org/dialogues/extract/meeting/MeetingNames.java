package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.party.PartyMention;

/** Names of meetings: proper or not, as written, their words for matching later mentions, their series and level. */
final class MeetingNames {

    /** Heads that name a gathering, not a series: "talks", "a meeting". */
    static final Set<String> INFORMAL_HEADS = Set.of("meeting", "meetings", "talks", "conference",
            "conferences");

    private final AliasMatcher aliases;
    private final SeriesCatalog catalog;

    MeetingNames(AliasMatcher aliases, SeriesCatalog catalog) {
        this.aliases = aliases;
        this.catalog = catalog;
    }

    /** Capitalized words other than party names make a proper name ("Integrated Defense Dialogue", not "Korea-U.S. meeting"). */
    static boolean properName(String text, NounPhrase phrase, List<PartyMention> parties) {
        if (!phrase.proper()) {
            return false;
        }
        String rest = phrase.text(text);
        for (PartyMention party : parties) {
            rest = rest.replace(party.span().of(text), " ");
        }
        return Arrays.stream(rest.split("[\\s\\-–]+"))
                .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    static String nameOf(NounPhrase phrase, String text, String acronym) {
        String name = phrase.text(text);
        return acronym == null || name.contains("(" + acronym + ")") ? name : name + " (" + acronym + ")";
    }

    static List<String> nameWords(NounPhrase phrase, SeriesCatalog.SeriesKey key,
            Optional<ReferenceData.Series> known) {
        List<String> words = new ArrayList<>(phrase.contentWords());
        words.addAll(List.of(key.words().split(" ")));
        known.ifPresent(s -> words.addAll(List.of(s.name().toLowerCase(Locale.ROOT).split("[\\s\\-]+"))));
        return List.copyOf(words);
    }

    /** Recurring meetings get a series: a known one, or a name built Korea first from parties and words. */
    String seriesName(NounPhrase phrase, SeriesCatalog.SeriesKey key, Optional<ReferenceData.Series> known) {
        if (known.isPresent()) {
            return known.get().name();
        }
        boolean recurring = phrase.edition() != null || (phrase.proper() && !INFORMAL_HEADS.contains(phrase.head()));
        if (!recurring || key.parties().isEmpty() || key.words().isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : phrase.words()) {
            if (Ordinals.parse(word).isEmpty() && aliases.find(word, 0, word.length()).isEmpty()) {
                words.add(word);
            }
        }
        if (phrase.words().isEmpty() || !MeetingHeads.namesBody(phrase.words().get(phrase.words().size() - 1))) {
            words.add(headAsWritten(phrase)); // "the first meeting of the X Group": the series is the group's
        }
        return catalog.buildName(key.parties(), String.join(" ", words));
    }

    private static String headAsWritten(NounPhrase phrase) {
        return phrase.proper() ? Character.toUpperCase(phrase.head().charAt(0)) + phrase.head().substring(1)
                : phrase.head();
    }

    /** The level of a meeting told by its words: leaders at a summit, (vice) ministers. */
    static String level(NounPhrase phrase, Optional<ReferenceData.Series> known) {
        String words = String.join(" ", phrase.words()).toLowerCase(Locale.ROOT);
        if (phrase.head().startsWith("summit")) {
            return "leader";
        }
        if (words.contains("vice") && (words.contains("minister") || words.contains("ministerial"))) {
            return "vice_minister";
        }
        if (words.contains("ministers") || words.contains("ministerial") || words.contains("2+2")
                || known.map(s -> s.kind().equals("ministerial")).orElse(false)) {
            return "minister";
        }
        return null;
    }
}
