package org.dialogues.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small hand-made reference, shaped like the seeded one, for tests that need no database. */
public final class TestReference {

    private TestReference() {
    }

    public static ReferenceData create() {
        List<ReferenceData.Party> parties = List.of(
                new ReferenceData.Party("KR", "South Korea", "state", "Seoul"),
                new ReferenceData.Party("KP", "North Korea", "state", "Pyongyang"),
                new ReferenceData.Party("US", "United States", "state", "Washington D.C."),
                new ReferenceData.Party("JP", "Japan", "state", "Tokyo"),
                new ReferenceData.Party("DE", "Germany", "state", "Berlin"),
                new ReferenceData.Party("FR", "France", "state", "Paris"),
                new ReferenceData.Party("PL", "Poland", "state", "Warsaw"),
                new ReferenceData.Party("BE", "Belgium", "state", "Brussels"),
                new ReferenceData.Party("AU", "Australia", "state", "Canberra"),
                new ReferenceData.Party("RU", "Russia", "state", "Moscow"),
                new ReferenceData.Party("CN", "China", "state", "Beijing"),
                new ReferenceData.Party("EU", "European Union", "organization", "Brussels"),
                new ReferenceData.Party("NATO", "North Atlantic Treaty Organization", "organization", "Brussels"));
        List<ReferenceData.PartyAlias> aliases = new ArrayList<>();
        alias(aliases, "KR", "name", false, "South Korea", "Korea", "Republic of Korea", "S. Korea");
        alias(aliases, "KR", "abbreviation", true, "ROK");
        alias(aliases, "KR", "demonym", false, "South Korean", "Korean");
        alias(aliases, "KR", "metonym", false, "Seoul");
        alias(aliases, "KP", "name", false, "North Korea", "DPRK");
        alias(aliases, "KP", "demonym", false, "North Korean");
        alias(aliases, "KP", "metonym", false, "Pyongyang");
        alias(aliases, "US", "name", false, "United States", "America");
        alias(aliases, "US", "abbreviation", true, "U.S.", "US", "USA");
        alias(aliases, "US", "demonym", false, "American");
        alias(aliases, "US", "metonym", false, "Washington");
        alias(aliases, "JP", "demonym", false, "Japanese");
        alias(aliases, "JP", "metonym", false, "Tokyo");
        alias(aliases, "DE", "demonym", false, "German");
        alias(aliases, "DE", "metonym", false, "Berlin");
        alias(aliases, "FR", "demonym", false, "French");
        alias(aliases, "PL", "demonym", false, "Polish");
        alias(aliases, "AU", "demonym", false, "Australian");
        alias(aliases, "RU", "demonym", false, "Russian");
        alias(aliases, "RU", "metonym", false, "Moscow");
        alias(aliases, "CN", "demonym", false, "Chinese");
        alias(aliases, "EU", "abbreviation", true, "EU");
        alias(aliases, "EU", "demonym", false, "European");
        alias(aliases, "EU", "metonym", false, "Brussels");
        alias(aliases, "NATO", "abbreviation", true, "NATO");
        List<ReferenceData.Organization> organizations = List.of(
                new ReferenceData.Organization("Ministry of Foreign Affairs", "KR", "MOFA",
                        List.of("Foreign Ministry")),
                new ReferenceData.Organization("Ministry of National Defense", "KR", "MND",
                        List.of("Defense Ministry")),
                new ReferenceData.Organization("U.S. Department of State", "US", null, List.of("State Department")),
                new ReferenceData.Organization("U.S. Department of Defense", "US", "DOD",
                        List.of("Department of Defense", "Pentagon")));
        List<ReferenceData.Title> titles = List.of(
                new ReferenceData.Title("president", "leader"),
                new ReferenceData.Title("prime minister", "leader"),
                new ReferenceData.Title("foreign minister", "minister"),
                new ReferenceData.Title("defense minister", "minister"),
                new ReferenceData.Title("minister", "minister"),
                new ReferenceData.Title("secretary of state", "minister"),
                new ReferenceData.Title("secretary-general", "minister"),
                new ReferenceData.Title("vice minister", "vice_minister"),
                new ReferenceData.Title("deputy assistant secretary", "senior_official"),
                new ReferenceData.Title("director general", "senior_official"),
                new ReferenceData.Title("director", "senior_official"),
                new ReferenceData.Title("special envoy", "senior_official"),
                new ReferenceData.Title("ambassador", "senior_official"));
        List<ReferenceData.Topic> topics = List.of(
                new ReferenceData.Topic("defense", "Defense", List.of("defense", "military", "deterrence")),
                new ReferenceData.Topic("space", "Space", List.of("space", "satellite")),
                new ReferenceData.Topic("cyber", "Cyber", List.of("cyber", "cybersecurity")),
                new ReferenceData.Topic("nuclear", "Nuclear", List.of("nuclear", "denuclearization")));
        List<ReferenceData.Series> series = List.of(
                new ReferenceData.Series("Korea-U.S. Integrated Defense Dialogue", "KIDD", "dialogue",
                        Set.of("KR", "US"), List.of("KIDD", "ROK-U.S. Integrated Defense Dialogue")),
                new ReferenceData.Series("Korea-U.S. Security Consultative Meeting", "SCM", "ministerial",
                        Set.of("KR", "US"), List.of("Security Consultative Meeting")));
        List<ReferenceData.City> cities = List.of(new ReferenceData.City("Busan", "KR"),
                new ReferenceData.City("Washington", "US"), new ReferenceData.City("Geneva", "CH"));
        return new ReferenceData(parties, aliases, organizations, titles, topics, series, cities);
    }

    private static void alias(List<ReferenceData.PartyAlias> out, String code, String kind, boolean caseSensitive,
            String... names) {
        for (String name : names) {
            out.add(new ReferenceData.PartyAlias(name, code, kind, caseSensitive));
        }
    }
}
