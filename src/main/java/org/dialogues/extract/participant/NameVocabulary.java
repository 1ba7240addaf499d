package org.dialogues.extract.participant;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dialogues.extract.ReferenceData;

/**
 * Capitalized words that are not parts of personal names: words of party, organization, title,
 * topic, series and city names from the reference data, plus calendar words and the function and
 * office words news capitalizes in titles. Without an NER model, a person's name is a run of
 * capitalized words none of which is in this vocabulary.
 */
final class NameVocabulary {

    private static final Set<String> BUILT_IN = Set.copyOf(List.of(
            "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "but",
            "this", "that", "these", "those", "his", "her", "their", "its", "our", "both", "during", "after",
            "before", "while", "when", "under", "according", "meanwhile", "however", "also", "last", "next",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "feb", "apr", "aug", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "ministry", "department", "office", "council", "commission", "assembly", "government", "agency",
            "administration", "service", "command", "forces", "force", "staff", "chiefs", "committee", "parliament",
            "deputy", "vice", "acting", "assistant", "executive", "special", "first", "second", "senior", "chief",
            "principal", "policy", "general", "affairs", "international", "national", "federal", "joint",
            "director", "minister", "secretary", "president", "prime", "speaker", "chairman", "commander",
            "adviser", "advisor", "envoy", "representative", "ambassador", "counterpart", "spokesperson",
            "security", "defense", "defence", "foreign", "space", "science", "technology", "trade", "industry",
            "energy", "economic", "political", "military", "strategic", "environmental", "observation",
            "prediction", "east", "west", "north", "south", "asia", "pacific", "europe", "indo-pacific", "ict",
            "unification", "intelligence", "cyber", "nuclear", "naval", "navy", "army", "air", "marine",
            "dialogue", "summit", "forum", "symposium", "conference", "meeting", "talks", "consultation",
            "statement", "news", "press", "joint", "alliance", "partnership", "framework", "initiative",
            "cabinet", "house", "white", "blue", "state", "republic", "kingdom", "union", "nations", "people", "united",
            "democratic", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "adm", "sen", "rep", "minister's",
            // military ranks stand before a name as titles do: "Admiral X, commander of ..."
            "admiral", "adm", "marshal", "colonel", "lieutenant", "major", "brigadier", "commodore", "captain",
            "maj", "capt", "brig", "cmdr", "sgt", "rear"));

    private final Set<String> words = new HashSet<>(BUILT_IN);

    NameVocabulary(ReferenceData reference) {
        // Multi-word place names lend no words: "Costa Rica" must not hide Antonio Costa.
        reference.parties().forEach(p -> addSingleWord(p.name()));
        reference.partyAliases().forEach(a -> addSingleWord(a.alias()));
        reference.organizations().forEach(o -> {
            addWords(o.name());
            o.aliases().forEach(this::addWords);
        });
        reference.titles().forEach(t -> addWords(t.name()));
        reference.topics().forEach(t -> t.keywords().forEach(this::addWords));
        reference.series().forEach(s -> addWords(s.name()));
        reference.cities().forEach(c -> addSingleWord(c.name()));
    }

    private void addSingleWord(String name) {
        if (!name.strip().contains(" ")) {
            addWords(name);
        }
    }

    private void addWords(String phrase) {
        for (String word : phrase.split("[\\s,;:()]+")) {
            if (!word.isBlank()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
