package org.dialogues.extract.meeting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.ReferenceData;

/**
 * Venues: "in Brussels", "at the Foreign Ministry building in Seoul", "in Washington, D.C.".
 * A city resolves to its state through the city table and the capitals of states (Brussels is
 * Belgium's capital even though it also stands for the EU).
 */
final class Places {

    /** A city and the state it lies in. */
    record Place(String city, String countryCode, int start) {}

    private final Map<String, String> countryByCity = new HashMap<>();
    private final Pattern venue;

    Places(ReferenceData reference) {
        for (ReferenceData.Party party : reference.parties()) {
            if ("state".equals(party.kind()) && party.capital() != null) {
                countryByCity.putIfAbsent(party.capital(), party.code());
            }
        }
        reference.cities().forEach(c -> countryByCity.putIfAbsent(c.name(), c.countryCode()));
        String names = countryByCity.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
        venue = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}\\s+in\\s+)?(" + names
                + ")(?![\\p{L}])");
    }

    /** The first venue in text[from, to). */
    Optional<Place> find(String text, int from, int to) {
        Matcher matcher = venue.matcher(text).region(from, to);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String city = matcher.group(1);
        String display = city.endsWith(" D.C.") ? city.substring(0, city.length() - 5) : city;
        return Optional.of(new Place(display, countryByCity.get(city), matcher.start(1)));
    }
}
