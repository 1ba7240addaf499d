package org.dialogues.extract.meeting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogues.extract.ReferenceData;

/**
 * Venues: "in Brussels", "at the Foreign Ministry building in Seoul", "in Washington, D.C.", "in the
 * Lithuanian capital", "at the Pentagon" (a landmark of the reference data). A city resolves to its
 * state through the city table and the capitals of states (Brussels is Belgium's capital even though
 * it also stands for the EU). A wire dateline ("SEOUL, July 18 (Agency) --", "VILNIUS --") tells where the story was filed.
 */
final class Places {

    /** A city and the state it lies in. */
    record Place(String city, String countryCode, int start) {}

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*([A-Z][A-Z.'\\- ]{2,30}?)(?:,\\s*[A-Z][a-z]{2,9}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:--|—|–)");
    private static final int DATELINE_REACH = 2000;

    private final Map<String, String> countryByCity = new HashMap<>();
    private final Map<String, String> cityByUpperCase = new HashMap<>();
    private final Map<String, ReferenceData.Party> stateByDemonym = new HashMap<>();
    private final Map<String, ReferenceData.Landmark> landmarkByName = new HashMap<>();
    private final Pattern venue;
    private final Pattern demonymCapital;
    private final Pattern landmark;

    Places(ReferenceData reference) {
        Map<String, ReferenceData.Party> states = new HashMap<>();
        for (ReferenceData.Party party : reference.parties()) {
            if ("state".equals(party.kind()) && party.capital() != null) {
                countryByCity.putIfAbsent(party.capital(), party.code());
                states.put(party.code(), party);
            }
        }
        reference.cities().forEach(c -> countryByCity.putIfAbsent(c.name(), c.countryCode()));
        countryByCity.keySet().forEach(c -> cityByUpperCase.put(c.toUpperCase(Locale.ROOT), c));
        for (ReferenceData.PartyAlias alias : reference.partyAliases()) {
            if ("demonym".equals(alias.kind()) && states.containsKey(alias.partyCode())) {
                stateByDemonym.putIfAbsent(alias.alias(), states.get(alias.partyCode()));
            }
        }
        venue = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}\\s+in\\s+)?("
                + alternatives(countryByCity.keySet()) + ")(?![\\p{L}])");
        reference.landmarks().forEach(l -> landmarkByName.putIfAbsent(l.name().toLowerCase(Locale.ROOT), l));
        // "at the presidential office in Manila": a landmark qualified by another place is not the one listed
        landmark = Pattern.compile("\\b(?:[Aa]t|[Ii]n|[Ii]nside)\\s+(?:the\\s+)?((?i:"
                + alternatives(landmarkByName.keySet()) + "))(?![\\p{L}])(?!\\s*,?\\s+(?:in|of)\\s+\\p{Lu})");
        demonymCapital = Pattern.compile("\\b(?:in|at)\\s+the\\s+(" + alternatives(stateByDemonym.keySet())
                + ")\\s+capital\\b");
    }

    private static String alternatives(Set<String> names) {
        return names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
    }

    /** The first venue in text[from, to). */
    Optional<Place> find(String text, int from, int to) {
        return Stream.of(named(text, from, to), described(text, from, to), landmark(text, from, to))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(Place::start));
    }

    /** "at the Pentagon", "at NATO headquarters": the city the landmark lies in. */
    private Optional<Place> landmark(String text, int from, int to) {
        Matcher matcher = landmark.matcher(text).region(from, to);
        if (!matcher.find()) {
            return Optional.empty();
        }
        ReferenceData.Landmark found = landmarkByName.get(matcher.group(1).toLowerCase(Locale.ROOT));
        return Optional.of(new Place(found.city(), found.countryCode(), matcher.start(1)));
    }

    private Optional<Place> named(String text, int from, int to) {
        Matcher matcher = venue.matcher(text).region(from, to);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String city = matcher.group(1);
        return Optional.of(new Place(display(city), countryByCity.get(city), matcher.start(1)));
    }

    /** "in the Lithuanian capital": the capital of the state the demonym names. */
    private Optional<Place> described(String text, int from, int to) {
        Matcher matcher = demonymCapital.matcher(text).region(from, to);
        if (!matcher.find()) {
            return Optional.empty();
        }
        ReferenceData.Party state = stateByDemonym.get(matcher.group(1));
        return Optional.of(new Place(display(state.capital()), state.code(), matcher.start(1)));
    }

    /** The city of the article's dateline, when it is a known city. */
    Optional<Place> dateline(String text) {
        Matcher matcher = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
        while (matcher.find()) {
            String city = cityByUpperCase.get(matcher.group(1).trim().toUpperCase(Locale.ROOT));
            if (city != null) {
                return Optional.of(new Place(display(city), countryByCity.get(city), matcher.start(1)));
            }
        }
        return Optional.empty();
    }

    private static String display(String city) {
        return city.endsWith(" D.C.") ? city.substring(0, city.length() - 5) : city;
    }
}
