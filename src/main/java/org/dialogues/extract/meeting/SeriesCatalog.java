package org.dialogues.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.party.PartyMention;

/**
 * Normalizes meeting names to series keys and finds known series. "Korea-U.S.", "ROK-U.S.",
 * "U.S.-ROK" and "South Korea-US" all give the party set {KR, US}; the key is that set (Korea
 * first) plus the remaining words in lower case, without ordinals, so every spelling of one series
 * meets. Built names put Korea first: "Korea-EU space security dialogue".
 */
public final class SeriesCatalog {

    /** A normalized name: parties in order (Korea first) and the other words. */
    public record SeriesKey(List<String> parties, String words) {
        public String value() {
            return String.join("-", parties) + "|" + words;
        }
    }

    /**
     * Words news puts before a series name that say when or how often, not which series: "their
     * annual Security Consultative Meeting", "the next Strategic Dialogue", "the ever first ...".
     */
    private static final Set<String> NOT_OF_THE_NAME = Set.of("the", "ever", "annual", "yearly", "regular",
            "biennial", "biannual", "latest", "next", "upcoming", "previous", "recent");

    private final AliasMatcher aliases;
    private final Map<String, ReferenceData.Series> byKey = new HashMap<>();
    private final Map<String, ReferenceData.Series> byAcronym = new HashMap<>();
    /** Series by the words of a name of theirs that names no party; empty where two series share the words. */
    private final Map<String, Optional<ReferenceData.Series>> byWords = new HashMap<>();
    private final Map<String, String> partyKinds = new HashMap<>();
    private final Map<String, String> partyNames = new HashMap<>();

    public SeriesCatalog(ReferenceData reference, AliasMatcher aliases) {
        this.aliases = aliases;
        reference.parties().forEach(p -> {
            partyKinds.put(p.code(), p.kind());
            partyNames.put(p.code(), p.name());
        });
        for (ReferenceData.Series series : reference.series()) {
            List<String> names = new ArrayList<>(series.aliases());
            names.add(series.name());
            for (String name : names) {
                SeriesKey key = key(name, series.parties());
                byKey.putIfAbsent(key.value(), series);
                if (aliases.find(name, 0, name.length()).isEmpty() && key.words().contains(" ")) {
                    byWords.merge(key.words(), Optional.of(series),
                            (a, b) -> a.equals(b) ? a : Optional.empty()); // two series, same words: neither
                }
                if (name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ")) {
                    byAcronym.putIfAbsent(name, series);
                }
            }
            if (series.acronym() != null) {
                byAcronym.putIfAbsent(series.acronym(), series);
            }
        }
    }

    /** The key of a name; parties named in it come first, then {@code impliedParties} it does not name. */
    public SeriesKey key(String name, Set<String> impliedParties) {
        List<PartyMention> mentions = aliases.find(name, 0, name.length());
        Set<String> parties = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (PartyMention mention : mentions) {
            parties.add(mention.partyCode());
            rest.append(' ').append(name, at, mention.span().start());
            at = mention.span().end();
        }
        rest.append(' ').append(name.substring(at));
        parties.addAll(impliedParties);
        String words = java.util.Arrays.stream(rest.toString().toLowerCase(Locale.ROOT).split("[\\s\\-–]+"))
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}+]+|[^\\p{L}\\p{N}+]+$", ""))
                .map(w -> w.replaceAll("['’]s?$", ""))
                .filter(w -> !w.isEmpty() && Ordinals.parse(w).isEmpty() && !NOT_OF_THE_NAME.contains(w))
                .collect(Collectors.joining(" "));
        return new SeriesKey(koreaFirst(parties), words);
    }

    /**
     * The series of a name. A name that states no party ("the Military Committee Meeting", "the
     * Security Consultative Meeting") is the one series known by those words, when only one is.
     */
    public Optional<ReferenceData.Series> find(SeriesKey key) {
        Optional<ReferenceData.Series> exact = Optional.ofNullable(byKey.get(key.value()));
        if (exact.isPresent() || !key.parties().isEmpty()) {
            return exact;
        }
        return byWords.getOrDefault(key.words(), Optional.empty());
    }

    public Optional<ReferenceData.Series> findByAcronym(String acronym) {
        return Optional.ofNullable(acronym).map(byAcronym::get);
    }

    /** "Korea-EU space security dialogue": Korea first, short party names, then the words as written. */
    public String buildName(List<String> parties, String words) {
        String prefix = parties.stream().map(this::shortName).collect(Collectors.joining("-"));
        return (prefix + " " + words).strip();
    }

    public boolean isOrganization(String code) {
        return "organization".equals(partyKinds.get(code));
    }

    public String shortName(String code) {
        return switch (code) {
            case "KR" -> "Korea";
            case "US" -> "U.S.";
            case "GB" -> "UK";
            default -> "organization".equals(partyKinds.get(code)) ? code : partyNames.getOrDefault(code, code);
        };
    }

    static List<String> koreaFirst(Set<String> parties) {
        List<String> ordered = new ArrayList<>();
        if (parties.contains("KR")) {
            ordered.add("KR");
        }
        parties.stream().filter(p -> !p.equals("KR")).forEach(ordered::add);
        return ordered;
    }
}
