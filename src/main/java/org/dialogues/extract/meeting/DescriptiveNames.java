package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialogues.extract.participant.PersonMention;

/**
 * A name a report reader can use for a meeting the text does not name: its parties, Korea first,
 * and who met or what kind of meeting it was, "Korea–Germany defence chiefs' talks", "Korea–U.S.
 * foreign ministers' phone call", never a bare "talks" or "fourth meeting".
 */
final class DescriptiveNames {

    /** Words that place a meeting in the story ("the previous round"), not what it was: no part of its name. */
    private static final java.util.Set<String> REFERRING_WORDS = java.util.Set.of("previous", "earlier", "last", "next",
            "latest", "recent", "upcoming", "prior", "such", "that", "this", "these", "those", "their", "its", "his",
            "her", "our", "a", "an");

    private static final Map<String, String> LEVEL_WORDS = Map.of("leader", "leaders'", "minister", "ministers'",
            "vice_minister", "vice ministers'");

    private final SeriesCatalog catalog;

    DescriptiveNames(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether the meeting carries no name of its own: not proper, no series, no acronym. */
    static boolean unnamed(Draft draft) {
        return !draft.proper && draft.series == null && draft.acronym == null;
    }

    /** "the summit" of a known series, "their first talks": written in common words only, its series names it better. */
    static boolean generic(Draft draft) {
        return draft.series != null && draft.acronym == null && draft.name.chars().noneMatch(Character::isUpperCase)
                && draft.name.chars().noneMatch(Character::isDigit);
    }

    String name(Article article, Draft draft) {
        String sides = SeriesCatalog.koreaFirst(draft.parties).stream().map(catalog::shortName)
                .collect(Collectors.joining("–"));
        // "meeting between X and Y": the people are listed with the meeting, the name tells who they are
        String written = draft.name.split("\\s+(?:between|with|of|in|at|on)(?:\\s+|$)")[0];
        String words = kindWords(written, draft.parties.size());
        if (words.equals(lastWord(written))) {
            String who = draft.kind != null ? possessive(draft.kind) : whoMet(article, draft);
            words = who == null ? words : who + " " + words;
        }
        return (sides + " " + words).strip();
    }

    /**
     * The written words without ordinals, articles, party names or words that only place the meeting in
     * the story: "fourth Korea-Japan meeting" → "meeting", "the previous round" → "talks". "Bilateral"
     * or "trilateral" stays only when it counts the sides right.
     */
    private String kindWords(String name, int sides) {
        List<String> kept = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean party = !catalog.key(word, java.util.Set.of()).parties().isEmpty();
            boolean miscounted = (lower.equals("bilateral") && sides != 2) || (lower.equals("trilateral") && sides != 3);
            if (!word.isEmpty() && Ordinals.parse(lower).isEmpty() && !party && !lower.equals("the")
                    && !REFERRING_WORDS.contains(lower) && !miscounted) {
                kept.add(word);
            }
        }
        if (kept.size() == 1 && kept.get(0).toLowerCase(Locale.ROOT).matches("rounds?")) {
            return "talks";   // a round is a round of talks
        }
        return kept.isEmpty() ? "meeting" : String.join(" ", kept);
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** "foreign ministers'" when the people met share a title, else their level ("ministers'"). */
    private static String whoMet(Article article, Draft draft) {
        List<PersonMention> people = article.people().stream().filter(p -> draft.people.contains(p.key()))
                .collect(Collectors.toMap(PersonMention::key, Function.identity(), (a, b) -> a.title() != null ? a : b))
                .values().stream().toList();
        List<String> titles = people.stream().map(PersonMention::title).filter(Objects::nonNull)
                .map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
        if (people.size() >= 2 && titles.size() == 1 && people.stream().allMatch(p -> p.title() != null)) {
            return possessive(plural(titles.get(0)));
        }
        List<String> levels = people.stream().map(PersonMention::levelCode).filter(Objects::nonNull).distinct().toList();
        return levels.size() == 1 && people.size() >= 2 ? LEVEL_WORDS.get(levels.get(0)) : null;
    }

    private static String plural(String title) {
        return title.endsWith("s") ? title : title + "s";
    }

    private static String possessive(String words) {
        return words.endsWith("'") ? words : words.endsWith("s") ? words + "'" : words + "'s";
    }
}
